package org.disruptionanalytics.generator;

/**
 * One disruption row of the published sample: the file it goes to, its values, and the outcome it is made
 * to have (CONTRACT.md 3.1).
 */
record PublishedRow(String file, Row row, String outcome) {}
