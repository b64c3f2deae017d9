package org.disruptionanalytics.generator;

/**
 * A value an export layout must write exactly as given, not convert: how a planted row of a mapped
 * file carries a date not in the source's format, or a code the mapping does not cover.
 */
record AsWritten(String text) {
  @Override
  public String toString() {
    return text;
  }
}
