package org.disruptionanalytics.run;

import java.util.List;

/** What a run wrote (its manifest) and the headline figures it prints. */
public record RunResult(RunManifest manifest, List<String> headline) {}
