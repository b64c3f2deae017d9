package org.disruptionanalytics.run;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;
import org.disruptionanalytics.clean.CleanTables;
import org.disruptionanalytics.clean.OcgLinker;
import org.disruptionanalytics.clean.Outcome;
import org.disruptionanalytics.clean.RecordOutcomes;
import org.disruptionanalytics.clean.RowValidation;
import org.disruptionanalytics.config.PipelineConfig;
import org.disruptionanalytics.contract.Versions;
import org.disruptionanalytics.dataset.DatasetRules;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;
import org.disruptionanalytics.marts.DataQuality;
import org.disruptionanalytics.marts.DisruptionCounts;
import org.disruptionanalytics.marts.DisruptionEvents;
import org.disruptionanalytics.marts.Headline;
import org.disruptionanalytics.marts.OcgCoverage;
import org.disruptionanalytics.marts.SourceReturns;
import org.disruptionanalytics.raw.FileReads;
import org.disruptionanalytics.raw.FileReads.Fingerprint;
import org.disruptionanalytics.raw.InputFile;
import org.disruptionanalytics.raw.InputFiles;
import org.disruptionanalytics.raw.RawRecords;
import org.disruptionanalytics.reference.ReferenceData;
import org.disruptionanalytics.reports.MonthlySummary;
import org.disruptionanalytics.reports.revisions.Baseline;
import org.disruptionanalytics.reports.revisions.ReleaseRecord;
import org.disruptionanalytics.reports.sections.ReportContext;
import org.disruptionanalytics.reports.warehouse.HadoopReportFiles;
import org.disruptionanalytics.reports.warehouse.HadoopWarehouseFiles;
import org.disruptionanalytics.reports.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job: config, read (raw), transform (clean, marts), write; then the manifest. Every row read
 * is reconciled with its outcome before anything is written.
 */
public final class DisruptionPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(DisruptionPipeline.class);
  private static final long PROGRESS_INTERVAL_MS = 20_000;
  /** A table's row count that {@link #write} reads from what it wrote. */
  private static final long WRITTEN = -1;
  /** The datasets of the side branch: the crime groups' and the investigations. */
  private static final List<InputDataset> ALONGSIDE =
      List.of(InputDataset.INVESTIGATIONS, InputDataset.OCG_REGISTER, InputDataset.OCG_LINKS);

  private final SparkSession spark;
  private final RunArguments args;
  private final PipelineConfig config;
  private WarehousePublisher publisher;
  /** The first month of the counts' series; null when no disruption was kept and the config sets none. */
  private YearMonth seriesStart;
  /**
   * When the thread's last stage ended: each stage's seconds run from there, so that a thread's
   * stages add up to its time.
   */
  private final ThreadLocal<Instant> stageClock = new ThreadLocal<>();
  /** How a thread's stages are marked in the log: the side branch's as {@code (alongside)}. */
  private final ThreadLocal<String> stageTag = ThreadLocal.withInitial(() -> "");

  public DisruptionPipeline(SparkSession spark, RunArguments args, PipelineConfig config) {
    this.spark = spark;
    this.args = args;
    this.config = config;
  }

  /** What one dataset's run counted: per file and source the outcomes. */
  private record DatasetResult(InputDataset dataset, List<DataQuality.Count> counts) {}

  public RunResult run() {
    Instant started = Instant.now();
    stageClock.set(started);
    configureSession();
    ReferenceData reference = config.referenceDir() == null
        ? ReferenceData.bundled() : ReferenceData.fromFolder(Path.of(config.referenceDir()));
    InputFiles.Listing listing = InputFiles.list(args.input(), spark.sparkContext().hadoopConfiguration(),
        config.mappings());
    long inputBytes = listing.files().stream().mapToLong(InputFile::bytes).sum();
    // Spark's default (200) or a size-blind 8 only when someone set it: the config or --conf.
    if (!config.spark().containsKey(ShufflePartitions.KEY) && !spark.sparkContext().getConf().contains(ShufflePartitions.KEY)) {
      int partitions = ShufflePartitions.forInput(inputBytes);
      spark.conf().set(ShufflePartitions.KEY, Integer.toString(partitions));
      LOG.info("{} = {} for {} bytes of input", ShufflePartitions.KEY, partitions, inputBytes);
    }
    StageProgress progress = new StageProgress(PROGRESS_INTERVAL_MS);
    spark.sparkContext().addSparkListener(progress);
    // Every dataset is read and validated first: the parse fingerprints the files, and the run id,
    // which names the staging folder, needs every fingerprint before anything is written.
    Map<InputDataset, Dataset<Row>> validated = new EnumMap<>(InputDataset.class);
    FileReads reading = new FileReads(spark);
    SideBranch<Map<InputDataset, Dataset<Row>>> groupsValidated = alongside(started, () -> {
      Map<InputDataset, Dataset<Row>> v = new EnumMap<>(InputDataset.class);
      for (InputDataset dataset : ALONGSIDE) {
        v.put(dataset, validate(dataset, listing.of(dataset), reference, reading));
      }
      return v;
    });
    try {
      try {
        validated.put(InputDataset.DISRUPTIONS,
            validate(InputDataset.DISRUPTIONS, listing.of(InputDataset.DISRUPTIONS), reference, reading));
      } finally {
        // Whatever the main thread met, the branch's datasets are in the map to be unpersisted.
        Map<InputDataset, Dataset<Row>> alongside = groupsValidated.awaitQuietly();
        if (alongside != null) {
          validated.putAll(alongside);
        }
      }
      groupsValidated.join();
      Map<String, FileReads.Read> reads = reading.of(spark, listing.files());
      Map<String, Fingerprint> fingerprints = new TreeMap<>();
      reads.forEach((uri, r) -> fingerprints.put(uri, r.fingerprint()));
      String runId = RunId.of(fingerprints.values().stream().map(Fingerprint::sha256).toList(),
          listing.mappingSha256s(), args.asOf(), config.canonicalJson(), Versions.built().code());
      LOG.info("run {} as of {}: {} input files, {} bytes", runId, args.asOf(), listing.files().size(),
          fingerprints.values().stream().mapToLong(Fingerprint::bytes).sum());
      publisher = WarehousePublisher.prepare(spark.sparkContext().hadoopConfiguration(), args.output(), runId,
          started, config.output());
      try {
        RunResult result = runInto(started, runId, reference, listing, reads, validated);
        publisher.publish();
        LOG.info("run {} published to {} in {} s", runId, args.output(), seconds(started));
        return result;
      } catch (Exception | Error e) {
        // Exception too: a failed Spark task's SparkException is checked, though Scala throws it.
        publisher.discard();
        throw e;
      }
    } finally {
      validated.values().forEach(Dataset::unpersist);
      spark.sparkContext().removeSparkListener(progress);
    }
  }

  /**
   * The crime-group datasets' work, on a thread beside the disruptions': the two share no table
   * until the coverage mart. Its stages are logged as {@code (alongside)}, each timed from the
   * branch's previous stage, so they overlap the main thread's.
   */
  private <T> SideBranch<T> alongside(Instant from, java.util.function.Supplier<T> work) {
    return SideBranch.start("pipeline-alongside", () -> {
      stageClock.set(from);
      stageTag.set(" (alongside)");
      return work.get();
    });
  }

  /**
   * A dataset's typed rows with their reasons, materialised once (a local checkpoint: executor
   * storage, lineage cut), so that what follows neither re-reads the files nor re-validates. Each
   * file is parsed and its rows validated in one task, which reports the file's read on the way.
   */
  private Dataset<Row> validate(InputDataset dataset, List<InputFile> files, ReferenceData reference,
      FileReads reading) {
    DatasetRules rules = DatasetRules.of(dataset, List.copyOf(reference.agencies()));
    Dataset<Row> validated = new RowValidation(rules, reference)
        .apply(spark, RawRecords.rows(spark, dataset, files, reading))
        .localCheckpoint();
    LOG.info("stage read+validate {}{}: {} files in {} s", dataset.folder(), stageTag.get(), files.size(), stageSeconds());
    return validated;
  }

  /** Everything but the publishing: tables and manifest into the staging folder. */
  private RunResult runInto(Instant started, String runId, ReferenceData reference, InputFiles.Listing listing,
      Map<String, FileReads.Read> reads, Map<InputDataset, Dataset<Row>> validated) {

    // The manifest lists the outputs in the order of a run on one thread: the datasets', the data
    // quality mart, the groups, the other marts, the report.
    List<RunManifest.Output> groupOutputs = new ArrayList<>();
    List<RunManifest.Output> linked = new ArrayList<>();
    SideBranch<List<DatasetResult>> groups = alongside(Instant.now(), () -> {
      List<DatasetResult> r = new ArrayList<>();
      for (InputDataset dataset : ALONGSIDE) {
        r.add(runDataset(dataset, listing.of(dataset), reads, reference, runId, groupOutputs, validated.get(dataset)));
      }
      linkGroups(linked);
      return r;
    });
    List<RunManifest.Output> outputs = new ArrayList<>();
    List<RunManifest.Output> martOutputs = new ArrayList<>();
    List<DatasetResult> results = new ArrayList<>();
    DisruptionMarts marts;
    try {
      results.add(runDataset(InputDataset.DISRUPTIONS, listing.of(InputDataset.DISRUPTIONS), reads, reference, runId,
          outputs, validated.get(InputDataset.DISRUPTIONS)));
      marts = disruptionMarts(runId, martOutputs);
    } finally {
      groups.awaitQuietly();
    }
    List<String> headline;
    try {
      results.addAll(groups.join());
      outputs.addAll(groupOutputs);
      List<DataQuality.Count> allCounts = results.stream().flatMap(r -> r.counts().stream()).toList();
      List<Row> quality = DataQuality.rows(allCounts, args.asOf(), runId);
      write(DataQuality.table(spark, quality).coalesce(1), "marts/data_quality", quality.size(), outputs, null);
      outputs.addAll(linked);
      outputs.addAll(martOutputs);
      headline = coverage(runId, marts, outputs);
    } finally {
      marts.events().unpersist();
    }
    report(runId, listing, reads, outputs);

    List<RunManifest.Input> inputs = new ArrayList<>();
    for (DatasetResult r : results) {
      for (InputFile f : listing.of(r.dataset())) {
        FileReads.Read read = reads.get(f.uri());
        Map<String, Long> outcomes = new TreeMap<>();
        r.counts().stream().filter(c -> c.sourceFile().equals(f.relativePath()))
            .forEach(c -> outcomes.merge(c.outcome(), c.rows(), Long::sum));
        List<String> ignored = f.format() == InputFormat.JSON_LINES ? read.ignoredKeys() : f.ignoredColumns();
        inputs.add(new RunManifest.Input(r.dataset().folder(), f.uri(), read.fingerprint().bytes(),
            read.fingerprint().sha256(), read.rows(), outcomes, ignored,
            f.mapping() == null ? null : f.mapping().name()));
      }
    }
    List<String> warnings = new ArrayList<>(listing.warnings());
    warnings.addAll(FileReads.warnings(listing.files(), reads));
    RunManifest manifest = new RunManifest(Versions.CONTRACT, runId, args.asOf().toString(),
        args.raw(), config.canonicalJson(), Versions.built().code(), spark.version(),
        started.truncatedTo(ChronoUnit.MILLIS).toString(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), inputs, outputs, warnings);
    writeManifest(manifest);
    return new RunResult(manifest, headline);
  }

  /** clean/ocg_groups: the crime groups linked across systems, from the clean tables just written. */
  private void linkGroups(List<RunManifest.Output> outputs) {
    Dataset<Row> groups = readTable("clean/ocg_register")
        .transform(new OcgLinker(readTable("clean/ocg_links"))::apply);
    write(groups.coalesce(1), "clean/ocg_groups", WRITTEN, outputs, null);
  }

  /** The events (materialised, for the coverage mart too) and the counts. */
  private record DisruptionMarts(Dataset<Row> events, Dataset<Row> counts) {}

  /**
   * marts/disruption_events, marts/disruption_counts and marts/source_returns, from the clean
   * disruptions just written.
   */
  private DisruptionMarts disruptionMarts(String runId, List<RunManifest.Output> outputs) {
    Dataset<Row> clean = readTable("clean/disruptions");
    seriesStart = config.seriesStart();
    if (seriesStart == null) {
      Row earliest = clean.agg(min(DISRUPTION_DATE)).first();
      seriesStart = earliest.isNullAt(0) ? null : YearMonth.from(earliest.getDate(0).toLocalDate());
    }
    // No disruptions kept: a series starting after the as-of has no periods.
    YearMonth firstMonth = seriesStart == null ? YearMonth.from(args.asOf()).plusMonths(1) : seriesStart;
    Dataset<Row> events = clean.transform(new DisruptionEvents(config.countClaimed())::apply).localCheckpoint();
    try {
      write(DisruptionEvents.mart(events, args.asOf(), runId), "marts/disruption_events", WRITTEN, outputs, null);
      Dataset<Row> counts = events
          .transform(DisruptionCounts.forSeries(spark, firstMonth, args.asOf(), runId)::apply)
          .localCheckpoint();
      write(counts.coalesce(1), "marts/disruption_counts", WRITTEN, outputs, null);
      Dataset<Row> returns = clean.transform(new SourceReturns(args.asOf(), runId)::apply);
      write(returns.coalesce(1), "marts/source_returns", WRITTEN, outputs, null);
      return new DisruptionMarts(events, counts);
    } catch (RuntimeException | Error e) {
      events.unpersist();
      throw e;
    }
  }

  /** marts/ocg_coverage, from the events and the crime-group tables; returns the headline lines. */
  private List<String> coverage(String runId, DisruptionMarts marts, List<RunManifest.Output> outputs) {
    Dataset<Row> coverage = readTable("clean/ocg_register")
        .transform(new OcgCoverage(readTable("clean/ocg_groups"), marts.events(), readTable("clean/investigations"),
            args.asOf(), runId)::apply)
        .localCheckpoint();
    write(coverage.coalesce(1), "marts/ocg_coverage", WRITTEN, outputs, null);
    List<String> headline = new ArrayList<>(Headline.lines(marts.counts(), "OIC"));
    headline.addAll(OcgCoverage.lines(coverage));
    return headline;
  }

  /**
   * The monthly summary, rendered by the reports module from the tables just written to the
   * staging folder and written beside them, so that it is published with them; the manifest
   * lists its files. Its revisions compare with the previous published version, still at
   * {@code <output>} since this run has not published yet.
   */
  private void report(String runId, InputFiles.Listing listing, Map<String, FileReads.Read> reads,
      List<RunManifest.Output> outputs) {
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    ReportContext ctx = new ReportContext(Versions.CONTRACT, args.asOf(), runId, config.reportThreatArea(),
        listing.files().size(), seriesStart);
    LOG.info("stage reports: rendering the {} monthly summary into staging", ctx.threatArea());
    List<ReleaseRecord.Input> inputs = new ArrayList<>();
    for (InputDataset dataset : InputDataset.values()) {
      for (InputFile f : listing.of(dataset)) {
        inputs.add(new ReleaseRecord.Input(dataset.folder(), f.uri(), reads.get(f.uri()).fingerprint().sha256()));
      }
    }
    List<MonthlySummary.Written> files;
    try {
      Baseline baseline = new Baseline(new ReleaseRecord(runId, args.asOf(), config.canonicalJson(), inputs),
          PreviousWarehouse.find(conf, args, runId));
      files = MonthlySummary.write(new HadoopWarehouseFiles(publisher.staging(), conf),
          new HadoopReportFiles(publisher.staging(), conf), ctx, MonthlySummary.Audience.BOTH, baseline);
    } catch (WarehouseException | java.io.UncheckedIOException e) {
      throw new PipelineException(Kind.OUTPUT, "cannot write the report: " + e.getMessage(), e);
    }
    for (MonthlySummary.Written f : files) {
      outputs.add(new RunManifest.Output(f.path(), new org.apache.hadoop.fs.Path(args.output(), f.path()).toString(),
          f.rows()));
    }
    LOG.info("stage reports written: {} files for {} in {} s", files.size(), ctx.threatArea(), stageSeconds());
  }

  private Dataset<Row> readTable(String name) {
    return spark.read().parquet(tablePath(name).toString());
  }

  private DatasetResult runDataset(
      InputDataset dataset, List<InputFile> files, Map<String, FileReads.Read> reads, ReferenceData reference,
      String runId, List<RunManifest.Output> outputs, Dataset<Row> validated) {
    DatasetRules rules = DatasetRules.of(dataset, List.copyOf(reference.agencies()));
    // The outcomes are materialised once too, so the outcome branches, counts and writes that
    // follow do not re-plan the transforms.
    Dataset<Row> classified = validated
        .transform(new RecordOutcomes(rules, args.asOf())::apply)
        .localCheckpoint();
    LOG.info("stage outcomes {}{}: {} files in {} s", dataset.folder(), stageTag.get(), files.size(), stageSeconds());
    try {
      // Rows read as the parse counted them, against the outcomes Spark counts now.
      Map<String, Long> rowsRead = new TreeMap<>();
      files.forEach(f -> rowsRead.put(f.relativePath(), reads.get(f.uri()).rows()));
      List<DataQuality.Count> counts = new ArrayList<>();
      for (Row r : classified.groupBy(col(SOURCE_FILE), CleanTables.qualitySource(rules), col(OUTCOME))
          .count().collectAsList()) {
        counts.add(new DataQuality.Count(dataset.folder(), r.getString(0), r.getString(1), r.getString(2), r.getLong(3)));
      }
      Reconciliation.check(dataset, files, rowsRead, counts);

      long kept = counts.stream().filter(c -> RecordOutcomes.KEPT.contains(c.outcome())).mapToLong(DataQuality.Count::rows).sum();
      long quarantined = counts.stream().filter(c -> c.outcome().startsWith(Outcome.QUARANTINED_PREFIX))
          .mapToLong(DataQuality.Count::rows).sum();
      Dataset<Row> clean = CleanTables.kept(dataset, classified);
      if (dataset == InputDataset.DISRUPTIONS) {
        write(clean.repartition(col(YEAR), col(MONTH)), "clean/" + dataset.folder(), kept, outputs,
            new String[] {YEAR, MONTH});
      } else {
        write(clean, "clean/" + dataset.folder(), kept, outputs, null);
      }
      write(CleanTables.quarantine(rules, classified, validated, args.asOf().toString(), runId).coalesce(1),
          "quarantine/" + dataset.folder(), quarantined, outputs, null);
      return new DatasetResult(dataset, counts);
    } finally {
      classified.unpersist();
      validated.unpersist();
    }
  }

  /**
   * @param rows the table's rows when known beforehand (from the outcome counts), else {@link
   *     #WRITTEN}: counted from the written files' footers, rather than by a second pass over the data
   */
  private void write(Dataset<Row> table, String name, long rows, List<RunManifest.Output> outputs,
      String[] partitionBy) {
    String path = tablePath(name).toString();
    try {
      var writer = table.write().mode(SaveMode.Overwrite);
      // An empty partitioned table would have no file at all, and no schema for readers to find:
      // it is written as one empty file with the partition columns as ordinary columns.
      if (partitionBy != null && rows > 0) {
        writer = writer.partitionBy(partitionBy);
      }
      writer.parquet(path);
      if (rows == WRITTEN) {
        rows = WrittenRows.of(tablePath(name), spark.sparkContext().hadoopConfiguration());
      }
    } catch (RuntimeException e) {
      throw new PipelineException(Kind.OUTPUT, "cannot write " + path + ": " + rootMessage(e), e);
    }
    outputs.add(new RunManifest.Output(name, new org.apache.hadoop.fs.Path(args.output(), name).toString(), rows));
    LOG.info("stage {}{}: {} rows in {} s", name, stageTag.get(), rows, stageSeconds());
  }

  private String stageSeconds() {
    String s = seconds(stageClock.get());
    stageClock.set(Instant.now());
    return s;
  }

  private static String seconds(Instant since) {
    return String.format(java.util.Locale.ROOT, "%.1f", Duration.between(since, Instant.now()).toMillis() / 1000.0);
  }

  private void writeManifest(RunManifest manifest) {
    org.apache.hadoop.fs.Path path = tablePath(WarehousePublisher.MANIFEST);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(path, true)) {
        out.write(manifest.toJson());
      }
    } catch (IOException e) {
      throw new PipelineException(Kind.OUTPUT, "cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  /** Where a table (or the manifest) of this run is written: the staging folder, until published. */
  private org.apache.hadoop.fs.Path tablePath(String name) {
    return new org.apache.hadoop.fs.Path(publisher.staging(), name);
  }

  private void configureSession() {
    config.spark().forEach((k, v) -> {
      try {
        spark.conf().set(k, v);
      } catch (RuntimeException e) {
        throw new PipelineException(Kind.CONFIG, "config key spark." + k + ": " + rootMessage(e), e);
      }
    });
    // The contract fixes these: UTC days, and timestamps any Parquet reader understands.
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
