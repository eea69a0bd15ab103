package dev.argmap.testing;

import com.google.common.base.Preconditions;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.CopyId;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Locator;
import dev.argmap.model.PartialDate;
import dev.argmap.model.Person;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates random, valid argument maps that use every feature of the model: several theses, linked
 * co-premises, attacks and undercutters, evidence with speakers, cited works (with pages) and
 * locators (with sections and pages), sources with several copies, unknown authors and partial or
 * approximate dates, and text with non-ASCII characters.
 *
 * <p>Arguments always point from later statements to earlier ones, so the generated maps are
 * acyclic. The same seed and size always give an equal map.
 *
 * <pre>{@code
 * ArgumentMap map = RandomMaps.withStatements(1_000).seed(42).generate();
 * }</pre>
 */
public final class RandomMaps {
  private static final String[] WORDS = {
    "alliance", "treaty", "partnership", "Moscow", "Beijing", "sanctions", "exercises", "trust",
    "history", "border", "security", "interests", "arms", "energy", "dependence", "Kremlin",
    "strategy", "mutual", "defence", "commitment", "naval", "élite", "Zhōngguó", "Россия", "—",
    "\"quoted\"", "back\\slash", "emoji\uD83D\uDE00", "tab\tword"
  };

  private final int statements;
  private long seed = 1;

  private RandomMaps(int statements) {
    this.statements = statements;
  }

  /**
   * Starts a generator for maps with the given number of statements.
   *
   * @param statements the number of statements, at least 1
   * @return the generator, with seed 1
   * @throws IllegalArgumentException if {@code statements} is less than 1
   */
  public static RandomMaps withStatements(int statements) {
    Preconditions.checkArgument(statements >= 1, "statements must be at least 1 but was %s", statements);
    return new RandomMaps(statements);
  }

  /**
   * Sets the seed.
   *
   * @param seed the seed
   * @return this generator
   */
  public RandomMaps seed(long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * Generates the map.
   *
   * @return a valid map
   */
  public ArgumentMap generate() {
    SplittableRandom random = new SplittableRandom(seed);
    // The fields added with format version 2's sections, cited pages and approximate dates draw from
    // their own stream, so every seed still gives the maps it gave before, with those fields added.
    SplittableRandom added = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
    ArgumentMap.Builder map = ArgumentMap.builder();
    if (random.nextBoolean()) {
      map.title(sentence(random, 3));
    }
    if (random.nextInt(4) == 0) {
      map.description(sentence(random, 8));
    }

    int sourceCount = Math.max(1, statements / 10);
    List<Source> sources = new ArrayList<>(sourceCount);
    List<List<CopyId>> copiesBySource = new ArrayList<>(sourceCount);
    for (int i = 0; i < sourceCount; i++) {
      Source.Builder s = Source.builder()
          .id(SourceId.of("src" + i))
          .kind(SourceKind.values()[random.nextInt(SourceKind.values().length)])
          .credibility(unit(random));
      if (random.nextInt(5) != 0) {
        s.title(sentence(random, 4));
      }
      int authors = random.nextInt(3);
      for (int a = 0; a < authors; a++) {
        s.addAuthors(random.nextBoolean()
            ? Person.of(word(random) + " " + word(random))
            : Person.of(word(random), sentence(random, 2)));
      }
      if (random.nextBoolean()) {
        s.publisher(sentence(random, 2));
      }
      if (random.nextInt(3) != 0) {
        PartialDate date = date(random);
        s.date(added.nextInt(5) == 0 ? date.asApproximate() : date);
      }
      if (random.nextBoolean()) {
        s.addLinks(URI.create("https://example.org/" + i + "/article?id=" + random.nextInt(1000)));
      }
      List<CopyId> copyIds = new ArrayList<>();
      int copyCount = random.nextInt(3);
      for (int c = 0; c < copyCount; c++) {
        CopyId id = CopyId.of("src" + i + "-copy" + c);
        copyIds.add(id);
        SourceCopy.Builder copy = SourceCopy.builder().id(id);
        if (random.nextBoolean()) {
          copy.document("doc-" + i + "-" + c + ".txt");
        }
        if (random.nextBoolean()) {
          copy.description(sentence(random, 3));
        }
        if (random.nextInt(4) == 0) {
          copy.publisher(sentence(random, 2));
        }
        if (random.nextInt(4) == 0) {
          copy.link(URI.create("http://mirror.example.net/" + i + "/" + c));
        }
        s.addCopies(copy.build());
      }
      if (random.nextInt(4) == 0) {
        s.notes(sentence(random, 6));
      }
      sources.add(s.build());
      copiesBySource.add(copyIds);
    }

    int thesisCount = Math.max(1, Math.min(5, statements / 50 + 1));
    int argumentCount = 0;
    int evidenceCount = 0;
    List<ArgumentId> argumentIds = new ArrayList<>();
    for (int i = 0; i < statements; i++) {
      StatementId id = StatementId.of("s" + i);
      Statement.Builder s = Statement.builder().id(id).text(sentence(random, 5 + random.nextInt(10)) + ".");
      if (random.nextInt(4) == 0) {
        s.title(sentence(random, 2));
      }
      int tags = random.nextInt(3);
      for (int t = 0; t < tags; t++) {
        s.addTags(word(random));
      }
      if (random.nextInt(6) == 0) {
        s.notes(sentence(random, 7));
      }
      map.addStatements(s.build());
      if (i < thesisCount) {
        map.addTheses(id);
        continue;
      }
      // one argument into an earlier statement, linked with an earlier premise now and then
      Argument.Builder a = Argument.builder()
          .id(ArgumentId.of("a" + argumentCount++))
          .polarity(random.nextInt(3) == 0 ? Polarity.ATTACKS : Polarity.SUPPORTS)
          .addPremises(id)
          .weight(unit(random));
      boolean undercut = !argumentIds.isEmpty() && random.nextInt(12) == 0;
      if (undercut) {
        a.conclusion(argumentIds.get(random.nextInt(argumentIds.size()))).polarity(Polarity.ATTACKS);
      } else {
        int target = random.nextInt(i);
        a.conclusion(StatementId.of("s" + target));
        if (random.nextInt(6) == 0 && i - 1 > target) {
          int co = target + 1 + random.nextInt(i - 1 - target);
          a.addPremises(StatementId.of("s" + co));
        }
      }
      if (random.nextInt(5) == 0) {
        a.scheme(sentence(random, 3));
      }
      if (random.nextInt(5) == 0) {
        a.label(sentence(random, 2));
      }
      if (random.nextInt(8) == 0) {
        a.notes(sentence(random, 5));
      }
      Argument argument = a.build();
      argumentIds.add(argument.id());
      map.addArguments(argument);

      int evidence = random.nextInt(3);
      for (int e = 0; e < evidence; e++) {
        int src = random.nextInt(sourceCount);
        Evidence.Builder ev = Evidence.builder()
            .id(EvidenceId.of("e" + evidenceCount++))
            .statement(id)
            .quote(sentence(random, 6 + random.nextInt(12)))
            .weight(unit(random))
            .polarity(random.nextInt(4) == 0 ? Polarity.ATTACKS : Polarity.SUPPORTS)
            .source(SourceId.of("src" + src));
        List<CopyId> own = copiesBySource.get(src);
        if (!own.isEmpty() && random.nextBoolean()) {
          Locator.Builder l = Locator.builder().copy(own.get(random.nextInt(own.size())));
          if (random.nextBoolean()) {
            int start = random.nextInt(100_000);
            l.start(start).end(start + random.nextInt(400));
          }
          if (random.nextInt(3) == 0) {
            l.paragraph(1 + random.nextInt(40));
          }
          if (random.nextInt(4) == 0) {
            l.page(Integer.toString(1 + random.nextInt(300)));
          }
          if (added.nextInt(4) == 0) {
            l.section(added.nextBoolean() ? "Chapter " + (1 + added.nextInt(9)) : sentence(added, 2));
          }
          ev.locator(l.build());
        }
        if (random.nextInt(4) == 0) {
          ev.speaker(Person.of(word(random) + " " + word(random), sentence(random, 2)));
        }
        if (sourceCount > 1 && random.nextInt(6) == 0) {
          int cited = random.nextInt(sourceCount - 1);
          ev.citedWork(SourceId.of("src" + (cited >= src ? cited + 1 : cited)));
          if (added.nextBoolean()) {
            int page = 1 + added.nextInt(400);
            ev.citedAt(added.nextBoolean() ? "p. " + page : "pp. " + page + "-" + (page + 1 + added.nextInt(5)));
          }
        }
        if (random.nextInt(5) == 0) {
          ev.notes(sentence(random, 4));
        }
        map.addEvidence(ev.build());
      }
    }
    map.addSources(sources);
    return map.build();
  }

  private static double unit(SplittableRandom random) {
    switch (random.nextInt(8)) {
      case 0:
        return 0.0;
      case 1:
        return 1.0;
      case 2:
        return 0.5;
      default:
        return random.nextDouble();
    }
  }

  private static PartialDate date(SplittableRandom random) {
    int year = 1990 + random.nextInt(36);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofYearMonth(year, 1 + random.nextInt(12));
      default:
        return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
  }

  private static String word(SplittableRandom random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String sentence(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(word(random));
    }
    return text.toString();
  }
}
