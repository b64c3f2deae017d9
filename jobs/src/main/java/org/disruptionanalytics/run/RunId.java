package org.disruptionanalytics.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The deterministic id of a run: a hash of the inputs' SHA-256s, the source mappings' SHA-256s,
 * the as-of, the config and the code version, so that a rerun on the same inputs writes identical
 * tables and an edited mapping gives a new id.
 */
public final class RunId {
  private RunId() {}

  /** The first 20 hex digits of the SHA-256 of all that determines the run's figures. */
  public static String of(List<String> inputSha256s, List<String> mappingSha256s, LocalDate asOf,
      String configJson, String codeVersion) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      inputSha256s.stream().sorted().forEach(s -> update(sha, "input:" + s));
      mappingSha256s.stream().sorted().forEach(s -> update(sha, "mapping:" + s));
      update(sha, "as_of:" + asOf);
      update(sha, "config:" + configJson);
      update(sha, "code:" + codeVersion);
      return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest sha, String part) {
    sha.update(part.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
  }
}
