package dev.argmap.cli;

import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.SourceId;
import dev.argmap.model.Statement;
import dev.argmap.scoring.explain.BalanceReport;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.scoring.explain.Explanation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The balance report of {@code argmap lint --balance}, in words a teacher reads without the API at hand. */
final class BalanceText {
  /** Sources named on a side's line; the rest are counted, so a large map keeps one line per side. */
  private static final int SOURCES_NAMED = 8;

  private BalanceText() {}

  static void print(PrintWriter out, ArgumentMap map, BalanceReport report) {
    out.println("Balance of the sides under " + report.semantics().id() + ". A side's share is how much of the"
        + " thesis's change from its base score its direct arguments carry (their Shapley shares, added up).");
    for (BalanceReport.ThesisBalance t : report.theses()) {
      out.println();
      Statement st = map.statement(t.thesis()).orElseThrow();
      out.println("Thesis " + t.thesis() + ": " + Describe.statement(st));
      out.println(String.format(Locale.ROOT, "Score %.4f, base %.4f; the arguments on it change it by %s",
          t.score(), t.base(), fixed(t.change())));
      side(out, map, t.forSide());
      side(out, map, t.againstSide());
      if (!t.onBothSides().isEmpty()) {
        out.println("  On both sides (some chains make them count for it, others against): "
            + join(t.onBothSides()));
      }
      for (BalanceReport.Warning w : t.warnings()) {
        out.println("  warning: " + w);
      }
    }
    out.println();
  }

  private static void side(PrintWriter out, ArgumentMap map, BalanceReport.Side s) {
    String title = "  " + (s.name().equals("for") ? "For it" : "Against it") + ": ";
    if (s.arguments().isEmpty()) {
      out.println(title + "no argument");
      return;
    }
    out.println(title + Counts.plural(s.directArguments().size(), "argument") + " directly, "
        + s.chainedArguments().size() + " more through chains; share of the change " + fixed(s.share()));
    List<ArgumentId> direct = s.challengedDirect();
    out.println("    Challenged: " + direct.size() + " of " + Counts.plural(s.directArguments().size(),
        "direct argument") + (direct.isEmpty() ? "" : ":"));
    Map<ArgumentId, List<String>> how = new LinkedHashMap<>();
    for (BalanceReport.Challenge c : s.challenges()) {
      how.computeIfAbsent(c.argument(), k -> new ArrayList<>()).add(switch (c.kind()) {
        case UNDERCUT -> "undercut by " + c.by().value();
        case PREMISE_ATTACKED -> "premise " + c.premise().orElseThrow() + " attacked by " + c.by().value();
        case PREMISE_UNDERMINED -> "premise " + c.premise().orElseThrow() + " undermined by the quote "
            + c.by().value();
      });
    }
    for (ArgumentId a : direct) {
      out.println("      " + a + " (" + Describe.argument(map, map.argument(a).orElseThrow()) + "): "
          + String.join("; ", how.get(a)));
    }
    if (!s.chainedArguments().isEmpty()) {
      long chained = s.chainedArguments().stream().filter(how::containsKey).count();
      out.println("    Further up the chains: " + chained + " of " + s.chainedArguments().size() + " challenged");
    }
    if (s.evidence().isEmpty()) {
      out.println("    Evidence: none");
    } else {
      List<SourceId> named = s.sources().subList(0, Math.min(SOURCES_NAMED, s.sources().size()));
      out.println("    Evidence: " + Counts.plural(s.evidence().size(), "quote") + " from "
          + Counts.plural(s.sources().size(), "source") + ": " + join(named)
          + (named.size() < s.sources().size() ? " and " + (s.sources().size() - named.size()) + " more" : ""));
    }
    if (!s.strongest().isEmpty()) {
      out.println("    Strongest reasons, by share:");
      for (Explanation.Reason r : s.strongest()) {
        out.println("      " + share(r.share()) + "  " + r.argument() + ": "
            + Describe.argument(map, map.argument(r.argument()).orElseThrow()));
      }
    }
  }

  private static String join(List<? extends dev.argmap.model.ElementId> ids) {
    return String.join(", ", ids.stream().map(dev.argmap.model.ElementId::value).toList());
  }

  /** Four decimals always: a teacher reads +0.0000 as "nothing", where +1.2e-05 is noise to explain. */
  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%+.4f", v);
  }

  private static String share(Contribution c) {
    return c.method() == Contribution.Method.SAMPLED
        ? fixed(c.value()) + String.format(Locale.ROOT, " ± %.4f", c.standardError())
        : fixed(c.value());
  }
}
