package org.disruptionanalytics.run;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;
import org.disruptionanalytics.config.OutputOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a run's warehouse atomically (CONTRACT.md section 4). The run writes every table and
 * the manifest into a staging folder under {@code <output>.versions/}; only when all of it is
 * written does the staging folder become a version and {@code <output>} switch to it. A run that
 * fails or is killed before then leaves {@code <output>} as it was; its staging folder is removed
 * by the next run.
 *
 * <p>On a local file system {@code <output>} is a symbolic link to the current version, replaced
 * in one rename(2), so readers see the old warehouse or the new one, never a mixture. Where there
 * are no symbolic links (HDFS, object stores) the current version is a real folder at {@code
 * <output>}, swapped with two renames: on HDFS each rename is atomic and readers in between find no
 * warehouse rather than half of one; on object stores a rename copies object by object (see the
 * README).
 */
public final class WarehousePublisher {

  private static final Logger LOG = LoggerFactory.getLogger(WarehousePublisher.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
  private static final String STAGING = ".staging";
  static final String MANIFEST = "_manifest.json";

  private final FileSystem fs;
  private final Path output;
  private final Path versions;
  private final String version;
  private final OutputOptions options;

  private WarehousePublisher(FileSystem fs, Path output, String version, OutputOptions options) {
    this.fs = fs;
    this.output = output;
    this.versions = new Path(output.getParent(), output.getName() + ".versions");
    this.version = version;
    this.options = options;
  }

  /**
   * Readies a new version of the warehouse at {@code output}: checks that {@code output} is a
   * warehouse (or absent), and removes staging folders that killed runs left.
   */
  public static WarehousePublisher prepare(Configuration conf, String output, String runId, Instant started,
      OutputOptions options) {
    try {
      Path path = new Path(output);
      FileSystem fs = path.getFileSystem(conf);
      Path qualified = fs.makeQualified(path);
      if (qualified.getParent() == null) {
        throw new PipelineException(Kind.OUTPUT, "--output cannot be the root of a file system: " + output);
      }
      WarehousePublisher publisher = new WarehousePublisher(fs, qualified, STAMP.format(started) + "-" + runId, options);
      publisher.checkReplaceable();
      publisher.removeStaleStaging();
      fs.mkdirs(publisher.staging());
      return publisher;
    } catch (IOException e) {
      throw new PipelineException(Kind.OUTPUT, "cannot prepare output " + output + ": " + e.getMessage(), e);
    }
  }

  /** Where this run writes its tables and manifest. */
  public Path staging() {
    return new Path(versions, version + STAGING);
  }

  /** Makes the staged version the warehouse, then keeps only the newest versions. */
  public void publish() {
    Path complete = new Path(versions, version);
    try {
      if (!fs.exists(new Path(staging(), MANIFEST))) {
        throw new PipelineException(Kind.OUTPUT, "staging " + staging() + " has no manifest: not published");
      }
      rename(staging(), complete);
      if (useSymlink()) {
        switchLink(complete);
      } else {
        swapFolders(complete);
      }
      LOG.info("published {} as {}", output, complete);
      prune(complete);
    } catch (IOException e) {
      throw new PipelineException(Kind.OUTPUT, "cannot publish " + output + ": " + e.getMessage(), e);
    }
  }

  /** After a failure: the staging folder is of no use to anyone. */
  public void discard() {
    try {
      fs.delete(staging(), true);
    } catch (IOException e) {
      LOG.warn("could not remove staging folder {}: {}", staging(), e.getMessage());
    }
  }

  private boolean useSymlink() {
    return switch (options.publish()) {
      case SYMLINK -> true;
      case RENAME -> false;
      case AUTO -> "file".equals(output.toUri().getScheme());
    };
  }

  private java.nio.file.Path local(Path p) {
    return Paths.get(URI.create(p.toUri().toString()));
  }

  /** A new link to the version beside the old one, renamed over it: one atomic rename(2). */
  private void switchLink(Path complete) throws IOException {
    java.nio.file.Path out = local(output);
    java.nio.file.Path link = out.resolveSibling("." + out.getFileName() + ".link-" + version);
    // Relative, so the warehouse and its versions can move together.
    Files.createSymbolicLink(link, out.getParent().relativize(local(complete)));
    if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      // A warehouse written before versions existed (or by the rename method) becomes a version.
      Files.move(out, local(new Path(versions, STAMP.format(Instant.now()) + "-replaced")),
          StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(link, out, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The old warehouse folder into the versions, the new version into its place. */
  private void swapFolders(Path complete) throws IOException {
    if (fs.exists(output)) {
      if (fs.getFileLinkStatus(output).isSymlink()) {
        // Only local file systems have links here; Hadoop's delete would follow it.
        Files.delete(local(output));
      } else {
        rename(output, new Path(versions, STAMP.format(Instant.now()) + "-replaced"));
      }
    }
    rename(complete, output);
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename " + from + " to " + to + " failed");
    }
  }

  /** Refuses to replace a folder that is not a warehouse: --output must never eat other data. */
  private void checkReplaceable() throws IOException {
    if (!fs.exists(output) || fs.getFileLinkStatus(output).isSymlink()) {
      return;
    }
    FileStatus status = fs.getFileStatus(output);
    if (!status.isDirectory()) {
      throw new PipelineException(Kind.OUTPUT, "--output " + output + " is a file, not a warehouse folder");
    }
    if (fs.listStatus(output).length > 0 && !fs.exists(new Path(output, MANIFEST))) {
      throw new PipelineException(Kind.OUTPUT, "--output " + output
          + " is a folder that holds no " + MANIFEST + ": not a warehouse of this pipeline, so it is left alone");
    }
  }

  private void removeStaleStaging() throws IOException {
    if (!fs.exists(versions)) {
      return;
    }
    for (FileStatus s : fs.listStatus(versions)) {
      if (s.getPath().getName().endsWith(STAGING)) {
        LOG.info("removing {}, left by a run that did not finish", s.getPath());
        fs.delete(s.getPath(), true);
      }
    }
  }

  /** Keeps the newest versions (names sort by time), the published one always among them. */
  private void prune(Path published) throws IOException {
    List<FileStatus> done = new ArrayList<>(Arrays.stream(fs.listStatus(versions))
        .filter(s -> s.isDirectory() && !s.getPath().getName().endsWith(STAGING)).toList());
    done.sort((a, b) -> b.getPath().getName().compareTo(a.getPath().getName()));
    // With a link the published version is in the folder; after a swap it is at <output>.
    int keep = useSymlink() ? options.keepVersions() : options.keepVersions() - 1;
    for (FileStatus s : done.subList(Math.min(Math.max(keep, 0), done.size()), done.size())) {
      if (!s.getPath().getName().equals(published.getName())) {
        fs.delete(s.getPath(), true);
      }
    }
  }
}
