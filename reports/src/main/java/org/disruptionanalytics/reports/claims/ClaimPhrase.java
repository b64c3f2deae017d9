package org.disruptionanalytics.reports.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disruptionanalytics.reports.text.ChangeWording;
import org.disruptionanalytics.reports.text.ChangeWording.Comparison;
import org.disruptionanalytics.reports.text.ChangeWording.Proportion;

/**
 * What a claim says about a change, read from its words: a phrase of the table of CONTRACT.md
 * 5.2 (with or without its verb), a percentage, a number of disruptions, a bare direction, "up
 * from none" or "fell to none". Without a direction word it is a rise. The test of the phrase
 * against r = current / prior is exact:
 *
 * <ul>
 *   <li>a phrase of the table holds at its own bound, on the side of the change: "doubled" needs
 *       r >= 2, "more than a third" r > 4/3, "almost half" r >= 29/20, "halved" r <= 1/2;
 *   <li>a number holds when the exact change, rounded half away from zero to the number's own
 *       precision, is at least it ("by 35.9%" holds at +35.92%); "more than" a number is strict
 *       and exact ("by more than 30%" needs r > 13/10);
 *   <li>a direction holds when the change has its sign; "unchanged" when it is 0.
 * </ul>
 */
public record ClaimPhrase(String said, Kind kind, Sense sense, boolean strict, Proportion row, BigDecimal number,
    int scale) {

  /** What the phrase states. */
  public enum Kind { PROPORTION, PERCENT, COUNT, DIRECTION, FROM_NONE, TO_NONE }

  /** The direction it states; NONE is "unchanged". */
  public enum Sense { RISE, FALL, NONE }

  private static final Set<String> RISE_WORDS = Set.of("rose", "risen", "rise", "rising", "increased", "increase",
      "increasing", "up", "grew", "grown", "growing");
  private static final Set<String> FALL_WORDS = Set.of("fell", "fallen", "fall", "falling", "decreased", "decrease",
      "decreasing", "down", "dropped");
  /** Words that carry nothing the check tests: the subject and auxiliaries ("disruptions have risen"). */
  private static final Set<String> FILLER = Set.of("have", "has", "had", "was", "were", "is", "are", "been");
  private static final Pattern SUBJECT = Pattern.compile("\\b(?:the number of )?disruptions(?: against them)?\\b");
  private static final Pattern FRACTION = Pattern.compile("(?:(more than|over|almost|nearly) )?(half|a third|a quarter|a fifth|a tenth)");
  private static final Pattern VERB = Pattern.compile("(?:(more than|almost|nearly) )?(tripled|doubled|halved)");
  private static final Pattern PERCENT_NUMBER = Pattern.compile("(?:(more than|over) )?([+-])?(\\d+(?:\\.\\d+)?)%");
  private static final Pattern COUNT_NUMBER = Pattern.compile("(?:(more than|over) )?([+-])?(\\d{1,3}(?:,\\d{3})+|\\d+)");

  /** One line: everything the checker reads. */
  public static final String UNDERSTOOD = "understood are a phrase of the table of CONTRACT.md 5.2, with or without"
      + " its verb (more than tripled, tripled, nearly tripled, more than doubled, doubled, nearly doubled, [rose by]"
      + " more than half / half / almost half / more than a third / a third / more than a quarter / a quarter / more"
      + " than a fifth / a fifth / more than a tenth / a tenth; more than halved, halved, almost halved, fell by more"
      + " than a third / a third / more than a quarter / a quarter / more than a fifth / a fifth / more than a tenth"
      + " / a tenth); a direction (rose, increased, up, fell, decreased, down, unchanged); a number (by 35%, by more"
      + " than 30%, +35.9%, by 781, fell by 12%); up from none; fell to none. Without a direction word a phrase is a"
      + " rise";

  public static ClaimPhrase parse(String said) {
    if (said == null || said.isBlank()) {
      throw unreadable(said, "the phrase is empty");
    }
    String words = normalise(said);
    List<String> tokens = new ArrayList<>(List.of(words.split(" ")));
    tokens.removeIf(t -> t.isEmpty() || FILLER.contains(t));
    Sense stated = null;
    if (!tokens.isEmpty() && (RISE_WORDS.contains(tokens.get(0)) || FALL_WORDS.contains(tokens.get(0)))) {
      stated = RISE_WORDS.contains(tokens.remove(0)) ? Sense.RISE : Sense.FALL;
    }
    if (!tokens.isEmpty() && tokens.get(0).equals("by")) {
      tokens.remove(0);
    }
    String rest = String.join(" ", tokens);
    if (rest.isEmpty()) {
      if (stated == null) {
        throw unreadable(said, "it states no change");
      }
      return new ClaimPhrase(said, Kind.DIRECTION, stated, true, null, null, 0);
    }
    if (stated == null && (rest.equals("unchanged") || rest.equals("no change"))) {
      return new ClaimPhrase(said, Kind.DIRECTION, Sense.NONE, false, null, null, 0);
    }
    if (stated == Sense.RISE && rest.equals("from none")) {
      return new ClaimPhrase(said, Kind.FROM_NONE, Sense.RISE, false, null, null, 0);
    }
    if (stated == Sense.FALL && (rest.equals("to none") || rest.equals("to zero"))) {
      return new ClaimPhrase(said, Kind.TO_NONE, Sense.FALL, false, null, null, 0);
    }
    Matcher m;
    if ((m = FRACTION.matcher(rest)).matches()) {
      Sense sense = stated == null ? Sense.RISE : stated;
      String qualifier = m.group(1);
      String fraction = m.group(2);
      String phrase;
      if (sense == Sense.FALL && fraction.equals("half")) {
        phrase = qualifier(qualifier, "almost") + "halved";
      } else {
        phrase = (sense == Sense.RISE ? "rose by " : "fell by ") + qualifier(qualifier, "almost") + fraction;
      }
      return proportion(said, phrase);
    }
    if ((m = VERB.matcher(rest)).matches()) {
      boolean halved = m.group(2).equals("halved");
      if (stated != null) {
        throw unreadable(said, "'" + m.group(2) + "' is a direction itself");
      }
      return proportion(said, qualifier(m.group(1), halved ? "almost" : "nearly") + m.group(2));
    }
    boolean percent = (m = PERCENT_NUMBER.matcher(rest)).matches();
    if (percent || (m = COUNT_NUMBER.matcher(rest)).matches()) {
      Sense sense = stated;
      String sign = m.group(2);
      if (sign != null) {
        Sense signed = sign.equals("+") ? Sense.RISE : Sense.FALL;
        if (sense != null && sense != signed) {
          throw unreadable(said, "its words and its sign disagree");
        }
        sense = signed;
      }
      BigDecimal number = new BigDecimal(m.group(3).replace(",", ""));
      return new ClaimPhrase(said, percent ? Kind.PERCENT : Kind.COUNT, sense == null ? Sense.RISE : sense,
          m.group(1) != null, null, number, percent ? Math.max(number.scale(), 0) : 0);
    }
    throw unreadable(said, "'" + rest + "' is not a phrase the check knows");
  }

  private static String normalise(String said) {
    String s = said.trim().toLowerCase(Locale.ROOT)
        .replace('\u2212', '-').replace('\u2013', '-').replace('\u00a0', ' ')
        .replaceAll("^[\"'\u201c\u2018]+|[\"'\u201d\u2019]+$", "")
        .replaceAll("[.!;:]+$", "")
        .replaceAll("\\s*per ?cent\\b", "%").replaceAll("\\s+%", "%");
    s = SUBJECT.matcher(s).replaceAll(" ");
    return s.replaceAll("\\s+", " ").trim();
  }

  /** "more than" (or "over"), the table's own word for almost ("nearly" before doubled), or none. */
  private static String qualifier(String said, String almost) {
    if (said == null) {
      return "";
    }
    return switch (said) {
      case "more than", "over" -> "more than ";
      default -> almost + " ";
    };
  }

  private static ClaimPhrase proportion(String said, String phrase) {
    Proportion row = ChangeWording.PROPORTIONS.stream().filter(p -> p.phrase().equals(phrase)).findFirst()
        .orElseThrow(() -> unreadable(said, "'" + phrase + "' is not a phrase of the table"));
    boolean strict = row.test() == Comparison.ABOVE || row.test() == Comparison.BELOW;
    return new ClaimPhrase(said, Kind.PROPORTION, row.rise() ? Sense.RISE : Sense.FALL, strict, row, null, 0);
  }

  private static UnreadableClaim unreadable(String said, String why) {
    return new UnreadableClaim("cannot read the phrase \"" + said + "\" (" + why + "); " + UNDERSTOOD);
  }

  /** A proportion or a percentage: a claim about the ratio, which needs a positive prior. */
  public boolean proportional() {
    return kind == Kind.PROPORTION || kind == Kind.PERCENT;
  }

  /** Whether the change current against prior is in the phrase's direction. */
  public boolean rightDirection(long current, long prior) {
    return switch (sense) {
      case RISE -> current > prior;
      case FALL -> current < prior;
      case NONE -> current == prior;
    };
  }

  /**
   * Whether the phrase holds for current against prior. A prior of 0 answers only a count, a
   * direction or "up from none"; a proportion or percentage is not tested against it.
   */
  public boolean holds(long current, long prior) {
    if (!rightDirection(current, prior)) {
      return false;
    }
    if (prior == 0) {
      return switch (kind) {
        case FROM_NONE, DIRECTION -> true;
        case COUNT -> strict ? current > number.longValueExact() : current >= number.longValueExact();
        case TO_NONE -> false;
        case PROPORTION, PERCENT -> throw new IllegalStateException("a proportion of none");
      };
    }
    return switch (kind) {
      case FROM_NONE -> false;
      case TO_NONE -> current == 0;
      default -> holdsAt(ExactRatio.of(current, prior), prior);
    };
  }

  /**
   * Whether the phrase holds at a ratio (an interval bound) with the given positive prior: for a
   * count, the bound stands for a change of prior × (bound − 1). "Up from none", "fell to none"
   * and "unchanged" are statements about the counts themselves, not tested at a bound.
   */
  boolean holdsAt(ExactRatio r, long prior) {
    int c = r.compareTo(ExactRatio.ONE);
    boolean rise = sense == Sense.RISE;
    if (sense == Sense.NONE ? c != 0 : rise ? c <= 0 : c >= 0) {
      return false;
    }
    return switch (kind) {
      case PROPORTION -> claimTest().holds(r.compareTo(bound(prior)));
      case PERCENT -> strict ? claimTest().holds(r.compareTo(bound(prior)))
          : r.percentChange(rise, scale).compareTo(number) >= 0;
      case COUNT -> strict ? r.compareCountChange(rise, prior, number.longValueExact()) > 0
          : r.countChange(rise, prior).compareTo(number) >= 0;
      case DIRECTION -> true;
      case FROM_NONE, TO_NONE -> throw new IllegalStateException(kind + " at a bound");
    };
  }

  /**
   * The claim's test of r against its bound: a phrase of the table holds at its bound, on the side
   * of the change ("doubled" is r >= 2, "halved" r <= 1/2); "more than" is strict.
   */
  private Comparison claimTest() {
    boolean rise = sense != Sense.FALL;
    return strict ? (rise ? Comparison.ABOVE : Comparison.BELOW) : (rise ? Comparison.AT_LEAST : Comparison.AT_MOST);
  }

  /**
   * The ratio the phrase names: the table's bound, 1 ± the percentage, (prior ± the count) /
   * prior; 1 for a direction. Used to order phrases by strength.
   */
  ExactRatio bound(long prior) {
    return switch (kind) {
      case PROPORTION -> ExactRatio.of(row.numerator(), row.denominator());
      case PERCENT -> {
        BigDecimal change = number.movePointLeft(2);
        yield ExactRatio.of(sense == Sense.FALL ? BigDecimal.ONE.subtract(change).max(BigDecimal.ZERO)
            : BigDecimal.ONE.add(change));
      }
      case COUNT -> {
        long n = number.longValueExact();
        yield ExactRatio.of(Math.max(0, sense == Sense.FALL ? prior - n : prior + n), prior);
      }
      default -> ExactRatio.ONE;
    };
  }

  /**
   * Whether a phrase of the table that holds is stronger than this claim: further from no change
   * than the claim's bound, or as far and strict where the claim is not ("more than a third"
   * against "a third"). A number is compared at its own precision: "by 33.3%" is as strong as "a
   * third" (+33.33...%), "by 30%" weaker. Only a claim of a size can be understated; a bare
   * direction cannot.
   */
  public boolean weakerThan(Proportion holding, long prior) {
    if (prior == 0) {
      return false;
    }
    ExactRatio bound = ExactRatio.of(holding.numerator(), holding.denominator());
    boolean rise = sense == Sense.RISE;
    int further = switch (kind) {
      case PROPORTION -> rise ? bound.compareTo(bound(prior)) : -bound.compareTo(bound(prior));
      case PERCENT -> bound.percentChange(rise, scale).compareTo(number);
      case COUNT -> bound.countChange(rise, prior).compareTo(number);
      default -> -1;
    };
    boolean holdingStrict = holding.test() == Comparison.ABOVE || holding.test() == Comparison.BELOW;
    return further > 0 || (further == 0 && holdingStrict && !strict);
  }

  /** The phrase as the check reads it, with its exact test: {@code "rose by more than a third": current / prior > 4/3}. */
  public String reading() {
    return "\"" + canonical() + "\": " + test();
  }

  /** The phrase in the table's words: "rose by more than a third", "fell by 12%", "up from none". */
  public String canonical() {
    String verb = sense == Sense.FALL ? "fell" : "rose";
    return switch (kind) {
      case PROPORTION -> row.phrase();
      case PERCENT, COUNT -> verb + " by " + (strict ? "more than " : "") + number.toPlainString()
          + (kind == Kind.PERCENT ? "%" : "");
      case DIRECTION -> sense == Sense.NONE ? "unchanged" : verb;
      case FROM_NONE -> "up from none";
      case TO_NONE -> "fell to none";
    };
  }

  /** What the phrase needs of the counts, exactly. */
  public String test() {
    return switch (kind) {
      case PROPORTION -> "current / prior " + symbol() + " " + row.numerator()
          + (row.denominator() == 1 ? "" : "/" + row.denominator());
      case PERCENT -> strict
          ? "current / prior " + symbol() + " " + bound(0).rounded(scale + 2).stripTrailingZeros().toPlainString()
          : "the exact change, rounded half away from zero to " + decimals(scale) + ", of at least "
              + number.toPlainString() + "%" + (sense == Sense.FALL ? " down" : " up");
      case COUNT -> "a change of " + (strict ? "more than " : "at least ") + number.toPlainString() + " disruptions"
          + (sense == Sense.FALL ? " fewer" : " more");
      case DIRECTION -> switch (sense) {
        case RISE -> "current above prior";
        case FALL -> "current below prior";
        case NONE -> "current equal to prior";
      };
      case FROM_NONE -> "prior 0 and current above 0";
      case TO_NONE -> "current 0 and prior above 0";
    };
  }

  private String symbol() {
    return switch (claimTest()) {
      case ABOVE -> ">";
      case AT_LEAST -> ">=";
      case BELOW -> "<";
      case AT_MOST -> "<=";
      case EQUAL -> "=";
    };
  }

  private static String decimals(int scale) {
    return scale == 0 ? "a whole percent" : scale == 1 ? "one decimal" : scale + " decimals";
  }
}
