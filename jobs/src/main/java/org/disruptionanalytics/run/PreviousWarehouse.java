package org.disruptionanalytics.run;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;
import org.disruptionanalytics.reports.revisions.PreviousVersion;
import org.disruptionanalytics.reports.revisions.ReleaseRecord;
import org.disruptionanalytics.reports.warehouse.HadoopWarehouseFiles;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * The warehouse a run's report compares with (its revisions): {@code --previous} when given,
 * else the previous published version of {@code --output}, found before this run publishes: what
 * {@code <output>} holds when its run id differs from this run's, else the newest other complete
 * version in {@code <output>.versions/}.
 */
final class PreviousWarehouse {

  private PreviousWarehouse() {}

  static Optional<WarehouseFiles> find(Configuration conf, RunArguments args, String runId) {
    try {
      if (args.previous().isPresent()) {
        Path given = new Path(args.previous().get());
        FileSystem fs = given.getFileSystem(conf);
        if (!fs.exists(new Path(given, ReleaseRecord.MANIFEST))) {
          throw new PipelineException(Kind.USAGE, "--previous " + given + " is not a complete warehouse (no "
              + ReleaseRecord.MANIFEST + ")");
        }
        return Optional.of(files(fs.makeQualified(given), conf));
      }
      Path output = new Path(args.output());
      FileSystem fs = output.getFileSystem(conf);
      output = fs.makeQualified(output);
      Optional<String> current = runId(fs, output, conf);
      if (current.isPresent() && !current.get().equals(runId)) {
        return Optional.of(files(output, conf));
      }
      Path versions = new Path(output.getParent(), output.getName() + PreviousVersion.VERSIONS);
      if (!fs.exists(versions)) {
        return Optional.empty();
      }
      List<String> names = new ArrayList<>();
      for (FileStatus s : fs.listStatus(versions)) {
        if (s.isDirectory()) {
          names.add(s.getPath().getName());
        }
      }
      Optional<String> newest = PreviousVersion.newest(names, n -> runId(fs, new Path(versions, n), conf), runId, null);
      return newest.map(n -> files(new Path(versions, n), conf));
    } catch (IOException e) {
      throw new PipelineException(Kind.OUTPUT, "cannot look for the previous release of " + args.output() + ": "
          + e.getMessage(), e);
    }
  }

  private static Optional<String> runId(FileSystem fs, Path warehouse, Configuration conf) {
    try {
      if (!fs.exists(new Path(warehouse, ReleaseRecord.MANIFEST))) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(ReleaseRecord.read(files(warehouse, conf)).runId());
  }

  /**
   * A local warehouse is read with java.nio, its link resolved once (so a later switch of the
   * link cannot mix two versions); others through Hadoop.
   */
  private static WarehouseFiles files(Path warehouse, Configuration conf) {
    if ("file".equals(warehouse.toUri().getScheme())) {
      return WarehouseFiles.local(Paths.get(URI.create(warehouse.toUri().toString())));
    }
    return new HadoopWarehouseFiles(warehouse, conf);
  }
}
