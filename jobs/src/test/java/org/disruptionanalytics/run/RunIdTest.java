package org.disruptionanalytics.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunIdTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

  @Test
  void theMappingFilesBytesAreAPartOfTheId() {
    String none = RunId.of(List.of("aa", "bb"), List.of(), AS_OF, "{}", "1.0");
    String one = RunId.of(List.of("aa", "bb"), List.of("cc"), AS_OF, "{}", "1.0");
    String edited = RunId.of(List.of("aa", "bb"), List.of("dd"), AS_OF, "{}", "1.0");
    assertNotEquals(none, one);
    assertNotEquals(one, edited);
    // A mapping's hash is not confused with an input file's of the same bytes.
    assertNotEquals(one, RunId.of(List.of("aa", "bb", "cc"), List.of(), AS_OF, "{}", "1.0"));
    assertEquals(one, RunId.of(List.of("bb", "aa"), List.of("cc"), AS_OF, "{}", "1.0"));
    assertEquals(20, one.length());
  }
}
