package org.disruptionanalytics.contract.cli;

/** An exit status of a command and what it means, as its help lists it. */
public record ExitStatus(int code, String meaning) {}
