package org.disruptionanalytics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.config.PipelineConfig;
import org.disruptionanalytics.run.DisruptionPipeline;
import org.disruptionanalytics.run.RunArguments;
import org.disruptionanalytics.run.RunManifest;
import org.disruptionanalytics.run.RunResult;

/** Runs the whole job on the shared session and reads back what it wrote. */
public record PipelineRun(Path output, RunManifest manifest, List<String> headline) {

  public static PipelineRun of(Path input, Path output, String asOf) {
    RunArguments args = new RunArguments(input.toString(), output.toString(), LocalDate.parse(asOf),
        Optional.empty(), false, List.of("run", "--input", input.toString(), "--output", output.toString(),
            "--as-of", asOf));
    return of(args, PipelineConfig.defaults());
  }

  public static PipelineRun of(RunArguments args, PipelineConfig config) {
    RunResult r = new DisruptionPipeline(SharedSpark.spark(), args, config).run();
    return new PipelineRun(Path.of(args.output()), r.manifest(), r.headline());
  }

  public Dataset<Row> table(String name) {
    return SharedSpark.spark().read().parquet(output.resolve(name).toString());
  }
}
