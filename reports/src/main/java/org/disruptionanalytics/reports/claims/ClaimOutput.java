package org.disruptionanalytics.reports.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.reports.text.ChangeWording;
import org.disruptionanalytics.reports.text.DisplayNumber;

/** A checked claim as the command prints it: a block of plain text, or one JSON object. */
public final class ClaimOutput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClaimOutput() {}

  /** The claim, its verdict and caveats, both counts, the change, the interval, the spans and the sentence. */
  public static String text(ClaimResult r) {
    StringBuilder s = new StringBuilder();
    Claim c = r.claim();
    s.append("Claim: \"").append(c.says().trim()).append("\" for ").append(c.period().trim())
        .append(c.compareWith() == null ? "" : " compared with " + c.compareWith()).append(" (").append(c.threat())
        .append(", ").append(c.agency().equals(Claim.ALL) ? "all agencies" : "agency " + c.agency()).append(", ")
        .append(c.region().equals(Claim.ALL) ? "all regions" : "region " + c.region()).append(")\n");
    s.append("  read as:  ").append(r.reading()).append('\n');
    s.append("  verdict:  ").append(r.verdict())
        .append(r.caveats().isEmpty() ? "" : " (" + String.join(", ", r.caveats().stream().map(Enum::name).toList()) + ")")
        .append('\n');
    if (r.current() != null) {
      s.append("  counted:  ").append(DisplayNumber.count(r.current())).append(" from ").append(r.spanWords())
          .append('\n');
    }
    if (r.prior() != null) {
      s.append("  against:  ").append(DisplayNumber.count(r.prior())).append(" from ").append(r.priorSpanWords())
          .append(c.compareWith() == null ? " (the same span a year earlier)" : "").append('\n');
      s.append("  change:   ").append(signed(r.change()))
          .append(r.pctText() == null ? " (no percentage against none)" : " (" + r.pctText() + ")");
      if (r.ratioLow() != null) {
        s.append("; 95% interval of the ratio ").append(ChangeWording.interval(r.ratioLow(), r.ratioHigh()));
      }
      s.append('\n');
    }
    if (r.supportedPhrase() != null) {
      s.append("  strongest supported phrase: ").append(r.supportedPhrase()).append('\n');
      s.append("  the report would write: ").append(r.sentence()).append('\n');
    }
    for (String why : r.reasons()) {
      s.append("  - ").append(why).append('\n');
    }
    return s.toString();
  }

  /** One JSON object on one line, the fields in a fixed order. */
  public static String json(ClaimResult r) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("verdict", r.verdict().name());
    o.put("caveats", r.caveats().stream().map(Enum::name).toList());
    o.put("current", r.current());
    o.put("prior", r.prior());
    o.put("change", r.change());
    o.put("pct_change", r.pctChange());
    o.put("ratio_ci95_low", r.ratioLow());
    o.put("ratio_ci95_high", r.ratioHigh());
    o.put("supported_phrase", r.supportedPhrase());
    o.put("sentence", r.sentence());
    o.put("key", r.key());
    o.put("span", r.span());
    o.put("prior_span", r.priorSpan());
    o.put("claim", claim(r.claim()));
    o.put("read_as", r.reading());
    o.put("reasons", r.reasons());
    return write(o);
  }

  /** A claim that could not be read, as one JSON object: its fields as given and the message. */
  public static String unreadableJson(Claim c, String message) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("verdict", null);
    o.put("error", message);
    if (c != null) {
      o.put("claim", claim(c));
    }
    return write(o);
  }

  /** The claim as given, in the claims file's field names. */
  private static Map<String, Object> claim(Claim c) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("period", c.period());
    claim.put("says", c.says());
    claim.put("threat", c.threat());
    claim.put("agency", c.agency());
    claim.put("region", c.region());
    claim.put("compare_with", c.compareWith());
    return claim;
  }

  private static String write(Map<String, Object> o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String signed(long change) {
    return change > 0 ? "+" + DisplayNumber.count(change) : DisplayNumber.count(change);
  }

  /** "3 claims: 2 SUPPORTED, 1 OVERSTATED". */
  public static String tally(List<ClaimResult> results, int unreadable) {
    Map<String, Integer> n = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      int k = (int) results.stream().filter(r -> r.verdict() == v).count();
      if (k > 0) {
        n.put(v.name(), k);
      }
    }
    if (unreadable > 0) {
      n.put("unreadable", unreadable);
    }
    int total = results.size() + unreadable;
    StringBuilder s = new StringBuilder(total + (total == 1 ? " claim: " : " claims: "));
    s.append(String.join(", ", n.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
    return s.toString();
  }
}
