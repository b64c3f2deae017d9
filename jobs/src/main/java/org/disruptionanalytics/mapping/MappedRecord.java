package org.disruptionanalytics.mapping;

import java.util.List;

/**
 * One record after its source mapping: the contract columns as canonical text, in contract order,
 * and the reason codes the mapping found (empty when none), in contract order.
 */
public record MappedRecord(String[] values, List<String> reasons) {}
