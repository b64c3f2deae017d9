package org.disruptionanalytics.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code output} object of the config file: how a run publishes the warehouse.
 *
 * @param keepVersions complete versions kept, the published one included (at least 1)
 * @param publish how {@code <output>} switches to a new version
 */
public record OutputOptions(
    @JsonProperty("keep_versions") Integer keepVersions,
    @JsonProperty("publish") Publish publish) {

  public static final int DEFAULT_KEEP_VERSIONS = 3;

  /** How the warehouse switches to a new version. */
  public enum Publish {
    /** A symbolic link on a local file system, two renames elsewhere. */
    @JsonProperty("auto") AUTO,
    /** {@code <output>} is a symbolic link replaced in one rename. */
    @JsonProperty("symlink") SYMLINK,
    /** {@code <output>} is a folder, swapped with the new version by two renames. */
    @JsonProperty("rename") RENAME
  }

  public OutputOptions {
    keepVersions = keepVersions == null ? DEFAULT_KEEP_VERSIONS : keepVersions;
    publish = publish == null ? Publish.AUTO : publish;
    if (keepVersions < 1) {
      throw new IllegalArgumentException("keep_versions must be at least 1, not " + keepVersions);
    }
  }

  public static OutputOptions defaults() {
    return new OutputOptions(DEFAULT_KEEP_VERSIONS, Publish.AUTO);
  }
}
