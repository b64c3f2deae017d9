package org.disruptionanalytics.reports.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.disruptionanalytics.contract.ThreatAreas;

/**
 * A statement to check: what it says about which period, for which threat area, agency and
 * region, compared with the same span a year earlier unless {@code compareWith} names another.
 * The fields keep the words as given; {@link ClaimCheck} reads them.
 *
 * @param compareWith null: the same span a year earlier
 */
public record Claim(String period, String says, String threat, String agency, String region, String compareWith) {

  public static final String DEFAULT_THREAT = "OIC";
  public static final String ALL = "ALL";

  /** The names of a claims file's fields, as the command line's options without their dashes. */
  static final Set<String> FIELDS = Set.of("period", "says", "threat", "agency", "region", "compare_with");

  public Claim {
    threat = threat == null ? DEFAULT_THREAT : threat.trim().toUpperCase(Locale.ROOT);
    agency = agency == null ? ALL : agency.trim().toUpperCase(Locale.ROOT);
    region = region == null ? ALL : region.trim().toUpperCase(Locale.ROOT);
    compareWith = compareWith == null || compareWith.isBlank() ? null : compareWith.trim();
  }

  /** Refuses a threat area the contract does not know. */
  void requireKnownThreat() {
    if (!ThreatAreas.ALL.contains(threat)) {
      throw new UnreadableClaim("unknown threat area '" + threat + "'; understood are " + ThreatAreas.ALL);
    }
  }

  /**
   * The claims of a claims file: a JSON array of objects with the fields {@link #FIELDS}; period
   * and says are required. An unknown field, a value that is not a string, or a file that is not
   * such an array is refused with a message that names it.
   */
  public static List<Claim> parseFile(byte[] json, String name) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new UnreadableClaim(name + " is not JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new UnreadableClaim(name + " cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isArray()) {
      throw new UnreadableClaim(name + " must be a JSON array of claims, each an object with " + new java.util.TreeSet<>(FIELDS));
    }
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode c = root.get(i);
      String where = name + ", claim " + (i + 1);
      if (!c.isObject()) {
        throw new UnreadableClaim(where + ": not an object");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!FIELDS.contains(f.getKey())) {
          throw new UnreadableClaim(where + ": unknown field '" + f.getKey() + "'; the fields are "
              + new java.util.TreeSet<>(FIELDS));
        }
        if (!f.getValue().isTextual() && !f.getValue().isNull()) {
          throw new UnreadableClaim(where + ": '" + f.getKey() + "' must be a string");
        }
      }
      for (String required : List.of("period", "says")) {
        if (text(c, required) == null) {
          throw new UnreadableClaim(where + ": '" + required + "' is required");
        }
      }
      claims.add(new Claim(text(c, "period"), text(c, "says"), text(c, "threat"), text(c, "agency"),
          text(c, "region"), text(c, "compare_with")));
    }
    return claims;
  }

  private static String text(JsonNode c, String field) {
    JsonNode v = c.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
