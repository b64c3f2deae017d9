package org.disruptionanalytics.generator;

/** A background row and the outcome it was made to have (VALID, or SUPERSEDED for an older version). */
record GeneratedRow(Row row, String outcome) {}
