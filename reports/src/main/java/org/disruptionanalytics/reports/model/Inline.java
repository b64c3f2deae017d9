package org.disruptionanalytics.reports.model;

/** A piece of running text: plain words, or a figure shown as its display text. */
public sealed interface Inline {

  /** Words, escaped by each renderer. */
  record Text(String text) implements Inline {}

  /** A statistic: {@code figure} indexes the report's figures; {@code display} is its rounded text. */
  record FigureText(int figure, String display) implements Inline {}

  static Inline text(String text) {
    return new Text(text);
  }
}
