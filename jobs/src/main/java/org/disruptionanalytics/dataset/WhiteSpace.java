package org.disruptionanalytics.dataset;

/**
 * White space trimmed from both ends of every value: ASCII and Unicode spaces, tabs, line breaks
 * and the byte-order mark (trim() alone strips spaces only; a regex costs far more per value).
 * Validation and source mappings trim with the same set, so a mapped value means what a canonical
 * one would.
 */
public final class WhiteSpace {
  private WhiteSpace() {}

  public static final String CHARACTERS = " \t\n\u000B\f\r\u0085\u00A0\u1680\u2000\u2001\u2002"
      + "\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

  /** Strips {@link #CHARACTERS} from both ends. */
  public static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && CHARACTERS.indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && CHARACTERS.indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    return s.substring(from, to);
  }
}
