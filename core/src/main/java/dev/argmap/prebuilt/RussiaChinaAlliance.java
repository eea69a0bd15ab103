package dev.argmap.prebuilt;

import static dev.argmap.model.Polarity.ATTACKS;
import static dev.argmap.model.Polarity.SUPPORTS;
import static dev.argmap.model.Voice.DIRECT_QUOTATION;
import static dev.argmap.model.Voice.REPORTED_SPEECH;

import com.google.common.collect.ImmutableMap;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.CopyId;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Locator;
import dev.argmap.model.PartialDate;
import dev.argmap.model.Person;
import dev.argmap.model.PersonKind;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.model.Voice;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the prebuilt map "Will Russia and China form a formal military alliance?" from the five
 * seed documents: Gabuev's Carnegie commentary of 2020 (two copies: {@code 000} and {@code 001}),
 * The Moscow Times report of Putin's Valdai remarks ({@code 002}), an anonymous academic paper of
 * about 2017 ({@code 003}) and the executive summary of Rácz and Hrytsenko's 2025 report
 * ({@code 004}).
 *
 * <p>Every quote is verbatim, and every locator gives the quote's character range {@code [start,
 * end)} in the raw text of the seed file named by its copy. Weights and credibilities follow the
 * rules in {@code docs/maps/weighting-rules.md}; each element's notes name the rule applied.
 */
final class RussiaChinaAlliance {

  // ------------------------------------------------------------------ sources and copies

  /** Gabuev, "Is Putin Really Considering a Military Alliance With China?" (2020). */
  private static final SourceId GABUEV = SourceId.of("gabuev-2020");
  /** {@code 000}: PDF-to-text copy of the Carnegie Moscow Center original. */
  private static final CopyId GABUEV_CARNEGIE = CopyId.of("gabuev-2020-carnegie");
  /** {@code 001}: blog repost of the same commentary, 5 December 2020. */
  private static final CopyId GABUEV_BLOG = CopyId.of("gabuev-2020-blog");
  /** The Moscow Times report of Putin's Valdai remarks (October 2020). */
  private static final SourceId MOSCOW_TIMES = SourceId.of("moscow-times-2020");
  /** {@code 002}: web copy of The Moscow Times report. */
  private static final CopyId MOSCOW_TIMES_WEB = CopyId.of("moscow-times-2020-web");
  /** The Associated Press report that The Moscow Times credits; not among the seeds. */
  private static final SourceId AP = SourceId.of("ap-2020");
  /** The anonymous academic paper on Chinese-Russian security relations (about 2017). */
  private static final SourceId PAPER = SourceId.of("security-paper-2017");
  /** {@code 003}: plain-text copy of the paper, title page missing. */
  private static final CopyId PAPER_TEXT = CopyId.of("security-paper-2017-text");
  /** Rácz and Hrytsenko, "Partnership Short of Alliance" (2025). */
  private static final SourceId RACZ = SourceId.of("racz-hrytsenko-2025");
  /** {@code 004}: blog repost of the report's executive summary, 9 July 2025. */
  private static final CopyId RACZ_BLOG = CopyId.of("racz-hrytsenko-2025-blog");

  // Works the paper cites, as its footnotes give them (no copies in the seeds).
  private static final SourceId ROZMAN = SourceId.of("rozman-2014");
  private static final SourceId DITTMER = SourceId.of("dittmer-2001");
  private static final SourceId CHENG = SourceId.of("cheng-1957");
  private static final SourceId ROTNEM = SourceId.of("rotnem-2014");
  private static final SourceId MAXWELL = SourceId.of("maxwell-2007");
  private static final SourceId BOWDEN = SourceId.of("bowden-1966");
  private static final SourceId GARTHOFF = SourceId.of("garthoff-1966");
  private static final SourceId DENG = SourceId.of("deng-2002");
  private static final SourceId KUCHINS = SourceId.of("kuchins");
  private static final SourceId YEUNG_BJELAKOVIC = SourceId.of("yeung-bjelakovic-2010");
  private static final SourceId ODGAARD = SourceId.of("odgaard");
  private static final SourceId BLANK = SourceId.of("blank");
  private static final SourceId CHINA_NMS_2015 = SourceId.of("china-nms-2015");

  // ------------------------------------------------------------------ speakers

  private static final Person PUTIN = Person.of("Vladimir Putin", "President of Russia");
  private static final Person BIDEN = Person.of("Joe Biden", "US president-elect");
  private static final Person MAO = Person.of("Mao Zedong");
  private static final Person CHINESE_MEDIA = Person.group("Chinese media");
  private static final Person CHINESE_GOVERNMENT = Person.organisation("Chinese government");
  private static final Person DEFENCE_MINISTERS =
      Person.group("Russian and Chinese defense ministers");
  private static final Person OBAMA_OFFICIALS =
      Person.group("Senior US officials under President Barack Obama");
  private static final Person LEADERS_OF_BOTH =
      Person.group("Putin, senior Russian officials and the Chinese leadership");
  private static final Person RUSSIA_CHINA_GOVERNMENTS =
      Person.builder().name("Russian and Chinese governments")
          .role("joint statement on strategic stability, June 2016")
          .kind(PersonKind.GROUP).build();

  // ------------------------------------------------------------------ voices

  /**
   * The voice of every evidence item that has a speaker, by the item's identifier: a direct
   * quotation when the quote gives the speaker's own words (in quotation marks, or a joint text
   * quoted as written), reported speech when the source says in its own words what the speaker
   * said, thought or agreed (a few quoted words inside do not make it a quotation). Kept apart from
   * the items so that their text and numbers stay as they are.
   */
  private static final ImmutableMap<String, Voice> VOICES = ImmutableMap.<String, Voice>builder()
      // the paper on Mao: "which Mao had described as a 'product of quarrels'"
      .put("e-1950-alliance-failed-2", REPORTED_SPEECH)
      // the paper on Chinese media reports "calling Russia's policies 'unrighteous'"
      .put("e-russia-balances-2", REPORTED_SPEECH)
      // the paper: "China has repeatedly affirmed ... its 'three noes'"
      .put("e-china-no-alliances-1", REPORTED_SPEECH)
      // the paper: "Putin expressed that the Chinese economic growth was not a threat"
      .put("e-russia-fears-junior-3", REPORTED_SPEECH)
      // Gabuev quotes Putin: "We have not set that goal for ourselves."
      .put("e-putin-no-need-1", DIRECT_QUOTATION)
      // The Moscow Times quotes Putin: "We don't need it, but, theoretically, ..."
      .put("e-putin-no-need-2", DIRECT_QUOTATION)
      // Gabuev quotes Putin: "It is possible to imagine anything ..."
      .put("e-putin-not-rule-out-1", DIRECT_QUOTATION)
      // The Moscow Times: "Putin said Thursday that ... the Associated Press reported"
      .put("e-putin-not-rule-out-2", REPORTED_SPEECH)
      // The Moscow Times' headline: "... 'Quite Possible,' Putin Says"
      .put("e-putin-not-rule-out-3", REPORTED_SPEECH)
      // The Moscow Times: "... could someday deepen further, he added, noting: 'The time will show
      // ...'": the sentence is the paper's, which reports what he said and quotes him inside it (as
      // the weight's reported-words rule W1r has it)
      .put("e-putin-ties-deepen-1", REPORTED_SPEECH)
      // the paper: "defense ministers agreed that NATO was becoming ..."
      .put("e-shared-anti-us-3", REPORTED_SPEECH)
      // the paper quotes the joint statement of June 2016 as written
      .put("e-shared-anti-us-4", DIRECT_QUOTATION)
      // Gabuev: "The president-elect considers China to be a 'serious competitor' ..."
      .put("e-us-will-focus-1", REPORTED_SPEECH)
      // The Moscow Times: "Putin said that Russia has stepped up military cooperation ..."
      .put("e-coop-deepened-2", REPORTED_SPEECH)
      // The Moscow Times quotes Putin: "Without any doubt, our cooperation ..."
      .put("e-tech-sharing-1", DIRECT_QUOTATION)
      // the paper: "Chinese media reports have noted that Russia is more cautious ..."
      .put("e-tech-sharing-3", REPORTED_SPEECH)
      // Gabuev: "Under U.S. President Barack Obama, many senior officials believed that ..."
      .put("e-mistrust-today-5", REPORTED_SPEECH)
      // Gabuev, the same officials' view: "there are fears in Russia of ..."
      .put("e-far-east-fears-2", REPORTED_SPEECH)
      // Gabuev: "Putin and senior Russian officials — and the Chinese leadership, too — have always
      // stated clearly that ...": many statements, summarised
      .put("e-leaders-disavow-1", REPORTED_SPEECH)
      .build();

  // ------------------------------------------------------------------ theses

  private static final StatementId THESIS = StatementId.of("t-no-alliance");
  private static final StatementId VALDAI = StatementId.of("t-valdai-signal");
  private static final StatementId DEPENDENCE = StatementId.of("t-dependence");
  private static final StatementId COOPERATION = StatementId.of("t-coop-trajectory");

  private final List<Source> sources = new ArrayList<>();
  private final List<Statement> statements = new ArrayList<>();
  private final List<Argument> arguments = new ArrayList<>();
  private final List<Evidence> evidence = new ArrayList<>();
  private String currentTag = "";

  private RussiaChinaAlliance() {}

  /**
   * Builds the map.
   *
   * @return the validated map
   * @throws dev.argmap.model.InvalidMapException if the map breaks a rule (a bug in this class)
   */
  static ArgumentMap build() {
    RussiaChinaAlliance m = new RussiaChinaAlliance();
    m.sources();
    m.theses();
    m.history();
    m.mistrust();
    m.culture();
    m.interests();
    m.chinaPolicy();
    m.west();
    m.asymmetry();
    m.dependence();
    m.partnership();
    m.leaders();
    m.outlook();
    m.valdai();
    m.cooperation();
    m.experts();
    return ArgumentMap.builder()
        .title("Will Russia and China form a formal military alliance?")
        .description("Both sides of the question as five documents argue it: Alexander Gabuev's "
            + "Carnegie commentary (2020, two copies), The Moscow Times report of Putin's Valdai "
            + "remarks (October 2020, citing the Associated Press), an anonymous academic paper "
            + "on Chinese-Russian security relations (about 2017, with the works it cites) and "
            + "Rácz and Hrytsenko's report Partnership Short of Alliance (2025). Main thesis: "
            + "there will be no formal, mutual-defence alliance; sub-theses on what Putin's "
            + "Valdai remark is for, on Russia's dependence on China and on where military "
            + "cooperation is heading.")
        .addTheses(THESIS, VALDAI, DEPENDENCE, COOPERATION)
        .addStatements(m.statements)
        .addArguments(m.arguments)
        .addEvidence(m.evidence)
        .addSources(m.sources)
        .build();
  }

  // ------------------------------------------------------------------ sources

  /** The five documents' three sources, the wire report and the works the paper cites. */
  private void sources() {
    sources.add(Source.builder()
        .id(GABUEV)
        .kind(SourceKind.COMMENTARY)
        .title("Is Putin Really Considering a Military Alliance With China?")
        .addAuthors(Person.of("Alexander Gabuev"))
        .publisher("Carnegie Moscow Center")
        .date(PartialDate.ofYear(2020))
        .addLinks(URI.create("https://carnegie.ru/commentary/80136"))
        .addCopies(
            SourceCopy.builder()
                .id(GABUEV_CARNEGIE)
                .document("000_739bb4e0fce2ff61.txt")
                .description("PDF-to-text copy of the Carnegie Moscow Center original, with the "
                    + "article's source links (placed mid-text by the conversion)")
                .link(URI.create("https://carnegie.ru/commentary/80136"))
                .build(),
            SourceCopy.builder()
                .id(GABUEV_BLOG)
                .document("001_81f8592f73772165.txt")
                .description("Blog repost of the commentary")
                .date(PartialDate.of(2020, 12, 5))
                .build())
        .credibility(0.80)
        .notes("Rule C1: named specialist writing for a research institution, 0.80. One source "
            + "with two copies, never counted twice. Dated to the year only: the text places it "
            + "after the US election of November 2020 (it calls Biden the president-elect) and "
            + "the blog repost is dated 5 December 2020, so the month is not certain.")
        .build());
    sources.add(Source.builder()
        .id(MOSCOW_TIMES)
        .kind(SourceKind.NEWS_REPORT)
        .title("Russia-China Military Alliance ‘Quite Possible,’ Putin Says")
        .publisher("The Moscow Times")
        .date(PartialDate.ofYearMonth(2020, 10))
        .addCopies(SourceCopy.builder()
            .id(MOSCOW_TIMES_WEB)
            .document("002_da328e9b058992b3.txt")
            .description("Web page copy of the report, with the publisher's appeal to readers")
            .build())
        .credibility(0.75)
        .notes("Rule C4: news outlet reporting a speech through a wire service, 0.75. No byline "
            + "in the text, so no author. The text gives no date; its Thursday session of the "
            + "Valdai Discussion Club, several weeks before the US election of November 2020, "
            + "places it in October 2020. Putin is the speaker of the words it reports; it "
            + "credits the Associated Press, recorded as the cited work.")
        .build());
    sources.add(Source.builder()
        .id(AP)
        .kind(SourceKind.WIRE_REPORT)
        .publisher("Associated Press")
        .date(PartialDate.ofYearMonth(2020, 10))
        .credibility(0.85)
        .notes("Rule C4w: wire agency as the first reporter of a speech, 0.85. Known only from "
            + "The Moscow Times, which says the Associated Press reported Putin's remarks; no "
            + "title, author or copy is at hand.")
        .build());
    sources.add(Source.builder()
        .id(PAPER)
        .kind(SourceKind.ACADEMIC_PAPER)
        .date(PartialDate.ofYear(2017))
        .addCopies(SourceCopy.builder()
            .id(PAPER_TEXT)
            .document("003_e55628629b90394f.txt")
            .description("Plain-text copy of the paper: abstract and chapters 1 to 5 with "
                + "footnotes, some footnotes lost at page breaks; no title page")
            .build())
        .credibility(0.70)
        .notes("Rule C2a: footnoted scholarly work whose author and venue are unknown, "
            + "0.75 - 0.05 = 0.70. The text names no author and no title, so none are recorded. "
            + "Dated about 2017: it cites sources accessed in November 2016 and discusses the "
            + "transition to the Trump administration in January 2017.")
        .build());
    sources.add(Source.builder()
        .id(RACZ)
        .kind(SourceKind.POLICY_REPORT)
        .title("Partnership Short of Alliance: Military Cooperation Between Russia and China")
        .addAuthors(Person.of("András Rácz"), Person.of("Alina Hrytsenko"))
        .date(PartialDate.ofYear(2025))
        .addCopies(SourceCopy.builder()
            .id(RACZ_BLOG)
            .document("004_f894bd2a5c4c4182.txt")
            .description("Blog repost of the report's executive summary")
            .date(PartialDate.of(2025, 7, 9))
            .build())
        .credibility(0.80)
        .notes("Rule C1: named specialists writing a policy report, 0.80. The text names no "
            + "publisher; it speaks of early 2025 and the repost is dated 9 July 2025.")
        .build());

    // Works cited by the paper, with what its footnotes give.
    sources.add(cited(ROZMAN, SourceKind.BOOK, "The Sino-Russian Challenge to the World Order",
        "Woodrow Wilson Center Press", PartialDate.ofYear(2014), 0.80,
        "Rule C3: academic-press book, full citation, 0.80. Footnote 2 of chapter 1: Gilbert "
            + "Rozman (Washington DC: Woodrow Wilson Center Press, 2014), 267.",
        "Gilbert Rozman"));
    sources.add(cited(DITTMER, SourceKind.ACADEMIC_PAPER, "The Sino-Russian Strategic Partnership",
        "Journal of Contemporary China", PartialDate.ofYear(2001), 0.80,
        "Rule C3: journal article, full citation, 0.80. Footnote 1 of chapter 2: Journal of "
            + "Contemporary China, Vol. 10, No. 28 (2001): 399.",
        "Lowell Dittmer"));
    sources.add(cited(CHENG, SourceKind.BOOK, "A History of Sino-Russian Relations",
        "Public Affairs Press", PartialDate.ofYear(1957), 0.75,
        "Rule C3o: book, full citation, published before 1970, 0.80 - 0.05 = 0.75. Footnote 3 "
            + "of chapter 2 (Washington DC: Public Affairs Press, 1957).",
        "Tien-Fong Cheng"));
    sources.add(cited(ROTNEM, SourceKind.ACADEMIC_PAPER,
        "The Sino-Russian Strategic Axis: Partners Now, Rivals in History", "Praeger",
        PartialDate.ofYear(2014), 0.80,
        "Rule C3: chapter in an edited academic volume, full citation, 0.80. Footnote 4 of "
            + "chapter 2: in China and International Security, Volume 1 (Santa Barbara: "
            + "Praeger, 2014).",
        "Thomas Rotnem"));
    sources.add(cited(MAXWELL, SourceKind.ACADEMIC_PAPER,
        "How the Sino-Russian Boundary Conflict Was Finally Settled", "Critical Asian Studies",
        PartialDate.ofYearMonth(2007, 6), 0.80,
        "Rule C3: journal article, full citation, 0.80. Footnote 7 of chapter 2: Critical Asian "
            + "Studies, Vol. 39, No. 2 (June 2007): 231.",
        "Neville Maxwell"));
    sources.add(cited(BOWDEN, SourceKind.ACADEMIC_PAPER,
        "Soviet Military Aid to Nationalist China, 1923-41", "Frederick A. Praeger Publishers",
        PartialDate.ofYear(1966), 0.75,
        "Rule C3o: chapter, full citation, published before 1970, 0.75. Footnote 14 of chapter "
            + "2: in Sino-Soviet Military Relations (New York: Frederick A. Praeger Publishers, "
            + "1966).",
        "James C. Bowden"));
    sources.add(cited(GARTHOFF, SourceKind.ACADEMIC_PAPER,
        "Sino-Soviet Military Relations, 1945-66", "Frederick A. Praeger Publishers",
        PartialDate.ofYear(1966), 0.75,
        "Rule C3o: chapter, full citation, published before 1970, 0.75. Footnote 17 of chapter "
            + "2: in Sino-Soviet Military Relations (New York: Frederick A. Praeger Publishers, "
            + "1966).",
        "Raymond L. Garthoff"));
    sources.add(cited(DENG, SourceKind.ACADEMIC_PAPER,
        "Embracing the Polar Bear?—Sino-Russian Relations in the 1990s",
        "Journal of Third World Studies", PartialDate.ofYear(2002), 0.80,
        "Rule C3: journal article, full citation, 0.80. Footnote 20 of chapter 2: Journal of "
            + "Third World Studies Vol. 19, No. 2 (Fall 2002), 114.",
        "Peng Deng"));
    sources.add(Source.builder()
        .id(KUCHINS)
        .kind(SourceKind.BOOK)
        .title("Russia after the Fall")
        .addAuthors(Person.of("Andrew C. Kuchins"))
        .publisher("Carnegie Endowment for International Peace")
        .credibility(0.60)
        .notes("Rule C5: incomplete citation, 0.60. Footnote 2 of chapter 4 is cut off by a page "
            + "break after the publisher, so the year is not in the text and is left out.")
        .build());
    sources.add(cited(YEUNG_BJELAKOVIC, SourceKind.ACADEMIC_PAPER,
        "The Sino-Russian Strategic Partnership: Views from Beijing and Moscow",
        "Journal of Slavic Military Studies", PartialDate.ofYear(2010), 0.80,
        "Rule C3: journal article, full citation, 0.80. Footnote 6 of chapter 4: Journal of "
            + "Slavic Military Studies, Vol. 23, No. 2 (April-June 2010): 254.",
        "Christina Yeung", "Nebojsa Bjelakovic"));
    sources.add(Source.builder()
        .id(ODGAARD)
        .kind(SourceKind.OTHER)
        .addAuthors(Person.of("Odgaard"))
        .credibility(0.60)
        .notes("Rule C5: incomplete citation, 0.60. Cited only as Odgaard, 103-104 and Odgaard, "
            + "105 (footnotes 20 and 35 of chapter 4); the full reference is not in the text, so "
            + "kind, title and date are unknown.")
        .build());
    sources.add(Source.builder()
        .id(BLANK)
        .kind(SourceKind.ACADEMIC_PAPER)
        .title("The Context of Russo-Chinese Military Relations")
        .addAuthors(Person.of("Blank"))
        .credibility(0.60)
        .notes("Rule C5: incomplete citation, 0.60. Cited as Blank, \"The Context of "
            + "Russo-Chinese Military Relations,\" 251 and 244 (footnotes 21-22 of chapter 4); "
            + "the quoted title marks an article or chapter; venue and year are not in the text.")
        .build());
    sources.add(Source.builder()
        .id(CHINA_NMS_2015)
        .kind(SourceKind.OFFICIAL_DOCUMENT)
        .title("National Military Strategy")
        .date(PartialDate.ofYear(2015))
        .credibility(0.90)
        .notes("Rule C6: official document as the record of a stated policy, 0.90. China's "
            + "national military strategy of 2015 as the paper names and quotes it; the "
            + "paper's footnote for it is not in the text.")
        .build());
  }

  private static Source cited(SourceId id, SourceKind kind, String title, String publisher,
      PartialDate date, double credibility, String notes, String... authors) {
    Source.Builder b = Source.builder()
        .id(id)
        .kind(kind)
        .title(title)
        .publisher(publisher)
        .date(date)
        .credibility(credibility)
        .notes(notes);
    for (String author : authors) {
      b.addAuthors(Person.of(author));
    }
    return b.build();
  }

  // ------------------------------------------------------------------ theses

  /** The main thesis and the three sub-theses the documents argue about. */
  private void theses() {
    thesis("t-no-alliance",
        "No formal alliance",
        "Russia and China will not form a formal military alliance with each other.",
        "Main thesis. \"Formal military alliance\" means an institutionalised, treaty-based "
        + "alliance with a mutual-defence obligation, such as the 1950 Sino-Soviet Treaty of "
        + "Friendship, Alliance and Mutual Assistance, as opposed to the strategic "
        + "partnership, arms trade and joint exercises the two already have. \"Will not\" is "
        + "read as the documents read it: an alliance is unlikely in the foreseeable future "
        + "(the paper of c. 2017 and the 2025 report say \"unlikely\" and \"extremely "
        + "unlikely\"; Putin in 2020 would not rule it out).");
    thesis("t-valdai-signal",
        "Valdai remark may be about the West",
        "The explanation for Putin's refusal at the 2020 Valdai meeting to rule out a military "
        + "alliance with China may lie in Russia's relations with the West rather than in its "
        + "relationship with China.",
        "Sub-thesis about what Putin's October 2020 Valdai remark is for, stated at Gabuev's "
        + "own strength: the explanation \"may lie not in Russia's relationship with China, "
        + "but with the West\". Second edition: the first edition read \"was aimed mainly at "
        + "the West rather than announcing a real plan\", which dropped Gabuev's hedge and "
        + "added a claim he does not make (he warns that the next step could resemble an "
        + "alliance). The Moscow Times report presents the remark at face value, with Putin "
        + "saying military ties could deepen further. If true, the sub-thesis undercuts the "
        + "inference from Putin's remark to a coming alliance.");
    thesis("t-dependence",
        "Dependence could give Beijing leverage",
        "If Russia's relations with the West keep deteriorating and its reliance on China keeps "
        + "growing, Beijing could gain the means to put pressure on Moscow.",
        "Sub-thesis, argued by Gabuev (2020) with support from the c. 2017 paper and the 2025 "
        + "report, stated as Gabuev states it: conditionally, for the next ten to fifteen "
        + "years (\"if relations with the EU and United States continue to deteriorate ... "
        + "then Beijing could end up with the means to put pressure on Moscow\"); the first "
        + "edition dropped the condition. Gabuev also reports the Moscow view, which he finds "
        + "justified for now, that the dependence is not yet critical. The sub-thesis bears "
        + "on the main thesis through Russia's wariness of becoming China's junior partner; "
        + "the same dependence, read by Gabuev and by Rácz and Hrytsenko as part of a "
        + "deepening partnership, also bears against the main thesis (arguments "
        + "a-reliance-binds and a-sole-source-coop).");
    thesis("t-coop-trajectory",
        "Cooperation heading for alliance",
        "The deepening military cooperation between Russia and China is moving them toward a "
        + "military alliance.",
        "Sub-thesis about the direction of military cooperation (arms, technology, exercises, "
        + "exchanges). Gabuev and Putin see room for it to deepen toward something "
        + "resembling an alliance; the c. 2017 paper and the 2025 report judge the "
        + "cooperation limited and the exercises partly for show.");
  }

  /** History: centuries of border wars, unequal treaties and a failed alliance. */
  private void history() {
    tag("history");
    statement("p-history-mistrust", "History of mistrust",
        "For most of their long history, relations between Russia and China have been marked "
        + "by suspicion, mistrust and conflict.",
        null);
    add(quote("e-history-mistrust-1", "p-history-mistrust",
        PAPER, PAPER_TEXT, 2472, 2673, 0.70,
        "The long, complicated history of the security relationship between China and Russia "
        + "is defined largely by suspicion and distrust, and marked by brief periods of both "
        + "cooperation and sharp conflict.",
        "rule W3 expert judgement 0.70; weight 0.70"));
    add(quote("e-history-mistrust-2", "p-history-mistrust",
        PAPER, PAPER_TEXT, 6496, 6620, 0.70,
        "but the long history of suspicion, mistrust, and conflict between these two nations "
        + "works against a formal defense pact.",
        "rule W3 expert judgement 0.70; weight 0.70"));

    statement("p-border-conflict", "Bloody border",
        "Their long and often disputed border caused repeated bloodshed, from "
        + "seventeenth-century battles on the Amur to the 1969 clash on the Ussuri River.",
        null);
    add(quote("e-border-conflict-1", "p-border-conflict",
        PAPER, PAPER_TEXT, 2674, 2977, 0.80,
        "Much of the historical conflict between the two nations has centered on their lengthy "
        + "and often disputed boundary. Bloodshed has frequently resulted, including the "
        + "significant conflict on the Ussuri River boundary in 1969, which threatened to "
        + "explode into a war between China and the Soviet Union.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));
    add(quote("e-border-conflict-2", "p-border-conflict",
        PAPER, PAPER_TEXT, 10844, 11053, 0.85,
        "By the end of the 1650s, Manchu forces claimed victory in a decisive battle against "
        + "the Russians, killing 270 Russian Soldiers and their commander, virtually halting "
        + "the Russian penetration for a decade.",
        "rule W2 documented fact with a cited work 0.85; weight 0.85. Footnote 6: Rotnem, 182")
        .citedWork(ROTNEM));

    statement("p-unequal-treaties", "Land taken from a weak China",
        "Russia repeatedly exploited periods of Chinese weakness to take Chinese territory, "
        + "notably through the treaties of 1858 and 1860 that China calls unequal.",
        null);
    add(quote("e-unequal-treaties-1", "p-unequal-treaties",
        PAPER, PAPER_TEXT, 8407, 8627, 0.70,
        "As Russia realized its expansionist ambitions in the Far East, it often pursued a "
        + "“free rider” strategy, taking advantage of periods of Chinese weakness and "
        + "distraction in order to satisfy its territorial appetite.",
        "rule W3 expert judgement 0.70; weight 0.70. Footnote 1 of chapter 2: Dittmer, 399")
        .citedWork(DITTMER));
    add(quote("e-unequal-treaties-2", "p-unequal-treaties",
        PAPER, PAPER_TEXT, 15072, 15177, 0.85,
        "China had lost land and privileges to Russia, without gaining any true concessions "
        + "from the other side.",
        "rule W2 documented fact with a cited work 0.85; weight 0.85. Footnote 11: Tien-Fong "
        + "Cheng, 37")
        .citedWork(CHENG));
    add(quote("e-unequal-treaties-3", "p-unequal-treaties",
        PAPER, PAPER_TEXT, 16746, 16966, 0.75,
        "These views and the failure of the Soviets to follow through on the Karakhan "
        + "declaration raised the ire of many Chinese elites and gave them a resolve to "
        + "ultimately regain these lands that the Russians now possessed.",
        "rule W2 documented fact with a cited work 0.85; P partial or indirect -0.10; weight "
        + "0.75. Footnote 13: Ibid. (Maxwell, 234)")
        .citedWork(MAXWELL));

    statement("p-soviet-self-interest", "Soviet self-interest",
        "Even as a fellow communist power, the Soviet Union repeatedly put its own interests "
        + "before China's.",
        null);
    add(quote("e-soviet-self-interest-1", "p-soviet-self-interest",
        PAPER, PAPER_TEXT, 19900, 20114, 0.70,
        "The Soviet Union proved on numerous occasions that, despite ideological fraternalism, "
        + "it was willing to sacrifice the interests of the Chinese Communists in favor of "
        + "its own coldly calculated national interest.",
        "rule W3 expert judgement 0.70; weight 0.70. Footnote 19: Bowden, 44")
        .citedWork(BOWDEN));
    add(quote("e-soviet-self-interest-2", "p-soviet-self-interest",
        PAPER, PAPER_TEXT, 19408, 19621, 0.60,
        "Some evidence suggests that Stalin urged the Chinese Communists to form a coalition "
        + "with the Nationalists, giving weight to the notion that Stalin preferred a weak "
        + "China over which he had significant leverage.",
        "rule W3 expert judgement 0.70; H hedged in the quote -0.10; weight 0.60. Footnote 17: "
        + "Garthoff, 82-83")
        .citedWork(GARTHOFF));

    statement("p-1950-alliance-failed", "The 1950 alliance failed",
        "Their formal alliance under the 1950 Sino-Soviet treaty was uneasy from the start and "
        + "broke down within a decade in the Sino-Soviet split.",
        null);
    add(quote("e-1950-alliance-failed-1", "p-1950-alliance-failed",
        PAPER, PAPER_TEXT, 4168, 4323, 0.80,
        "This honeymoon was short, and by 1960 the two nations had acrimoniously parted ways "
        + "in the Sino-Soviet split, returning to their historical antagonism.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));
    add(quote("e-1950-alliance-failed-2", "p-1950-alliance-failed",
        PAPER, PAPER_TEXT, 24354, 24475, 0.70,
        "The Chinese were very much the junior partner in the arrangement, which Mao had "
        + "described as a “product of quarrels.”",
        "rule W3 expert judgement 0.70; weight 0.70. Footnote 28 (Deng, 114-115) closes the "
        + "passage; Mao is quoted for \"product of quarrels\"")
        .speaker(MAO)
        .citedWork(DENG));
    add(quote("e-1950-alliance-failed-3", "p-1950-alliance-failed",
        PAPER, PAPER_TEXT, 25438, 25680, 0.75,
        "the Soviets apparently disclosed conditions for their assistance in the nuclear "
        + "arena, which would require the Chinese to cede control of their nuclear arsenal "
        + "in a joint enterprise with the Soviets. The Chinese rejected these conditions.",
        "rule W2 documented fact with a cited work 0.85; H hedged in the quote -0.10; weight "
        + "0.75. Footnote 29: Garthoff, 90")
        .citedWork(GARTHOFF));

    statement("p-1950-treaty", "They were formally allied once",
        "In 1950 the Soviet Union and China signed a Treaty of Friendship, Alliance and Mutual "
        + "Assistance, a formal mutual-defence pact under which they cooperated closely in the "
        + "1950s.",
        "Second edition. The same history that the map reads as a record of mistrust also "
        + "holds a precedent: a formal alliance between them has existed before. That it "
        + "broke down within a decade is p-1950-alliance-failed, mapped under a-1950.");
    add(quote("e-1950-treaty-1", "p-1950-treaty",
        PAPER, PAPER_TEXT, 21928, 22055, 0.70,
        "The result of these discussions was the Treaty of Friendship, Mutual Assistance, and "
        + "Alliance, signed on February 14, 1950.",
        "rule W2u documented fact without a traceable citation 0.80; P partial or indirect "
        + "-0.10; weight 0.70. The paper's footnote 22 belongs to the next sentence (the "
        + "loan), so no cited work. Weights re-checked: the quote gives the signing but not "
        + "the close cooperation under the treaty (e-1950-treaty-2 gives that), so P applies "
        + "(was 0.80)"));
    add(quote("e-1950-treaty-2", "p-1950-treaty",
        PAPER, PAPER_TEXT, 4961, 5067, 0.80,
        "Not since the 1950s, when China and the Soviet Union actively cooperated under their "
        + "mutual defense pact",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80. The first "
        + "half of the sentence that e-coop-deepened-1 quotes whole; here it is evidence of "
        + "the 1950s pact, there of today's closeness"));

    statement("p-cold-war-hostility", "Cold War rivals",
        "After the split the two were bitter rivals: Moscow weighed a preemptive strike on "
        + "China's nuclear programme in 1964, and China turned to the United States against "
        + "the Soviet Union.",
        null);
    add(quote("e-cold-war-hostility-1", "p-cold-war-hostility",
        PAPER, PAPER_TEXT, 27384, 27640, 0.80,
        "Mao’s callousness at the potential costs of nuclear war concerned the Soviets to the "
        + "point that, in 1964, they considered a preemptive strike to destroy China’s "
        + "nuclear capabilities after the Chinese had successfully tested their first atomic "
        + "device.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));
    add(quote("e-cold-war-hostility-2", "p-cold-war-hostility",
        PAPER, PAPER_TEXT, 30195, 30413, 0.80,
        "As a response to the Soviet buildup on their border in the late 1960s, the Chinese "
        + "made a decidedly realist move and agreed to rapprochement with a powerful "
        + "adversary of their Russian adversary—the United States.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));

    statement("p-present-aberration", "Today is the exception",
        "The present period of close cooperation is an exception in the long and troubled "
        + "history of Russian-Chinese relations.",
        null);
    add(quote("e-present-aberration-1", "p-present-aberration",
        PAPER, PAPER_TEXT, 73363, 73500, 0.60,
        "One must remember that the present period of relative harmony is an aberration in the "
        + "long, troubled history of China-Russia relations.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));
    add(quote("e-present-aberration-2", "p-present-aberration",
        PAPER, PAPER_TEXT, 13, 194, 0.60,
        "The two large and powerful nations of China and Russia are currently engaged in a "
        + "strategic partnership which is an aberration in the troubled history between the "
        + "two countries.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));

    // arguments
    argument("a-history", SUPPORTS, st("t-no-alliance"), 0.50,
        "argument from historical pattern",
        "A history of mistrust works against an alliance",
        "rule A5 historical pattern or trend 0.50; weight 0.50. Drawn by the c. 2017 paper "
        + "(abstract, chapters 1 and 4). Second edition: the only path from the history to "
        + "the thesis; the first edition also ran it through present mistrust "
        + "(a-history-mistrust, removed), which counted the same reason twice.",
        "p-history-mistrust");
    argument("a-u-1950", ATTACKS, arg("a-history"), 0.40,
        "undercutter (counterexample)",
        "A history of mistrust did not stop the 1950 alliance",
        "rule A5 historical pattern or trend 0.50; i implicit in the source -0.10; weight 0.40. "
        + "Second edition. The c. 2017 paper records the 1950 treaty and the close "
        + "cooperation under it (chapters 1 and 2) alongside the mistrust before and after; "
        + "that the precedent cuts the step from a history of mistrust to no alliance is "
        + "implicit. Its failure within a decade (p-1950-alliance-failed) already counts for "
        + "the thesis under a-1950 and is not mapped a second time as a reply.",
        "p-1950-treaty");
    argument("a-u-aberration", ATTACKS, arg("a-coop-record"), 0.50,
        "undercutter",
        "Today's closeness is an exception, not a trend",
        "rule A5 historical pattern or trend 0.50; weight 0.50. The c. 2017 paper: the present "
        + "harmony is an aberration in a troubled history.",
        "p-present-aberration");
    argument("a-border", SUPPORTS, st("p-history-mistrust"), 0.60,
        "argument from instance",
        "Border wars",
        "rule A6 instance of the general claim 0.60; weight 0.60. The c. 2017 paper, chapters "
        + "1 and 2.",
        "p-border-conflict");
    argument("a-treaties", SUPPORTS, st("p-history-mistrust"), 0.60,
        "argument from instance",
        "Unequal treaties",
        "rule A6 instance of the general claim 0.60; weight 0.60. The c. 2017 paper, chapter 2.",
        "p-unequal-treaties");
    argument("a-soviet", SUPPORTS, st("p-history-mistrust"), 0.60,
        "argument from instance",
        "Soviet self-interest",
        "rule A6 instance of the general claim 0.60; weight 0.60. The c. 2017 paper, chapter 2.",
        "p-soviet-self-interest");
    argument("a-1950", SUPPORTS, st("p-history-mistrust"), 0.60,
        "argument from instance",
        "The failed 1950 alliance",
        "rule A6 instance of the general claim 0.60; weight 0.60. The c. 2017 paper, chapter 2.",
        "p-1950-alliance-failed");
    argument("a-coldwar", SUPPORTS, st("p-history-mistrust"), 0.60,
        "argument from instance",
        "Cold War hostility",
        "rule A6 instance of the general claim 0.60; weight 0.60. The c. 2017 paper, chapter 2.",
        "p-cold-war-hostility");
  }

  /** Mistrust today: threat perceptions, doubts, the Far East. */
  private void mistrust() {
    tag("mistrust");
    statement("p-mistrust-today", "Mistrust persists",
        "Mutual mistrust still lies beneath the warm public displays of friendship between "
        + "Russia and China.",
        "Second edition: \"Deep\" dropped; the paper speaks of mistrust that \"still "
        + "underlies their relations\" and of \"an undercurrent of distrust\", not of deep "
        + "mistrust.");
    add(quote("e-mistrust-today-1", "p-mistrust-today",
        PAPER, PAPER_TEXT, 72438, 72576, 0.60,
        "For all the handshakes and hugs between Chinese and Russian leaders, mistrust between "
        + "the two countries still underlies their relations.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));
    add(quote("e-mistrust-today-2", "p-mistrust-today",
        PAPER, PAPER_TEXT, 7741, 7849, 0.50,
        "Consequently, their relationship may be “warm on the outside, tepid on the inside, "
        + "and chilly underneath.”",
        "rule W3 expert judgement 0.70; H hedged in the quote -0.10; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.50. Footnote 2 of chapter 1: Rozman, 267")
        .citedWork(ROZMAN));
    add(quote("e-mistrust-today-3", "p-mistrust-today",
        PAPER, PAPER_TEXT, 66440, 66567, 0.60,
        "An undercurrent of distrust exists in the Chinese-Russian relationship. Given their "
        + "history, such mistrust is understandable.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));
    add(quote("e-mistrust-today-4", "p-mistrust-today",
        RACZ, RACZ_BLOG, 1554, 1630, 0.60,
        "Limited trust is also reflected in the joint Russian-Sino military exercises",
        "rule W3 expert judgement 0.70; P partial or indirect -0.10; weight 0.60"));
    add(quote("e-mistrust-today-5", "p-mistrust-today",
        GABUEV, GABUEV_CARNEGIE, 5653, 5836, 0.50,
        "Under U.S. President Barack Obama, many senior officials believed that there wasn’t "
        + "much to it and that the rapprochement was insincere, since the two countries "
        + "don’t trust each other",
        "rule W4 second-hand view of unnamed others 0.60; D1 dated, a state of affairs of c. "
        + "2017 or earlier -0.10; weight 0.50. View of unnamed Obama-era US officials as "
        + "Gabuev reports it, not his own: he goes on that the Trump administration took the "
        + "rapprochement more seriously and that its actions only strengthened the "
        + "Russia-China axis. Second edition: the view dates from the Obama years (to January "
        + "2017), the time of the c. 2017 paper, so D1 replaces D2 (weight 0.55). Weights "
        + "re-checked: the second edition changed these notes but left the number at 0.55; "
        + "it is now the 0.50 they state")
        .speaker(OBAMA_OFFICIALS));

    statement("p-russia-suspicious", "Russia plans against China",
        "Russia's military still treats a rising China as a potential long-term threat.", null);
    add(quote("e-russia-suspicious-1", "p-russia-suspicious",
        PAPER, PAPER_TEXT, 66906, 67133, 0.75,
        "For example, in Russian military exercises in 2010 and 2013, the scenario postulated "
        + "the United States, Japan, and China as enemies, with the 2010 exercise including "
        + "a simulated tactical nuclear launch against PLA forces.",
        "rule W2 documented fact with a cited work 0.85; D1 dated, present-tense claim of c. "
        + "2017 -0.10; weight 0.75. Footnotes 21-22: Blank, \"The Context of Russo-Chinese "
        + "Military Relations,\" 251 and 244")
        .citedWork(BLANK));
    add(quote("e-russia-suspicious-2", "p-russia-suspicious",
        PAPER, PAPER_TEXT, 67504, 67716, 0.60,
        "Russia’s distrust of China as it rises is also manifest in its reluctance to sell its "
        + "most advanced weapon systems to China because of concern over a potential future "
        + "Chinese security threat to its interests.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));

    statement("p-china-doubts-russia", "China doubts Russia",
        "China believes that Russia leans toward the West and will always put its Western "
        + "relations before its ties with China.",
        null);
    add(quote("e-china-doubts-russia-1", "p-china-doubts-russia",
        PAPER, PAPER_TEXT, 66568, 66758, 0.60,
        "China believes that Russia has the propensity to lean towards and focus on the West, "
        + "and that Russian relations with the West will always take precedence over their "
        + "relations with China.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60. Footnote 20: Odgaard, 103-104")
        .citedWork(ODGAARD));

    statement("p-spy-cases", "Espionage prosecutions",
        "Russia has prosecuted a wave of its own scientists accused of passing state secrets "
        + "to China.",
        null);
    add(quote("e-spy-cases-1", "p-spy-cases",
        MOSCOW_TIMES, MOSCOW_TIMES_WEB, 1776, 1963, 0.80,
        "Putin’s comments on sharing sensitive technology with China come amid a wave of "
        + "criminal prosecutions against Russian scientists accused of passing state secrets "
        + "to China in recent years.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80. The report's "
        + "own background, not attributed to AP"));

    statement("p-far-east-fears", "Fear for the Far East",
        "Many Russians fear that Chinese migration into the thinly populated Russian Far East "
        + "could end with China taking the territory.",
        null);
    add(quote("e-far-east-fears-1", "p-far-east-fears",
        PAPER, PAPER_TEXT, 69889, 70050, 0.70,
        "a poll conducted in Primorski Krai in 2000 noted that 74 per cent of Far Eastern "
        + "Russians believe China will ultimately annex part or all of their territory.",
        "rule W2u documented fact without a traceable citation 0.80; P partial or indirect "
        + "-0.10; weight 0.70"));
    add(quote("e-far-east-fears-2", "p-far-east-fears",
        GABUEV, GABUEV_CARNEGIE, 5841, 5918, 0.50,
        "there are fears in Russia of a Chinese demographic expansion in its Far East.",
        "rule W4 second-hand view of unnamed others 0.60; D1 dated, a state of affairs of c. "
        + "2017 or earlier -0.10; weight 0.50. Part of the view Gabuev reports for Obama-era "
        + "US officials (see e-mistrust-today-5), not his own. Second edition: D1 replaces D2 "
        + "(weight 0.55) for the same reason. Weights re-checked: the number had stayed at "
        + "0.55; it is now the 0.50 the notes state")
        .speaker(OBAMA_OFFICIALS));

    statement("p-chinese-irredentism", "Chinese claims to the Far East",
        "Some Chinese believe that Far Eastern lands Russia gained under the "
        + "nineteenth-century unequal treaties rightfully belong to China, though Beijing "
        + "does not officially say so.",
        null);
    add(quote("e-chinese-irredentism-1", "p-chinese-irredentism",
        PAPER, PAPER_TEXT, 69426, 69772, 0.50,
        "there is some sentiment on the Chinese side to believe that some of Russia’s Far "
        + "Eastern lands, gained during “unequal treaties” in the nineteenth century, are "
        + "rightfully China’s, and there is a desire on the part of the Chinese population "
        + "to reclaim these lands, although this position is not officially shared by the "
        + "Chinese government.",
        "rule W4 second-hand view of unnamed others 0.60; D1 dated, present-tense claim of c. "
        + "2017 -0.10; weight 0.50"));

    // arguments
    argument("a-mistrust", SUPPORTS, st("t-no-alliance"), 0.75,
        "causal argument",
        "Present mistrust rules out the trust an alliance needs",
        "rule A2 stated causal or practical reasoning 0.65; c drawn by two independent sources "
        + "+0.10; weight 0.75. Drawn by the c. 2017 paper (chapters 4 and 5) and by Rácz and "
        + "Hrytsenko, who count limited trust among the limits that make an alliance "
        + "extremely unlikely.",
        "p-mistrust-today");
    argument("a-suspicious", SUPPORTS, st("p-mistrust-today"), 0.60,
        "argument from instance",
        "Russian war planning against China",
        "rule A6 instance of the general claim 0.60; weight 0.60. The c. 2017 paper, chapters "
        + "4 and 5.",
        "p-russia-suspicious");
    argument("a-doubts", SUPPORTS, st("p-mistrust-today"), 0.60,
        "argument from instance",
        "Chinese doubts about Russia",
        "rule A6 instance of the general claim 0.60; weight 0.60. The c. 2017 paper, citing "
        + "Odgaard.",
        "p-china-doubts-russia");
    argument("a-spy", SUPPORTS, st("p-mistrust-today"), 0.50,
        "argument from instance",
        "Espionage prosecutions",
        "rule A6 instance of the general claim 0.60; i implicit in the source -0.10; weight "
        + "0.50. The Moscow Times sets Putin's praise of technology sharing against the "
        + "espionage prosecutions; the link to mistrust is implicit.",
        "p-spy-cases");
    argument("a-far-east", SUPPORTS, st("p-mistrust-today"), 0.60,
        "argument from instance",
        "Fears for the Far East",
        "rule A6 instance of the general claim 0.60; weight 0.60. The c. 2017 paper, chapters "
        + "4 and 5; Gabuev reports the same fear.",
        "p-far-east-fears");
    argument("a-irredentism", SUPPORTS, st("p-mistrust-today"), 0.60,
        "argument from instance",
        "Chinese claims to Russian land",
        "rule A6 instance of the general claim 0.60; weight 0.60. The c. 2017 paper, chapter 4.",
        "p-chinese-irredentism");
  }

  /** Culture: little affinity between the societies. */
  private void culture() {
    tag("culture");
    statement("p-cultural-gap", "Cultural gap",
        "Russia and China are culturally far apart, and their ties are driven by political "
        + "elites with little support among ordinary people.",
        null);
    add(quote("e-cultural-gap-1", "p-cultural-gap",
        PAPER, PAPER_TEXT, 67721, 67877, 0.60,
        "China and Russia are largely incompatible in a cultural sense. Their relationship is "
        + "driven by strategic level elites and lacks support at the grassroots.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));
    add(quote("e-cultural-gap-2", "p-cultural-gap",
        PAPER, PAPER_TEXT, 68081, 68323, 0.70,
        "Each society harbors ingrained stereotypes about the other, and ties at the societal "
        + "level are minimal. Elites in China and Russia do not send their children to "
        + "university in Moscow and Beijing, but rather to Europe and the United States.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));

    // arguments
    argument("a-culture", SUPPORTS, st("t-no-alliance"), 0.65,
        "causal argument",
        "Cultural distance undermines a close bond",
        "rule A2 stated causal or practical reasoning 0.65; "
        + "weight 0.65. The c. 2017 paper, chapters 4 and 5: cultural incompatibility "
        + "precludes a truly close relationship. Weights re-checked: h dropped (was 0.55); "
        + "the paper draws the inference without a hedge (\"precludes\", \"ultimately "
        + "undermines the prospect\").",
        "p-cultural-gap");
  }

  /** Diverging interests, and the risk of being dragged into the partner's wars. */
  private void interests() {
    tag("interests");
    statement("p-interests-diverge", "Diverging interests",
        "Russian and Chinese national interests diverge in many areas.", null);
    add(quote("e-interests-diverge-1", "p-interests-diverge",
        GABUEV, GABUEV_CARNEGIE, 777, 855, 0.65,
        "Moscow and Beijing are well aware that their interests don’t always coincide.",
        "rule W3 expert judgement 0.70; D2 dated, present-tense claim of 2020 -0.05; weight "
        + "0.65"));
    add(quote("e-interests-diverge-2", "p-interests-diverge",
        PAPER, PAPER_TEXT, 59525, 59768, 0.60,
        "Additionally, there are numerous areas in which Chinese and Russian interests "
        + "diverge, particularly Asian regional issues. Consequently, the Chinese and "
        + "Russian governments work against each other in pursuit of their conflicting "
        + "interests.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));

    statement("p-china-no-recognition", "China rejects Russia's land grabs",
        "China has not recognised Russia's territorial gains in Georgia or Ukraine.", null);
    add(quote("e-china-no-recognition-1", "p-china-no-recognition",
        GABUEV, GABUEV_CARNEGIE, 856, 999, 0.75,
        "China, for example, does not recognize Abkhazia or South Ossetia as independent "
        + "nations, and officially considers Crimea to be part of Ukraine.",
        "rule W2u documented fact without a traceable citation 0.80; D2 dated, present-tense "
        + "claim of 2020 -0.05; weight 0.75"));
    add(quote("e-china-no-recognition-2", "p-china-no-recognition",
        RACZ, RACZ_BLOG, 1411, 1553, 0.80,
        "A prime example of the limits of Sino-Russian relations is Beijing’s refusal to "
        + "officially recognize any Russian territorial gains since 2014.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));

    statement("p-russia-scs", 
        "Russia neutral on South China Sea",
        "Russia does not back China's territorial claims in the South China Sea.",
        "The documents disagree: Gabuev (2020) says Russia stays out; the c. 2017 paper "
        + "reports both Russian backing for Vietnam and Russian support for China's position "
        + "in 2016.");
    add(quote("e-russia-scs-1", "p-russia-scs",
        GABUEV, GABUEV_CARNEGIE, 1000, 1125, 0.75,
        "Russia, for its part, doesn’t recognize Chinese claims to the South China Sea, and "
        + "stays out of China’s territorial disputes.",
        "rule W2u documented fact without a traceable citation 0.80; D2 dated, present-tense "
        + "claim of 2020 -0.05; weight 0.75"));
    add(quote("e-russia-scs-2", "p-russia-scs",
        PAPER, PAPER_TEXT, 64522, 64659, 0.70,
        "Russia has backed Vietnam against China in its maritime territorial claims, which "
        + "hinder Russia’s offshore energy projects in the area.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));
    add(against("e-russia-scs-3", "p-russia-scs",
        PAPER, PAPER_TEXT, 39503, 39743, 0.80,
        "the SCO foreign ministers met in Tashkent in May 2016 and issued a joint statement "
        + "that supported China’s position in the South China Sea, which was later "
        + "reinforced separately when the Russian Foreign Ministry reiterated its support.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));

    statement("p-russia-balances", "Russia hedges with India and Vietnam",
        "Russia hedges against China by cultivating India and Vietnam, to Beijing's open "
        + "displeasure.",
        null);
    add(quote("e-russia-balances-1", "p-russia-balances",
        PAPER, PAPER_TEXT, 64156, 64255, 0.70,
        "Russia has maintained strong relations with India as a balance against Chinese "
        + "regional ambitions",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));
    add(quote("e-russia-balances-2", "p-russia-balances",
        PAPER, PAPER_TEXT, 64662, 64887, 0.70,
        "China has also expressed disapproval of Russia’s military cooperation with Vietnam, "
        + "with Chinese media reports in 2012 calling Russia’s policies “unrighteous” and "
        + "warning Russia against its cooperation with “ill-doers.”",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70")
        .speaker(CHINESE_MEDIA));

    statement("p-econ-rivalry", "Economic rivalry",
        "Russia and China compete over energy transit, overland trade routes and influence in "
        + "Russia's traditional sphere.",
        null);
    add(quote("e-econ-rivalry-1", "p-econ-rivalry",
        PAPER, PAPER_TEXT, 65889, 66215, 0.70,
        "Russia has been quite reluctant to let energy pipelines transit solely through China "
        + "for fear of Chinese interests controlling sales and transit of energy, and both "
        + "nations are competing for overland trade routes and viewing infrastructure "
        + "investments in trade routes by the other country as a loss in a zero-sum game.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));
    add(quote("e-econ-rivalry-2", "p-econ-rivalry",
        PAPER, PAPER_TEXT, 66218, 66435, 0.80,
        "Russia viewed Xi Jinping’s announcement in 2013 of his “Silk Road Economic Belt” "
        + "concept with negativity, if not hostility, as it was seen to compete with "
        + "Russia’s interests in its traditional sphere of influence.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));

    statement("p-russia-violates-noninterference", "Russia breaks non-interference",
        "Russia's backing of separatists in Georgia and Ukraine breaks the non-interference "
        + "principle that China holds dear because of its own worries about Taiwan, Xinjiang "
        + "and Tibet.",
        null);
    add(quote("e-russia-violates-noninterference-1", "p-russia-violates-noninterference",
        PAPER, PAPER_TEXT, 65150, 65235, 0.70,
        "However, Russia has failed to adhere to this precept with some of its recent actions.",
        "rule W3 expert judgement 0.70; weight 0.70"));
    add(quote("e-russia-violates-noninterference-2", "p-russia-violates-noninterference",
        PAPER, PAPER_TEXT, 57108, 57391, 0.70,
        "China is particularly sensitive to outside interference in their internal issues, "
        + "especially concerning separatist movements like in Tibet, Xinjiang, and Taiwan, "
        + "to the point of objecting, at least privately, to Russian actions in support of "
        + "separatists in Georgia and Ukraine.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));

    statement("p-no-entrapment", "No wish to be dragged in",
        "Neither Russia nor China wants to risk being dragged into a major conflict over the "
        + "other's interests, such as Taiwan for Russia or Georgia and Ukraine for China.",
        null);
    add(quote("e-no-entrapment-1", "p-no-entrapment",
        GABUEV, GABUEV_CARNEGIE, 1126, 1224, 0.65,
        "Neither side wishes to risk getting drawn into a major conflict over the interests of "
        + "its partner.",
        "rule W3 expert judgement 0.70; D2 dated, present-tense claim of 2020 -0.05; weight "
        + "0.65"));
    add(quote("e-no-entrapment-2", "p-no-entrapment",
        PAPER, PAPER_TEXT, 63091, 63286, 0.50,
        "It is doubtful that Russia desires to be dragged into a military confrontation with "
        + "the U.S. over Taiwan, nor does China condone nor wish to be involved in Russia’s "
        + "recent military adventures",
        "rule W3 expert judgement 0.70; H hedged in the quote -0.10; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.50"));

    statement("p-alliance-means-defence", "Alliance means mutual defence",
        "A formal military alliance would normally oblige each partner to come to the other's "
        + "defence.",
        null);
    add(quote("e-alliance-means-defence-1", "p-alliance-means-defence",
        PAPER, PAPER_TEXT, 62929, 62997, 0.70,
        "A military alliance usually includes a provision for mutual defense.",
        "rule W3 expert judgement 0.70; weight 0.70"));

    // arguments
    argument("a-entrapment", SUPPORTS, st("t-no-alliance"), 0.80,
        "practical reasoning (linked)",
        "An alliance would entangle each in the other's wars, which neither wants",
        "rule A1 linked premises that together nearly settle the conclusion 0.80; h hedged "
        + "in the source -0.10; c drawn by two independent sources +0.10; weight 0.80. "
        + "The c. 2017 paper, chapter 4: an alliance usually means mutual defence, which "
        + "both see as against their interests; Gabuev makes the same point about the risk "
        + "of being drawn into the partner's conflicts. Weights re-checked: weight unchanged, "
        + "two rules added: the paper hedges (\"likely see a mutual defense pact as contrary "
        + "to their national interests\"), and Gabuev gives the same reason beside the "
        + "leaders' word that no alliance is on the agenda, as for a-interests.",
        "p-alliance-means-defence", "p-no-entrapment");
    argument("a-interests", SUPPORTS, st("t-no-alliance"), 0.75,
        "causal argument",
        "Diverging interests work against an alliance",
        "rule A2 stated causal or practical reasoning 0.65; c drawn by two independent sources "
        + "+0.10; weight 0.75. The c. 2017 paper, chapter 4; Rácz and Hrytsenko count "
        + "China's non-recognition of Russian gains among the limits; Gabuev lists the "
        + "diverging interests.",
        "p-interests-diverge");
    argument("a-nonrecog", SUPPORTS, st("p-interests-diverge"), 0.60,
        "argument from instance",
        "China will not back Russia's land grabs",
        "rule A6 instance of the general claim 0.60; weight 0.60. Gabuev and Rácz and "
        + "Hrytsenko.",
        "p-china-no-recognition");
    argument("a-scs", SUPPORTS, st("p-interests-diverge"), 0.60,
        "argument from instance",
        "Russia will not back China's sea claims",
        "rule A6 instance of the general claim 0.60; weight 0.60. Gabuev; the c. 2017 paper "
        + "reports evidence both ways.",
        "p-russia-scs");
    argument("a-balancing", SUPPORTS, st("p-interests-diverge"), 0.60,
        "argument from instance",
        "Russia balances against China",
        "rule A6 instance of the general claim 0.60; weight 0.60. The c. 2017 paper, chapter 4.",
        "p-russia-balances");
    argument("a-econ-rivalry", SUPPORTS, st("p-interests-diverge"), 0.60,
        "argument from instance",
        "Economic rivalry",
        "rule A6 instance of the general claim 0.60; weight 0.60. The c. 2017 paper, chapters "
        + "3 and 4.",
        "p-econ-rivalry");
    argument("a-noninterference", SUPPORTS, st("p-interests-diverge"), 0.60,
        "argument from instance",
        "Separatism divides them",
        "rule A6 instance of the general claim 0.60; weight 0.60. The c. 2017 paper, chapter 4.",
        "p-russia-violates-noninterference");
  }

  /** China's policy: no alliances, strategic autonomy. */
  private void chinaPolicy() {
    tag("china-policy");
    statement("p-china-no-alliances", "China's no-alliance rule",
        "China's long-standing foreign-policy principles, including its rule of forming no "
        + "alliances, keep it out of military alliances.",
        null);
    add(quote("e-china-no-alliances-1", "p-china-no-alliances",
        PAPER, PAPER_TEXT, 62512, 62593, 0.70,
        "China has repeatedly affirmed one of what it calls its “three noes”—no alliances.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70")
        .speaker(CHINESE_GOVERNMENT));
    add(quote("e-china-no-alliances-2", "p-china-no-alliances",
        PAPER, PAPER_TEXT, 62594, 62733, 0.70,
        "China ignored a Russian suggestion of a tripartite alliance between China, Russia, "
        + "and India as it operates on the international stage.",
        "rule W2u documented fact without a traceable citation 0.80; P partial or indirect "
        + "-0.10; weight 0.70. Weights re-checked: one instance of the general statement, so "
        + "P applies (was 0.80)"));
    add(quote("e-china-no-alliances-3", "p-china-no-alliances",
        PAPER, PAPER_TEXT, 39195, 39371, 0.70,
        "China has shown reluctance to allow the SCO to become a military bloc against any "
        + "outside actor, with Russia holding military matters as most important in its SCO "
        + "dealings.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));

    statement("p-china-autonomy", "Beijing guards its autonomy",
        "Beijing will not make any commitment to Russia that would limit its freedom of action "
        + "or lead to open conflict with the West or to sanctions.",
        null);
    add(quote("e-china-autonomy-1", "p-china-autonomy",
        RACZ, RACZ_BLOG, 1210, 1409, 0.70,
        "Beijing is unwilling to limit its own strategic autonomy and freedom of maneuver by "
        + "making any commitment to Russia that would lead to an open conflict with the West "
        + "or the introduction of sanctions.",
        "rule W3 expert judgement 0.70; weight 0.70"));

    // arguments
    argument("a-china-doctrine", SUPPORTS, st("t-no-alliance"), 0.65,
        "argument from stated policy",
        "China's no-alliance principle",
        "rule A2 stated causal or practical reasoning 0.65; weight 0.65. The c. 2017 paper, "
        + "chapter 4: China's long-standing outlook precludes a formal alliance with Russia.",
        "p-china-no-alliances");
    argument("a-u-autonomy", ATTACKS, arg("a-anti-us"), 0.65,
        "undercutter",
        "A shared anti-US stance does not make Beijing give up its autonomy",
        "rule A2 stated causal or practical reasoning 0.65; weight 0.65. Rácz and Hrytsenko: "
        + "for all the shared anti-US stance, Beijing will not give up its strategic "
        + "autonomy.",
        "p-china-autonomy");
    argument("a-u-pressure-autonomy", ATTACKS, arg("a-west-pressure"), 0.55,
        "undercutter",
        "Beijing will not let Western pressure on Russia draw it into conflict with the West",
        "rule A2 stated causal or practical reasoning 0.65; i implicit in the source -0.10; "
        + "weight 0.55. Second edition. Rácz and Hrytsenko: Beijing will make no commitment "
        + "to Russia \"that would lead to an open conflict with the West or the introduction "
        + "of sanctions\"; pressure that pushes a sanctioned Russia toward China therefore "
        + "stops short of the commitment an alliance needs. They do not answer the argument "
        + "from Western pressure in so many words, so the reply is implicit.",
        "p-china-autonomy");
    argument("a-autonomy-limited", SUPPORTS, st("p-coop-limited"), 0.60,
        "argument from instance",
        "Beijing's guarded autonomy limits cooperation",
        "rule A6 instance of the general claim 0.60; weight 0.60. Rácz and Hrytsenko.",
        "p-china-autonomy");
  }

  /** The United States and the West: ties both value, pressure that pushes them together. */
  private void west() {
    tag("west");
    statement("p-value-us-ties", "Both value ties with Washington",
        "Both Russia and China value their own relations with the United States.", null);
    add(quote("e-value-us-ties-1", "p-value-us-ties",
        PAPER, PAPER_TEXT, 59862, 60133, 0.60,
        "Both China and Russia value their bilateral relationships with the United States. "
        + "Though both have resisted U.S. hegemony and together called for a multipolar "
        + "world, both acknowledge the importance of diplomatic, economic, and security "
        + "relations with the Americans.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));
    add(quote("e-value-us-ties-2", "p-value-us-ties",
        PAPER, PAPER_TEXT, 71830, 72015, 0.60,
        "Russia and China both value their bilateral relationships with the U.S. and neither "
        + "nation desires to upset the status quo with such a dramatic step as a "
        + "China/Russia military bloc.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));
    add(quote("e-value-us-ties-3", "p-value-us-ties",
        PAPER, PAPER_TEXT, 61851, 62059, 0.75,
        "For its part, Russia also conducts its relations with the U.S. without always "
        + "considering China. Beijing was particularly caught off guard when Putin accepted "
        + "the U.S. abrogation of the ABM Treaty in 2002",
        "rule W2 documented fact with a cited work 0.85; P partial or indirect -0.10; weight "
        + "0.75. Footnote 6: Yeung and Bjelakovic, 254")
        .citedWork(YEUNG_BJELAKOVIC));

    statement("p-alliance-cuts-west", "Alliance would cut them off from the West",
        "A formal alliance would turn both countries against the West and cost them Western "
        + "trade, investment and technology.",
        null);
    add(quote("e-alliance-cuts-west-1", "p-alliance-cuts-west",
        PAPER, PAPER_TEXT, 60223, 60405, 0.60,
        "The role of Western trade, investment, and technology is a strong impediment to a "
        + "Chinese-Russian military alliance, which would fundamentally turn both nations "
        + "against the West.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60. Footnote 2 of chapter 4: Kuchins, Russia after the Fall (the footnote is "
        + "cut off by a page break)")
        .citedWork(KUCHINS));

    statement("p-neighbours-balance", "Neighbours would turn to the US",
        "An alliance would likely push Russia's and China's neighbours closer to the United "
        + "States, to the detriment of both.",
        "Second edition: \"likely\" restored from the paper (\"would likely cause their "
        + "neighbors to move toward the U.S.\").");
    add(quote("e-neighbours-balance-1", "p-neighbours-balance",
        PAPER, PAPER_TEXT, 63323, 63544, 0.50,
        "Both countries are also aware that a Chinese-Russian alliance would likely cause "
        + "their neighbors to move toward the U.S. on security issues and military "
        + "relationships, potentially to the detriment of China and Russia.",
        "rule W3 expert judgement 0.70; H hedged in the quote -0.10; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.50"));

    statement("p-realist-function", "Ties depend on Washington",
        "Each country's closeness to the other depends partly on its relations with the United "
        + "States, so a thaw with Washington could cool their ties.",
        null);
    add(quote("e-realist-function-1", "p-realist-function",
        PAPER, PAPER_TEXT, 60541, 60765, 0.60,
        "Both nations are realist in their outlook and in how they approach their strategic "
        + "relationships, and both nations have at times made their bilateral relationship a "
        + "function of their relationships with the United States.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));
    add(quote("e-realist-function-2", "p-realist-function",
        PAPER, PAPER_TEXT, 74802, 74923, 0.60,
        "some level of rapprochement between Moscow and Washington may cause some degree of "
        + "cooling between Moscow and Beijing",
        "rule W3 expert judgement 0.70; H hedged in the quote -0.10; weight 0.60"));

    statement("p-russia-west-break", "Russia has broken with the West",
        "Since 2014 Russia's relations with the United States and the EU have collapsed, it has "
        + "lost its Western military-industrial partners, and Western sanctions on it look "
        + "immovable.",
        "Second edition. Bears on a-us-ties, which rests on both countries valuing their ties "
        + "with Washington; the c. 2017 paper itself notes that Russia's relationship with "
        + "the U.S. is under strain (e-west-pushes-together-5).");
    add(quote("e-russia-west-break-1", "p-russia-west-break",
        GABUEV, GABUEV_CARNEGIE, 1393, 1524, 0.70,
        "Since Russia’s much-publicized pivot to the East following the collapse of its "
        + "relations with the United States and EU back in 2014",
        "rule W2u documented fact without a traceable citation 0.80; P partial or indirect "
        + "-0.10; weight 0.70. A dated event (2014), so no D2. Weights re-checked: the quote "
        + "gives the collapse of relations but not the lost partners or the sanctions, so P "
        + "applies, as on e-russia-west-break-3 (was 0.80)"));
    add(quote("e-russia-west-break-2", "p-russia-west-break",
        RACZ, RACZ_BLOG, 448, 594, 0.70,
        "Since the illegal annexation of Crimea, Russia has lost access both to Ukraine’s "
        + "defense industry and to its Western military-industrial partners.",
        "rule W2u documented fact without a traceable citation 0.80; P partial or indirect "
        + "-0.10; weight 0.70. Weights re-checked: the quote gives the lost partners but not "
        + "the collapse of relations or the sanctions, so P applies, as on "
        + "e-russia-west-break-3 (was 0.80)"));
    add(quote("e-russia-west-break-3", "p-russia-west-break",
        GABUEV, GABUEV_CARNEGIE, 8754, 8799, 0.55,
        "the immovability of current Western sanctions",
        "rule W3 expert judgement 0.70; D2 dated, present-tense claim of 2020 -0.05; P partial "
        + "or indirect -0.10; weight 0.55. From Gabuev's closing advice, where he lists it "
        + "among the facts any Western strategy must take into account"));

    statement("p-triangle-failed", "The US failed to split them",
        "The Trump administration's attempt to place the United States at the top of a "
        + "triangle with Russia and China came to nothing.",
        "Second edition. Gabuev (2020) on the years after the c. 2017 paper, which had "
        + "expected that a rapprochement between Moscow and Washington could cool Moscow's "
        + "ties with Beijing.");
    add(quote("e-triangle-failed-1", "p-triangle-failed",
        GABUEV, GABUEV_CARNEGIE, 5919, 6162, 0.70,
        "The Donald Trump administration took the challenge more seriously, and even "
        + "entertained former secretary of state Henry Kissinger’s idea of a great power "
        + "triangle. But U.S. attempts to position itself at the top of the triangle came to "
        + "nothing",
        "rule W3 expert judgement 0.70; weight 0.70. A judgement on a past episode (the "
        + "Trump years), so no D2; the sentence's second half is e-west-pushes-together-3"));

    statement("p-west-pushes-together", "Western pressure pushes them together",
        "Western pressure, from the wars in Kosovo and Iraq to the sanctions after 2014, has "
        + "repeatedly pushed Russia and China closer together.",
        null);
    add(quote("e-west-pushes-together-1", "p-west-pushes-together",
        PAPER, PAPER_TEXT, 5614, 5908, 0.70,
        "Events like the U.S.-led NATO war in Kosovo in 1999 and the U.S.-led coalition "
        + "invasion of Iraq in 2003 strengthened and solidified the security relationship "
        + "between China and Russia as a reaction to perceived American aggression, global "
        + "dominance, and violations of national sovereignty.",
        "rule W3 expert judgement 0.70; weight 0.70"));
    add(quote("e-west-pushes-together-2", "p-west-pushes-together",
        MOSCOW_TIMES, MOSCOW_TIMES_WEB, 1469, 1607, 0.80,
        "Russia “pivoted” toward China after its annexation of Crimea in 2014 triggered "
        + "Western sanctions and sunk relations to post-Cold War lows.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80. The report's "
        + "own background, not attributed to AP"));
    add(quote("e-west-pushes-together-3", "p-west-pushes-together",
        GABUEV, GABUEV_CARNEGIE, 6083, 6248, 0.70,
        "But U.S. attempts to position itself at the top of the triangle came to nothing, and "
        + "the actions of the Trump administration only strengthened the Russia-China axis.",
        "rule W3 expert judgement 0.70; weight 0.70"));
    add(quote("e-west-pushes-together-4", "p-west-pushes-together",
        PAPER, PAPER_TEXT, 56367, 56513, 0.70,
        "When either country experiences a strain in relations with the U.S. and the West, "
        + "they leverage their relationship with the other in reaction.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));
    add(quote("e-west-pushes-together-5", "p-west-pushes-together",
        PAPER, PAPER_TEXT, 60766, 60962, 0.60,
        "Presently, Russia’s relationship with the U.S. is under strain and it has determined "
        + "that its national interests are best served by aligning with China on issues of "
        + "global security management.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));

    // arguments
    argument("a-us-ties", SUPPORTS, st("t-no-alliance"), 0.80,
        "practical reasoning (linked)",
        "An alliance would cost each its valued ties with the West",
        "rule A1 linked premises that together nearly settle the conclusion 0.80; weight 0.80. "
        + "The c. 2017 paper, chapters 4 and 5, partly citing Kuchins.",
        "p-value-us-ties", "p-alliance-cuts-west");
    argument("a-neighbours", SUPPORTS, st("t-no-alliance"), 0.55,
        "argument from consequences",
        "An alliance would drive neighbours to Washington",
        "rule A2 stated causal or practical reasoning 0.65; h hedged in the source -0.10; "
        + "weight 0.55. The c. 2017 paper, chapter 4.",
        "p-neighbours-balance");
    argument("a-realist", SUPPORTS, st("t-no-alliance"), 0.55,
        "causal argument",
        "Their closeness depends on Washington and can cool",
        "rule A2 stated causal or practical reasoning 0.65; h hedged in the source -0.10; "
        + "weight 0.55. The c. 2017 paper, chapters 4 and 5.",
        "p-realist-function");
    argument("a-west-pressure", ATTACKS, st("t-no-alliance"), 0.40,
        "argument from trend",
        "Western pressure keeps pushing them together",
        "rule A5 historical pattern or trend 0.50; i implicit in the source -0.10; weight "
        + "0.40. The c. 2017 paper (Kosovo and Iraq; its advice not to drive them into a "
        + "tighter embrace), Gabuev (the Trump years) and The Moscow Times (the 2014 pivot) "
        + "describe the push; none concludes that an alliance follows.",
        "p-west-pushes-together");
    argument("a-u-triangle", ATTACKS, arg("a-realist"), 0.40,
        "undercutter (counterexample)",
        "Washington tried to pull Moscow away and failed",
        "rule A5 historical pattern or trend 0.50; i implicit in the source -0.10; weight "
        + "0.40. Second edition. a-realist (the c. 2017 paper) expects that a thaw between "
        + "Moscow and Washington could cool Moscow's ties with Beijing; Gabuev reports that "
        + "the Trump administration's attempt at such a triangle came to nothing. Gabuev "
        + "does not answer the paper, so the reply is implicit.",
        "p-triangle-failed");
    argument("a-u-west-lost", ATTACKS, arg("a-us-ties"), 0.55,
        "undercutter",
        "Russia has little left to lose in the West",
        "rule A2 stated causal or practical reasoning 0.65; i implicit in the source -0.10; "
        + "weight 0.55. Second edition. a-us-ties needs both countries to have Western ties "
        + "that an alliance would cost them; Gabuev (the collapse of 2014, immovable "
        + "sanctions) and Rácz and Hrytsenko (Western partners lost since Crimea) describe a "
        + "Russia that has already lost much of them. No document draws the reply to the "
        + "c. 2017 paper's argument, so it is implicit; it cuts only Russia's half of the "
        + "linked argument, China's ties with the West are untouched.",
        "p-russia-west-break");
    argument("a-u-us-ties", ATTACKS, arg("a-anti-us"), 0.65,
        "undercutter",
        "Resisting US hegemony does not mean breaking with the US",
        "rule A2 stated causal or practical reasoning 0.65; weight 0.65. The c. 2017 paper, "
        + "chapter 4: though both resist US hegemony, both value their relations with the "
        + "Americans.",
        "p-value-us-ties");
  }

  /** Asymmetry: China rising, Russia declining, Russia's self-image. */
  private void asymmetry() {
    tag("asymmetry");
    statement("p-power-shift", "China up, Russia down",
        "China is rising while Russia declines, so China increasingly holds the upper hand in "
        + "their relationship.",
        null);
    add(quote("e-power-shift-1", "p-power-shift",
        PAPER, PAPER_TEXT, 42011, 42168, 0.70,
        "If not already there, China will ultimately find itself in the superior position in "
        + "their relationship with Russia, for the first time in modern history.",
        "rule W3 expert judgement 0.70; weight 0.70"));
    add(quote("e-power-shift-2", "p-power-shift",
        PAPER, PAPER_TEXT, 43690, 43847, 0.80,
        "In 2010, China’s GDP was five times larger than Russia’s, and in 2014, China had the "
        + "second highest GDP in the world, while Russia had the tenth highest.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));
    add(quote("e-power-shift-3", "p-power-shift",
        PAPER, PAPER_TEXT, 42424, 42482, 0.50,
        "Arguably, Russia needs China more than China needs Russia.",
        "rule W3 expert judgement 0.70; H hedged in the quote -0.10; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.50"));

    statement("p-russia-self-image", "Great-power self-image",
        "Russia's self-image as a great power and as China's historical senior partner will "
        + "not let it accept an inferior position toward China.",
        null);
    add(quote("e-russia-self-image-1", "p-russia-self-image",
        PAPER, PAPER_TEXT, 70473, 70657, 0.60,
        "Russia has historically been the superior partner in its relations with China and its "
        + "national identity will not accept occupying an inferior position in their "
        + "bilateral relations.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60. Footnote 35: Odgaard, 105")
        .citedWork(ODGAARD));
    add(quote("e-russia-self-image-2", "p-russia-self-image",
        PAPER, PAPER_TEXT, 67880, 68076, 0.60,
        "The notion of Chinese preeminence in world affairs is an alien concept for the "
        + "Russian people and elites who have historically regarded China as weak and often "
        + "in a subordinate role to Russia.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));

    statement("p-russia-fears-junior", "Fear of being junior partner",
        "Russia is wary of becoming China's junior partner and a mere supplier of raw "
        + "materials.",
        null);
    add(quote("e-russia-fears-junior-1", "p-russia-fears-junior",
        PAPER, PAPER_TEXT, 60972, 61235, 0.60,
        "Russia is also wary of rising China’s potential to dominate their bilateral "
        + "relationship. Russia is concerned that it will become the junior partner in its "
        + "relationship with China, relegated to providing natural resources to its giant, "
        + "developing neighbor.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));
    add(quote("e-russia-fears-junior-2", "p-russia-fears-junior",
        PAPER, PAPER_TEXT, 43087, 43180, 0.50,
        "Consequently, Russian elites fear they will become simply a raw materials source for "
        + "China.",
        "rule W4 second-hand view of unnamed others 0.60; D1 dated, present-tense claim of c. "
        + "2017 -0.10; weight 0.50"));
    add(against("e-russia-fears-junior-3", "p-russia-fears-junior",
        PAPER, PAPER_TEXT, 44094, 44303, 0.65,
        "President Vladimir Putin expressed that the Chinese economic growth was not a threat "
        + "to Russia, but that his country should seize “a chance to catch the Chinese wind "
        + "in the sails of [the Russian] economy.”",
        "rule W5 actor's own statement as evidence of its stance or conduct 0.65; weight 0.65. "
        + "The paper's footnote 28 for this quote is not in the text, so no cited work")
        .speaker(PUTIN));

    // arguments
    argument("a-junior-inferior", SUPPORTS, st("t-no-alliance"), 0.70,
        "practical reasoning (linked)",
        "Russia would be the junior ally, which its self-image cannot accept",
        "rule A1 linked premises that together nearly settle the conclusion 0.80; h hedged in "
        + "the source -0.10; weight 0.70. The c. 2017 paper, chapter 4, which names Russia's "
        + "self-image as another reason an alliance is unlikely (citing Odgaard), and chapter "
        + "5, where the same reason (China rising, Russia declining, Russia finding junior "
        + "status hard to accept) could push Russia toward the West as a balance. Second "
        + "edition: the only path of the junior-partner reason to the thesis; the first "
        + "edition also sent Russia's wariness of junior status to the thesis directly "
        + "(a-junior-fear), which counted the one reason twice.",
        "p-power-shift", "p-russia-self-image");
    argument("a-junior-fear", SUPPORTS, st("p-russia-self-image"), 0.60,
        "argument from instance",
        "Russia's wariness of junior status shows it will not accept an inferior position",
        "rule A6 instance of the general claim 0.60; weight 0.60. Second edition: this "
        + "argument used to conclude the main thesis directly (A2 0.65, h -0.10, weight 0.55), "
        + "a second path for the reason a-junior-inferior already carries. The c. 2017 paper "
        + "gives the wariness (chapter 4) and the refusal to accept junior status (chapter 5) "
        + "as one reason, so the wariness is now mapped as one expression of the self-image "
        + "that a-junior-inferior rests on.",
        "p-russia-fears-junior");
    argument("a-dep-fear", SUPPORTS, st("p-russia-fears-junior"), 0.55,
        "causal argument",
        "Dependence on a coercive China feeds Russian wariness",
        "rule A2 stated causal or practical reasoning 0.65; i implicit in the source -0.10; "
        + "weight 0.55. Gabuev says Moscow cannot fail to notice Beijing's economic coercion "
        + "and recalls the 2011 discount; the c. 2017 paper ties Russia's wariness to "
        + "China's rise and to its role as a raw-materials supplier. The link is implicit. "
        + "This is one of the two readings of the dependence the documents give; the other "
        + "(a-reliance-binds, a-sole-source-coop) reads it as a deepening partnership and "
        + "bears against the main thesis.",
        "t-dependence");
  }

  /** Dependence (sub-thesis t-dependence): does reliance on China give Beijing leverage? */
  private void dependence() {
    tag("dependence");
    statement("p-china-irreplaceable", "China hard to replace",
        "China is becoming a partner Russia cannot easily replace, while China could easily "
        + "replace what Russia supplies.",
        null);
    add(quote("e-china-irreplaceable-1", "p-china-irreplaceable",
        GABUEV, GABUEV_CARNEGIE, 2315, 2564, 0.65,
        "But if for Russia, under sanctions from the West, China is becoming an increasingly "
        + "important partner that would be hard to replace, for Beijing, Moscow could easily "
        + "be supplanted, since most of what it supplies China with could be bought "
        + "elsewhere.",
        "rule W3 expert judgement 0.70; D2 dated, present-tense claim of 2020 -0.05; weight "
        + "0.65"));

    statement("p-sole-tech-source", "China the sole arms-technology source",
        "Since 2014 China has been Russia's only remaining major source of the imported "
        + "military technology and components it needs.",
        "Second edition: this quote was e-china-irreplaceable-2, evidence that China is hard "
        + "to replace; it is now a statement of its own so that it can bear both ways, as "
        + "Rácz and Hrytsenko present it: as dependence (a-sole-source) and, with China's "
        + "access to Russian technology in exchange, as deepening cooperation "
        + "(a-sole-source-coop). \"Since 2014\" comes from the sentence before the quote "
        + "(\"Since the illegal annexation of Crimea ...\", e-russia-west-break-2).");
    add(quote("e-sole-tech-source-1", "p-sole-tech-source",
        RACZ, RACZ_BLOG, 595, 721, 0.80,
        "This has left Russia with China as the sole remaining major source of much-needed "
        + "imported military technology and components.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));

    statement("p-war-enabler", "China enables Russia's war",
        "By early 2025 China had become a crucial and irreplaceable enabler of Russia's war "
        + "against Ukraine.",
        null);
    add(quote("e-war-enabler-1", "p-war-enabler",
        RACZ, RACZ_BLOG, 941, 1054, 0.70,
        "As of early 2025, Beijing was a crucial, irreplaceable enabler of Russia’s sustained "
        + "war efforts against Ukraine.",
        "rule W3 expert judgement 0.70; weight 0.70"));

    statement("p-growing-reliance", "Growing reliance",
        "Under Western sanctions Russia relies more and more on China for trade and for "
        + "technology such as 5G equipment.",
        null);
    add(quote("e-growing-reliance-1", "p-growing-reliance",
        GABUEV, GABUEV_CARNEGIE, 1647, 1904, 0.65,
        "Major projects such as the construction of the Power of Siberia pipeline and other "
        + "energy ventures have nearly doubled the share of Chinese trade in Russia’s "
        + "overall trade turnover in less than a decade: from 10 percent in 2013 to nearly "
        + "18 percent in 2019.",
        "rule W2u documented fact without a traceable citation 0.80; D2 dated, present-tense "
        + "claim of 2020 -0.05; P partial or indirect -0.10; weight 0.65. Weights re-checked: "
        + "the quote gives the trade but neither the sanctions nor the technology "
        + "(e-growing-reliance-2 gives those), so P applies (was 0.75)"));
    add(quote("e-growing-reliance-2", "p-growing-reliance",
        GABUEV, GABUEV_CARNEGIE, 2661, 2793, 0.55,
        "In addition, U.S. and EU sanctions are gradually making Russia depend on China for "
        + "strategic civilian technology, such as 5G systems",
        "rule W3 expert judgement 0.70; D2 dated, present-tense claim of 2020 -0.05; P "
        + "partial or indirect -0.10; weight 0.55. Weights re-checked: the quote gives the "
        + "sanctions and the technology but not the trade (e-growing-reliance-1 gives that), "
        + "so P applies (was 0.65)"));

    statement("p-future-no-alternative", "No alternative by the 2030s",
        "If Russia's relations with the West keep worsening, by the mid-2030s Russia may have "
        + "no alternative to China and be bound by pipelines to it as its only customer.",
        null);
    add(quote("e-future-no-alternative-1", "p-future-no-alternative",
        GABUEV, GABUEV_CARNEGIE, 3835, 4060, 0.60,
        "And if in 2014 the Kremlin at least had some alternative to the West in China, in the "
        + "mid-2030s there might be no alternative to China, and Russia may find itself "
        + "bound by pipelines to its sole customer amid a buyer’s market.",
        "rule W3 expert judgement 0.70; H hedged in the quote -0.10; weight 0.60"));

    statement("p-china-coerces", "Beijing uses economic coercion",
        "Beijing has shown a taste for using economic pressure such as sanctions, embargoes "
        + "and tariffs against other countries, as in its trade war with Australia.",
        null);
    add(quote("e-china-coerces-1", "p-china-coerces",
        GABUEV, GABUEV_CARNEGIE, 4063, 4339, 0.65,
        "In addition, Moscow cannot fail to notice that in recent years, Beijing has acquired "
        + "a taste for using economic weapons such as sanctions, embargoes, and tariffs to "
        + "apply pressure to other countries, as illustrated by the trade war currently "
        + "raging between China and Australia",
        "rule W3 expert judgement 0.70; D2 dated, present-tense claim of 2020 -0.05; weight "
        + "0.65"));

    statement("p-cnpc-precedent", "The 2011 oil discount",
        "In 2011 China's state oil company used Russian oil firms' heavy debts to Chinese "
        + "banks to force a discount on an agreed contract.",
        null);
    add(quote("e-cnpc-precedent-1", "p-cnpc-precedent",
        GABUEV, GABUEV_CARNEGIE, 4470, 4737, 0.80,
        "The Kremlin no doubt recalls how in 2011, China National Petroleum Corporation "
        + "secured a discount from Rosneft and Transneft on a previously agreed contract by "
        + "leveraging the Russian state oil companies’ enormous debts to Chinese banks and "
        + "their precarious situation.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));

    statement("p-not-critical", "Dependence not yet critical",
        "Russia's dependence on China has not yet reached a critical level, since China "
        + "accounts for under a fifth of its trade and its debts to Chinese lenders are "
        + "small.",
        null);
    add(quote("e-not-critical-1", "p-not-critical",
        GABUEV, GABUEV_CARNEGIE, 3027, 3093, 0.65,
        "Russia’s dependence on China has not yet reached a critical level.",
        "rule W3 expert judgement 0.70; D2 dated, present-tense claim of 2020 -0.05; weight "
        + "0.65"));
    add(quote("e-not-critical-2", "p-not-critical",
        GABUEV, GABUEV_CARNEGIE, 3384, 3570, 0.65,
        "And while China accounts for less than 20 percent of Russia’s trade turnover and its "
        + "debt to Chinese financial institutes is still insignificant, that assessment "
        + "appears to be justified.",
        "rule W2u documented fact without a traceable citation 0.80; H hedged in the quote "
        + "-0.10; D2 dated, present-tense claim of 2020 -0.05; weight 0.65"));

    statement("p-defied-eu", "Russia defied the EU in 2014",
        "Moscow reasons that, having defied the EU in 2014 despite depending heavily on it, "
        + "Russia could stand up to China just as firmly.",
        null);
    add(quote("e-defied-eu-1", "p-defied-eu",
        GABUEV, GABUEV_CARNEGIE, 3094, 3383, 0.55,
        "After all, the thinking in Moscow goes, if during the Ukraine crisis in 2014 Russia "
        + "could defy its main partner — the EU — while heavily dependent on European "
        + "markets, technology, and finance, then the Kremlin can defend its interests just "
        + "as fiercely in the event of a quarrel with China.",
        "rule W4 second-hand view of unnamed others 0.60; D2 dated, present-tense claim of "
        + "2020 -0.05; weight 0.55. Gabuev reports this as the thinking in Moscow"));

    // evidence on the sub-thesis itself
    add(quote("e-dependence-1", "t-dependence",
        GABUEV, GABUEV_CARNEGIE, 3573, 3834, 0.60,
        "But if relations with the EU and United States continue to deteriorate during the "
        + "next ten to fifteen years, and the role of China as a trade partner and source of "
        + "technology continues to grow, then Beijing could end up with the means to put "
        + "pressure on Moscow.",
        "rule W3 expert judgement 0.70; H hedged in the quote -0.10; weight 0.60"));
    add(quote("e-dependence-2", "t-dependence",
        GABUEV, GABUEV_CARNEGIE, 4738, 4907, 0.60,
        "If China could successfully put pressure on Russia back in 2010, when the gap between "
        + "the two countries’ economies was smaller, what’s to stop it doing the same in "
        + "2036?",
        "rule W3 expert judgement 0.70; H hedged in the quote -0.10; weight 0.60. A rhetorical "
        + "question; the text gives 2010 here and 2011 for the CNPC discount one sentence "
        + "earlier"));

    // arguments
    argument("a-u-defied-eu", ATTACKS, arg("a-dep-reliance"), 0.40,
        "undercutter (argument from precedent)",
        "Dependence did not stop Russia defying the EU",
        "rule A5 historical pattern or trend 0.50; h hedged in the source -0.10; weight 0.40. "
        + "The thinking in Moscow as Gabuev reports it; Gabuev finds it justified for now.",
        "p-defied-eu");
    argument("a-u-no-alternative", ATTACKS, arg("a-u-defied-eu"), 0.55,
        "undercutter of an undercutter",
        "In 2014 Russia had China as an alternative; later it may have none",
        "rule A2 stated causal or practical reasoning 0.65; h hedged in the source -0.10; "
        + "weight 0.55. Gabuev's reply to the Moscow view: in 2014 the Kremlin had China as "
        + "an alternative to the West, in the mid-2030s it might have no alternative to "
        + "China.",
        "p-future-no-alternative");
    argument("a-dep-reliance", SUPPORTS, st("t-dependence"), 0.70,
        "causal argument (linked)",
        "Growing, one-sided reliance gives Beijing leverage",
        "rule A1 linked premises that together nearly settle the conclusion 0.80; h hedged in "
        + "the source -0.10; weight 0.70. Gabuev: China is hard for Russia to replace, "
        + "Russia easy for China to replace, and sanctions deepen the reliance.",
        "p-growing-reliance", "p-china-irreplaceable");
    argument("a-dep-precedent", SUPPORTS, st("t-dependence"), 0.70,
        "argument from precedent (linked)",
        "A Beijing that coerces others and once squeezed Russian firms could squeeze a Russia "
        + "with no alternative",
        "rule A1 linked premises that together nearly settle the conclusion 0.80; h hedged in "
        + "the source -0.10; weight 0.70. Gabuev: if China could press Russia in 2010 when "
        + "the gap was smaller, nothing would stop it doing so in 2036.",
        "p-future-no-alternative", "p-china-coerces", "p-cnpc-precedent");
    argument("a-dep-not-critical", ATTACKS, st("t-dependence"), 0.55,
        "causal argument",
        "The dependence is not yet critical",
        "rule A2 stated causal or practical reasoning 0.65; i implicit in the source -0.10; "
        + "weight 0.55. Gabuev reports the assessment and finds it justified for now, but "
        + "does not draw it against the sub-thesis: he concedes it and then argues the "
        + "conditional forecast (\"But if relations ... continue to deteriorate\"). Second "
        + "edition: the first edition weighed it as a stated inference (0.65), and the "
        + "sub-thesis it attacks is now stated, like Gabuev's forecast, for the future.",
        "p-not-critical");
    argument("a-sole-source", SUPPORTS, st("p-china-irreplaceable"), 0.60,
        "argument from instance",
        "China is Russia's only major source of military technology",
        "rule A6 instance of the general claim 0.60; weight 0.60. Second edition. Rácz and "
        + "Hrytsenko; the first edition had their sentence as evidence on "
        + "p-china-irreplaceable (e-china-irreplaceable-2).",
        "p-sole-tech-source");
    argument("a-sole-source-coop", SUPPORTS, st("p-coop-deepened"), 0.60,
        "argument from instance",
        "Russia's reliance on Chinese military technology is part of the deepening cooperation",
        "rule A6 instance of the general claim 0.60; weight 0.60. Second edition. Rácz and "
        + "Hrytsenko give the sole-source reliance and, in exchange, China's access to "
        + "advanced Russian technology, then go on: \"Deepening cooperation has also been "
        + "demonstrated by ...\"; they present the dependence as a strand of the deepening "
        + "cooperation, the reading that bears against the main thesis.",
        "p-sole-tech-source");
    argument("a-reliance-binds", ATTACKS, st("t-no-alliance"), 0.40,
        "argument from trend",
        "Growing reliance ties Russia ever closer to China",
        "rule A5 historical pattern or trend 0.50; i implicit in the source -0.10; weight "
        + "0.40. Second edition. Gabuev introduces the doubled share of China in Russia's "
        + "trade as one of the \"important steps to strengthen its partnership with China\" "
        + "Russia has taken since 2014; the step from a deepening partnership to an alliance "
        + "is implicit, as in a-west-pressure and a-mutual-benefit. The other reading of the "
        + "same dependence, as leverage for Beijing, is t-dependence.",
        "p-growing-reliance");
    argument("a-u-not-critical-binds", ATTACKS, arg("a-reliance-binds"), 0.55,
        "undercutter",
        "Russia is not yet bound: China has under a fifth of its trade",
        "rule A2 stated causal or practical reasoning 0.65; i implicit in the source -0.10; "
        + "weight 0.55. Second edition. Gabuev's figures (under 20 percent of trade, "
        + "insignificant debt) for a dependence that is not yet critical cut the step from "
        + "growing reliance to a binding partnership as much as the step to leverage; he "
        + "does not draw this reply, so it is implicit. With it, p-not-critical bears both "
        + "ways, as the dependence does, instead of counting only against the thesis.",
        "p-not-critical");
    argument("a-war-enabler", SUPPORTS, st("p-china-irreplaceable"), 0.60,
        "argument from instance",
        "Russia's war depends on China",
        "rule A6 instance of the general claim 0.60; weight 0.60. Rácz and Hrytsenko.",
        "p-war-enabler");
  }

  /** The partnership as it is: not an alliance, flexible, beneficial. */
  private void partnership() {
    tag("partnership");
    statement("p-not-alliance-now", "Partnership, not alliance",
        "Russia and China today have a strategic partnership, not a formal military alliance.",
        null);
    add(quote("e-not-alliance-now-1", "p-not-alliance-now",
        MOSCOW_TIMES, MOSCOW_TIMES_WEB, 1362, 1468, 0.75,
        "To date, Russia and China have rejected an outright military alliance in favor of a "
        + "strategic partnership.",
        "rule W2u documented fact without a traceable citation 0.80; D2 dated, present-tense "
        + "claim of 2020 -0.05; weight 0.75. The report's own words (also its photo "
        + "caption); not attributed to AP"));
    add(quote("e-not-alliance-now-2", "p-not-alliance-now",
        PAPER, PAPER_TEXT, 36453, 36568, 0.80,
        "The agreement does not include security guarantees, nor does it lay the framework for "
        + "a formal military alliance.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80. About the "
        + "2001 Treaty of Good-Neighborliness and Friendly Co-operation"));

    statement("p-partnership-flexible", "Flexible partnership suits both",
        "Their partnership is flexible and lets each pursue its own regional agenda without "
        + "any binding security obligation.",
        null);
    add(quote("e-partnership-flexible-1", "p-partnership-flexible",
        PAPER, PAPER_TEXT, 41887, 42008, 0.60,
        "Their partnership is flexible, allowing each country to pursue regional agendas, "
        + "without a binding security obligation.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));

    statement("p-mutual-benefits", "Concrete gains",
        "The partnership brings both countries concrete gains, including trade, a quiet "
        + "border, arms deals and diplomatic backing in bodies such as the UN Security "
        + "Council.",
        null);
    add(quote("e-mutual-benefits-1", "p-mutual-benefits",
        PAPER, PAPER_TEXT, 70969, 71220, 0.70,
        "They have benefitted economically through increased trade, particularly with arms and "
        + "raw material sales from Russia to China. They have been able to reduce focus on "
        + "their shared border, applying those military resources to other areas of concern.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));
    add(quote("e-mutual-benefits-2", "p-mutual-benefits",
        PAPER, PAPER_TEXT, 41398, 41576, 0.70,
        "Consequently, they regularly support each other when dealing with international "
        + "issues in global and regional organizations like the United Nations Security "
        + "Council or the SCO.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));
    add(quote("e-mutual-benefits-3", "p-mutual-benefits",
        PAPER, PAPER_TEXT, 36735, 37371, 0.80,
        "China and Russia agreed to ameliorate border concerns and broadly solved their border "
        + "issues through a series of agreements in 1991, 1994, 1996, and 1997 ... These "
        + "agreements allowed both nations to significantly reduce their military presence "
        + "on the border and focus elsewhere.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));

    // arguments
    argument("a-status-quo", SUPPORTS, st("t-no-alliance"), 0.50,
        "argument from the status quo (linked)",
        "The flexible partnership already serves both, so they keep it",
        "rule A5 historical pattern or trend 0.50; weight 0.50. The c. 2017 paper, chapters 3 "
        + "and 5: a flexible partnership without binding obligations, and neither side wants "
        + "to upset the status quo.",
        "p-not-alliance-now", "p-partnership-flexible");
    argument("a-mutual-benefit", ATTACKS, st("t-no-alliance"), 0.55,
        "argument from consequences",
        "The partnership pays, which binds them",
        "rule A2 stated causal or practical reasoning 0.65; i implicit in the source -0.10; "
        + "weight 0.55. The c. 2017 paper lists the gains "
        + "(chapter 5) before concluding against an alliance; reading them as a pull toward "
        + "alliance is implicit. Weights re-checked: h dropped (was 0.45); an inference the "
        + "source does not draw cannot be hedged by it.",
        "p-mutual-benefits");
    argument("a-u-flexible", ATTACKS, arg("a-mutual-benefit"), 0.55,
        "undercutter",
        "The gains come without a binding obligation",
        "rule A2 stated causal or practical reasoning 0.65; i implicit in the source -0.10; "
        + "weight 0.55. The c. 2017 paper: the partnership brings its gains without a "
        + "binding security obligation; as an undercutter this is implicit.",
        "p-partnership-flexible");
  }

  /** What leaders said and declared. */
  private void leaders() {
    tag("leaders");
    statement("p-leaders-disavow", "Leaders long ruled it out",
        "For many years Russian and Chinese leaders stated clearly that an alliance between "
        + "them was not on the agenda.",
        null);
    add(quote("e-leaders-disavow-1", "p-leaders-disavow",
        GABUEV, GABUEV_CARNEGIE, 616, 776, 0.85,
        "For many years, Putin and senior Russian officials — and the Chinese leadership, too "
        + "— have always stated clearly that no alliance with China was on the agenda.",
        "rule W1r reported words 0.85; weight 0.85. Gabuev summarises many statements; no "
        + "single speaker")
        .speaker(LEADERS_OF_BOTH));

    statement("p-putin-no-need", "Putin: no need, no goal",
        "At the Valdai Discussion Club in October 2020 Putin said Russia had not set itself "
        + "the goal of an alliance with China and did not need one.",
        null);
    add(quote("e-putin-no-need-1", "p-putin-no-need",
        GABUEV, GABUEV_CARNEGIE, 513, 553, 0.85,
        "We have not set that goal for ourselves.",
        "rule W1 own words 0.95; P partial or indirect -0.10; weight 0.85. Weights re-checked: "
        + "the quote gives the goal not set but not that Russia does not need an alliance "
        + "(e-putin-no-need-2 gives that), so P applies (was 0.95)")
        .speaker(PUTIN));
    add(quote("e-putin-no-need-2", "p-putin-no-need",
        MOSCOW_TIMES, MOSCOW_TIMES_WEB, 1211, 1359, 0.85,
        "Asked about a hypothetical Russian-Chinese military alliance, Putin said: “We don’t "
        + "need it, but, theoretically, it’s quite possible to imagine it.”",
        "rule W1 own words 0.95; P partial or indirect -0.10; weight 0.85. Weights re-checked: "
        + "the quote gives that Russia does not need an alliance but not that it has not set "
        + "itself the goal (e-putin-no-need-1 gives that), so P applies (was 0.95)")
        .speaker(PUTIN)
        .citedWork(AP));

    statement("p-putin-not-rule-out", "Putin: cannot be ruled out",
        "At the Valdai Discussion Club in October 2020 Putin said a military alliance with "
        + "China was possible to imagine and could not be ruled out.",
        null);
    add(quote("e-putin-not-rule-out-1", "p-putin-not-rule-out",
        GABUEV, GABUEV_CARNEGIE, 475, 614, 0.95,
        "“It is possible to imagine anything ... But, in principle, we are not going to rule "
        + "it out, either.”",
        "rule W1 own words 0.95; weight 0.95")
        .speaker(PUTIN));
    add(quote("e-putin-not-rule-out-2", "p-putin-not-rule-out",
        MOSCOW_TIMES, MOSCOW_TIMES_WEB, 518, 678, 0.85,
        "President Vladimir Putin said Thursday that a future military alliance with China "
        + "can’t be ruled out but is not needed right now, the Associated Press reported.",
        "rule W1r reported words 0.85; weight 0.85")
        .speaker(PUTIN)
        .citedWork(AP));
    add(quote("e-putin-not-rule-out-3", "p-putin-not-rule-out",
        MOSCOW_TIMES, MOSCOW_TIMES_WEB, 294, 353, 0.75,
        "Russia-China Military Alliance ‘Quite Possible,’ Putin Says",
        "rule W1r reported words 0.85; P partial or indirect -0.10; weight 0.75. The headline; "
        + "it sharpens \"theoretically, it's quite possible to imagine it\" into \"quite "
        + "possible\"")
        .speaker(PUTIN)
        .citedWork(AP));

    statement("p-putin-ties-deepen", "Putin: ties may deepen",
        "Putin said Russia's military ties with China could deepen further in future and that "
        + "time would show how they develop.",
        null);
    add(quote("e-putin-ties-deepen-1", "p-putin-ties-deepen",
        MOSCOW_TIMES, MOSCOW_TIMES_WEB, 1062, 1208, 0.85,
        "Moscow’s military ties with Beijing could someday deepen further, he added, noting: "
        + "“The time will show how it will develop ... we won’t exclude it.”",
        "rule W1r reported words 0.85; weight 0.85. Weights re-checked: that the ties could "
        + "deepen further is the report's paraphrase (\"he added\"); only \"The time will show "
        + "...\" is in Putin's words, so W1r replaces W1 (was 0.95)")
        .speaker(PUTIN)
        .citedWork(AP));

    statement("p-no-limits-declared", "\"No-limits\" declarations",
        "The Russian-Chinese partnership has been publicly declared to have no limits.", null);
    add(quote("e-no-limits-declared-1", "p-no-limits-declared",
        RACZ, RACZ_BLOG, 1067, 1119, 0.80,
        "despite declarations about a “no-limits” partnership",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));

    statement("p-coop-limited", "Cooperation is limited",
        "Despite the declarations of a partnership without limits, Russian-Chinese cooperation "
        + "is in fact limited.",
        null);
    add(quote("e-coop-limited-1", "p-coop-limited",
        RACZ, RACZ_BLOG, 1056, 1155, 0.70,
        "Meanwhile, despite declarations about a “no-limits” partnership, the cooperation is "
        + "indeed limited.",
        "rule W3 expert judgement 0.70; weight 0.70"));
    add(quote("e-coop-limited-2", "p-coop-limited",
        PAPER, PAPER_TEXT, 63548, 63802, 0.60,
        "Although Chinese and Russian leaders publicly extoll the virtues of their strategic "
        + "partnership, there are numerous areas in which their national interests are at "
        + "odds and actions they have taken indicate an underlying weakness in their "
        + "relationship.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));

    // arguments
    argument("a-leaders-disavow", SUPPORTS, st("t-no-alliance"), 0.40,
        "argument from stated intentions",
        "Leaders long said an alliance was not on the agenda",
        "rule A4 stated intentions to future conduct 0.40; weight 0.40. Gabuev reports the "
        + "long-standing statements; the step from statements to future conduct is weak.",
        "p-leaders-disavow");
    argument("a-putin-no-need", SUPPORTS, st("t-no-alliance"), 0.40,
        "argument from stated intentions",
        "Putin said Russia does not need an alliance",
        "rule A4 stated intentions to future conduct 0.40; weight 0.40. Putin's Valdai words "
        + "as Gabuev and The Moscow Times (citing AP) report them.",
        "p-putin-no-need");
    argument("a-putin-open", ATTACKS, st("t-no-alliance"), 0.40,
        "argument from stated intentions",
        "Putin would not rule an alliance out",
        "rule A4 stated intentions to future conduct 0.40; weight 0.40. The Moscow Times "
        + "presents the remark (headline and lede) as news that an alliance is possible.",
        "p-putin-not-rule-out");
    argument("a-no-limits", ATTACKS, st("t-no-alliance"), 0.30,
        "argument from stated intentions",
        "They have declared a partnership without limits",
        "rule A4 stated intentions to future conduct 0.40; i implicit in the source -0.10; "
        + "weight 0.30. Rácz and Hrytsenko mention the declarations only to dismiss them.",
        "p-no-limits-declared");
    argument("a-u-limited", ATTACKS, arg("a-no-limits"), 0.65,
        "undercutter",
        "The \"no-limits\" talk does not match limited cooperation",
        "rule A2 stated causal or practical reasoning 0.65; weight 0.65. Rácz and Hrytsenko: "
        + "despite the no-limits declarations the cooperation is limited.",
        "p-coop-limited");
    argument("a-putin-ties", SUPPORTS, st("t-coop-trajectory"), 0.40,
        "argument from stated intentions",
        "Putin expects military ties may deepen",
        "rule A4 stated intentions to future conduct 0.40; weight 0.40. Putin at Valdai, as "
        + "The Moscow Times reports him (citing AP).",
        "p-putin-ties-deepen");
    argument("a-nonrecog-limited", SUPPORTS, st("p-coop-limited"), 0.60,
        "argument from instance",
        "Non-recognition is a prime example of the limits",
        "rule A6 instance of the general claim 0.60; weight 0.60. Rácz and Hrytsenko call it a "
        + "prime example of the limits.",
        "p-china-no-recognition");
  }

  /** Shared outlook: anti-hegemony, sovereignty. */
  private void outlook() {
    tag("outlook");
    statement("p-shared-anti-us", "Shared opposition to US dominance",
        "Russia and China share opposition to US dominance and want a multipolar world order.",
        null);
    add(quote("e-shared-anti-us-1", "p-shared-anti-us",
        PAPER, PAPER_TEXT, 315, 492, 0.70,
        "Both nations share an aversion to a unipolar world led by the United States and seek "
        + "to balance the expansion of American power and create a multi-polar international "
        + "order.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));
    add(quote("e-shared-anti-us-2", "p-shared-anti-us",
        RACZ, RACZ_BLOG, 1156, 1208, 0.60,
        "While Russia and China share a strong anti-US stance",
        "rule W3 expert judgement 0.70; P partial or indirect -0.10; weight 0.60. Weights "
        + "re-checked: the quote gives the shared anti-US stance but not the wish for a "
        + "multipolar order, so P applies (was 0.70)"));
    add(quote("e-shared-anti-us-3", "p-shared-anti-us",
        PAPER, PAPER_TEXT, 35587, 35739, 0.65,
        "In January 2000, Russian and Chinese defense ministers agreed that NATO was becoming "
        + "“an interventionist and offensive political and military bloc,”",
        "rule W5 actor's own statement as evidence of its stance or conduct 0.65; weight 0.65")
        .speaker(DEFENCE_MINISTERS));
    add(quote("e-shared-anti-us-4", "p-shared-anti-us",
        PAPER, PAPER_TEXT, 58327, 58541, 0.65,
        "some countries and military-political alliances seek decisive advantage in military "
        + "and relevant technology, so as to serve their own interests through the use or "
        + "threat of use of force in international affairs",
        "rule W5 actor's own statement as evidence of its stance or conduct 0.65; weight 0.65. "
        + "Joint government statement on strategic stability, June 2016; the paper's "
        + "footnote 65 is not in the text")
        .speaker(RUSSIA_CHINA_GOVERNMENTS));

    statement("p-shared-sovereignty", "Shared defence of sovereignty",
        "Both are authoritarian states that put national sovereignty and non-interference "
        + "first, which helps shield them from Western criticism.",
        null);
    add(quote("e-shared-sovereignty-1", "p-shared-sovereignty",
        PAPER, PAPER_TEXT, 6695, 6903, 0.60,
        "they both are authoritarian governments and harbor a distrust of the intentions and "
        + "power of the United States, along with a professed reverence for the primacy of "
        + "national sovereignty in world affairs.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));
    add(quote("e-shared-sovereignty-2", "p-shared-sovereignty",
        PAPER, PAPER_TEXT, 57023, 57105, 0.70,
        "Both nations reject the concept that “human rights are superior to sovereignty.”",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));

    // arguments
    argument("a-anti-us", ATTACKS, st("t-no-alliance"), 0.55,
        "practical reasoning",
        "A shared rival could bind them into an alliance",
        "rule A2 stated causal or practical reasoning 0.65; i implicit in the source -0.10; "
        + "weight 0.55. The c. 2017 paper frames the key question as an alliance that would "
        + "balance US power; no document concludes that one will form.",
        "p-shared-anti-us");
    argument("a-shared-sovereignty", ATTACKS, st("t-no-alliance"), 0.55,
        "argument from shared values",
        "Shared authoritarian principles bind them",
        "rule A2 stated causal or practical reasoning 0.65; i implicit in the source -0.10; "
        + "weight 0.55. The c. 2017 paper lists the shared "
        + "principles among what unites them; reading them as a pull toward alliance is "
        + "implicit. Weights re-checked: h dropped (was 0.45); an inference the source does "
        + "not draw cannot be hedged by it.",
        "p-shared-sovereignty");
    argument("a-russia-breaks", ATTACKS, st("p-shared-sovereignty"), 0.65,
        "rebuttal",
        "Russia does not practise the non-interference it preaches with China",
        "rule A2 stated causal or practical reasoning 0.65; weight 0.65. The c. 2017 paper, "
        + "chapter 4: Russia has failed to keep the non-interference precept it proclaims "
        + "with China.",
        "p-russia-violates-noninterference");
  }

  /** What Putin's Valdai remark is for (sub-thesis t-valdai-signal). */
  private void valdai() {
    tag("valdai");
    statement("p-scare-west", "Using China to scare the West",
        "For years Moscow has played up its closeness to Beijing to frighten the West with the "
        + "prospect of a Sino-Russian bloc and push it to soften its policy toward Russia.",
        null);
    add(quote("e-scare-west-1", "p-scare-west",
        GABUEV, GABUEV_CARNEGIE, 4909, 5133, 0.65,
        "In recent years, Moscow has tried to exploit the issue of its rapprochement with "
        + "Beijing to scare the West with the prospect of a Sino-Russian bloc taking shape, "
        + "with the aim of forcing it to soften its policy toward Russia.",
        "rule W3 expert judgement 0.70; D2 dated, present-tense claim of 2020 -0.05; weight "
        + "0.65"));

    statement("p-scare-works", "The tactic works in Europe",
        "The tactic has begun to pay off in the EU, where Russian-Chinese ties draw keen "
        + "interest in Berlin and other capitals.",
        null);
    add(quote("e-scare-works-1", "p-scare-works",
        GABUEV, GABUEV_CARNEGIE, 5134, 5367, 0.65,
        "This approach is starting to bear fruit with the EU, as evidenced by French President "
        + "Emmanuel Macron’s interview with the Economist last year, and by the keen "
        + "interest in Sino-Russian ties in Berlin and many other European capitals.",
        "rule W3 expert judgement 0.70; D2 dated, present-tense claim of 2020 -0.05; weight "
        + "0.65"));

    statement("p-us-main-concern", "Washington fears the military side",
        "Moscow knows that Washington's main worry is the military side of the rapprochement, "
        + "above all Russian help in strengthening China's army.",
        null);
    add(quote("e-us-main-concern-1", "p-us-main-concern",
        GABUEV, GABUEV_BLOG, 7037, 7319, 0.65,
        "Moscow knows full well that the United States’ main concern is the military "
        + "rapprochement of Moscow and Beijing, specifically, the use of Russian technology "
        + "and adaptation of Russian experience in recent military campaigns to boost the "
        + "potential of China’s People’s Liberation Army.",
        "rule W3 expert judgement 0.70; D2 dated, present-tense claim of 2020 -0.05; weight "
        + "0.65"));

    statement("p-us-will-focus", "Biden team cannot ignore it",
        "The incoming Biden administration, which sees China as a serious competitor and "
        + "Russia as an opponent, cannot ignore Russian-Chinese relations.",
        null);
    add(quote("e-us-will-focus-1", "p-us-will-focus",
        GABUEV, GABUEV_CARNEGIE, 6527, 6792, 0.65,
        "The president-elect considers China to be a “serious competitor” to the United States "
        + "in the battle for global leadership, and Russia as an “opponent” and the most "
        + "hostile of the major powers, so Washington cannot ignore the relationship between "
        + "Beijing and Moscow.",
        "rule W3 expert judgement 0.70; D2 dated, present-tense claim of 2020 -0.05; weight "
        + "0.65. Biden is quoted for \"serious competitor\" and \"opponent\"; the inference "
        + "is Gabuev's")
        .speaker(BIDEN));

    // evidence on the sub-thesis itself
    add(quote("e-valdai-signal-1", "t-valdai-signal",
        GABUEV, GABUEV_CARNEGIE, 1226, 1390, 0.60,
        "The logical explanation for Putin’s refusal this time to rule out a military alliance "
        + "with China may lie not in Russia’s relationship with China, but with the West.",
        "rule W3 expert judgement 0.70; H hedged in the quote -0.10; weight 0.60"));
    add(quote("e-valdai-signal-2", "t-valdai-signal",
        GABUEV, GABUEV_BLOG, 7705, 7827, 0.60,
        "It’s likely no coincidence that Putin touched on this sore point in particular in his "
        + "recent comments at the Valdai event.",
        "rule W3 expert judgement 0.70; H hedged in the quote -0.10; weight 0.60"));

    // arguments
    argument("a-u-valdai", ATTACKS, arg("a-putin-open"), 0.45,
        "undercutter",
        "The remark may be explained by Russia's relations with the West",
        "rule A7 inference about motive 0.55; h hedged in the source -0.10; weight 0.45. "
        + "Gabuev: the explanation for the remark \"may lie not in Russia's relationship with "
        + "China, but with the West\". Second edition: the first edition dropped the hedge "
        + "(weight 0.55) and labelled the remark \"not a statement of intent\", which Gabuev "
        + "does not say.",
        "t-valdai-signal");
    argument("a-valdai-break", SUPPORTS, st("t-valdai-signal"), 0.45,
        "inference to the best explanation (linked)",
        "Nothing in the relationship explains the change of tone",
        "rule A7 inference about motive 0.55; h hedged in the source -0.10; weight 0.45. "
        + "Gabuev: after years of saying an alliance was not on the agenda, and with "
        + "interests that do not always coincide, the explanation for the new tone may lie "
        + "with the West.",
        "p-leaders-disavow", "p-no-entrapment");
    argument("a-valdai-scare", SUPPORTS, st("t-valdai-signal"), 0.55,
        "inference from past practice",
        "Moscow habitually uses the China card to scare the West",
        "rule A7 inference about motive 0.55; weight 0.55. Gabuev.",
        "p-scare-west");
    argument("a-valdai-sore-point", SUPPORTS, st("t-valdai-signal"), 0.45,
        "inference to the best explanation (linked)",
        "Putin hit Washington's sore point as a new team formed its policy",
        "rule A7 inference about motive 0.55; h hedged in the source -0.10; weight 0.45. "
        + "Gabuev: Putin likely touched this sore point on purpose.",
        "p-us-main-concern", "p-us-will-focus");
    argument("a-scare-works", SUPPORTS, st("p-scare-west"), 0.50,
        "argument from success",
        "The tactic pays off, so Moscow keeps using it",
        "rule A6 instance of the general claim 0.60; i implicit in the source -0.10; weight "
        + "0.50. Gabuev: the approach is starting to bear fruit with the EU.",
        "p-scare-works");
    argument("a-valdai-real", ATTACKS, st("t-valdai-signal"), 0.30,
        "argument from stated intentions",
        "Putin tied the remark to really deepening military ties",
        "rule A4 stated intentions to future conduct 0.40; i implicit in the source -0.10; "
        + "weight 0.30. The Moscow Times reports the remark together with Putin's account of "
        + "deepening military ties and takes it at face value; the counter-reading is "
        + "implicit.",
        "p-putin-ties-deepen");
  }

  /** Military cooperation (sub-thesis t-coop-trajectory): where is it heading? */
  private void cooperation() {
    tag("cooperation");
    statement("p-coop-deepened", "Closest military ties since the 1950s",
        "Since the end of the Cold War, Russian-Chinese military cooperation has grown to its "
        + "closest level since the 1950s and keeps deepening.",
        null);
    add(quote("e-coop-deepened-1", "p-coop-deepened",
        PAPER, PAPER_TEXT, 4961, 5118, 0.60,
        "Not since the 1950s, when China and the Soviet Union actively cooperated under their "
        + "mutual defense pact, have the two nations had such close defense ties.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));
    add(quote("e-coop-deepened-2", "p-coop-deepened",
        MOSCOW_TIMES, MOSCOW_TIMES_WEB, 680, 882, 0.65,
        "Speaking at the Valdai Discussion Club, Putin said that Russia has stepped up "
        + "military cooperation with China through joint military exercises and the sharing "
        + "of sensitive Russian military technologies.",
        "rule W5 actor's own statement as evidence of its stance or conduct 0.65; weight 0.65")
        .speaker(PUTIN)
        .citedWork(AP));
    add(quote("e-coop-deepened-3", "p-coop-deepened",
        PAPER, PAPER_TEXT, 39964, 40147, 0.65,
        "China’s National Military Strategy of 2015 states that “China’s armed forces will "
        + "work to further defense and security cooperation in the Shanghai Cooperation "
        + "Organization (SCO).”",
        "rule W5 actor's own statement as evidence of its stance or conduct 0.65; weight 0.65")
        .citedWork(CHINA_NMS_2015));
    add(against("e-coop-deepened-4", "p-coop-deepened",
        PAPER, PAPER_TEXT, 49778, 49865, 0.60,
        "In recent years, Russian arms sales to China have somewhat declined and levelled off.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; P partial or indirect -0.10; weight 0.60"));

    statement("p-arms-sales", "Russia arms China",
        "Russia has long been China's main arms supplier and has recently sold it top systems "
        + "such as Su-35 fighters and S-400 air defence missiles.",
        null);
    add(quote("e-arms-sales-1", "p-arms-sales",
        PAPER, PAPER_TEXT, 48959, 49139, 0.80,
        "From 1992 to 2006, Russia-to-China arms sales held steady, with 40 percent of Russian "
        + "exports going to China, and Russian arms comprising 84 per cent of Chinese weapon "
        + "imports.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));
    add(quote("e-arms-sales-2", "p-arms-sales",
        GABUEV, GABUEV_CARNEGIE, 1956, 2062, 0.75,
        "with Russia selling the latest hardware to China, such as Su-35 fighter aircraft and "
        + "S-400 missile systems",
        "rule W2u documented fact without a traceable citation 0.80; D2 dated, present-tense "
        + "claim of 2020 -0.05; weight 0.75"));

    statement("p-tech-sharing", "Sharing sensitive technology",
        "Russia now gives China access to advanced and sensitive military technology that "
        + "strengthens China's armed forces.",
        null);
    add(quote("e-tech-sharing-1", "p-tech-sharing",
        MOSCOW_TIMES, MOSCOW_TIMES_WEB, 885, 996, 0.65,
        "Without any doubt, our cooperation with China is bolstering the defense capability of "
        + "China’s army,” Putin said",
        "rule W5 actor's own statement as evidence of its stance or conduct 0.65; weight 0.65")
        .speaker(PUTIN)
        .citedWork(AP));
    add(quote("e-tech-sharing-2", "p-tech-sharing",
        RACZ, RACZ_BLOG, 722, 837, 0.80,
        "In exchange, China has received access to advanced Russian missile, air defense, and "
        + "electronic warfare technology.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));
    add(against("e-tech-sharing-3", "p-tech-sharing",
        PAPER, PAPER_TEXT, 64262, 64411, 0.50,
        "Chinese media reports have noted that Russia is more cautious in its arms sales to "
        + "China than it is with other countries such as India and Vietnam.",
        "rule W4 second-hand view of unnamed others 0.60; D1 dated, present-tense claim of c. "
        + "2017 -0.10; weight 0.50")
        .speaker(CHINESE_MEDIA));

    statement("p-joint-exercises", "Growing joint exercises",
        "Joint military exercises have become a yearly routine and keep growing in scale, "
        + "realism and geographic reach.",
        null);
    add(quote("e-joint-exercises-1", "p-joint-exercises",
        PAPER, PAPER_TEXT, 51652, 51855, 0.70,
        "Since 2005, the two countries have engaged in numerous combined exercises, either "
        + "bilaterally or under the auspices of the SCO. The two countries now execute at "
        + "least one bilateral exercise annually.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));
    add(quote("e-joint-exercises-2", "p-joint-exercises",
        GABUEV, GABUEV_CARNEGIE, 2068, 2235, 0.75,
        "the two countries holding joint military exercises on an increasingly large scale and "
        + "over an ever-expanding geographical area, from the Baltic to the South China Sea.",
        "rule W2u documented fact without a traceable citation 0.80; D2 dated, present-tense "
        + "claim of 2020 -0.05; weight 0.75"));
    add(quote("e-joint-exercises-3", "p-joint-exercises",
        RACZ, RACZ_BLOG, 838, 940, 0.80,
        "Deepening cooperation has also been demonstrated by the growing frequency of joint "
        + "military exercises.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));

    statement("p-exercises-for-show", "Exercises are for show",
        "Their joint exercises serve more to display their will to cooperate than to make "
        + "their forces able to fight together.",
        null);
    add(quote("e-exercises-for-show-1", "p-exercises-for-show",
        RACZ, RACZ_BLOG, 1635, 1798, 0.70,
        "these maneuvers are more about demonstrating the will of cooperation to the outside "
        + "world than improving interoperability between Russian and Chinese armed forces.",
        "rule W3 expert judgement 0.70; weight 0.70"));
    add(quote("e-exercises-for-show-2", "p-exercises-for-show",
        PAPER, PAPER_TEXT, 51215, 51479, 0.70,
        "The exercise was a first step. The level of interoperability between the Russian and "
        + "Chinese forces was low. They operated in the same place at the same time, but "
        + "their operations were not synchronized in a way that the U.S. and its allies "
        + "conduct exercises.",
        "rule W2u documented fact without a traceable citation 0.80; P partial or indirect "
        + "-0.10; weight 0.70. About the first joint exercise, in 2005, only: the paper calls "
        + "it \"a first step\" and, a few paragraphs on, reports later exercises that set a "
        + "new standard for interoperability (e-exercises-for-show-3) and says the exercises "
        + "strengthen interoperability (e-exercises-for-show-4). The paper does not say the "
        + "exercises are for show; this quote supports the statement for 2005 alone. Second "
        + "edition: the quote now opens with \"The exercise was a first step\", so that it "
        + "carries its context"));
    add(against("e-exercises-for-show-3", "p-exercises-for-show",
        PAPER, PAPER_TEXT, 52464, 52556, 0.70,
        "The event set a new standard for interoperability and realism in Chinese-Russian "
        + "exercises",
        "rule W2u documented fact without a traceable citation 0.80; P partial or indirect "
        + "-0.10; weight 0.70. About Maritime Cooperation 2014"));
    add(against("e-exercises-for-show-4", "p-exercises-for-show",
        PAPER, PAPER_TEXT, 53680, 53897, 0.60,
        "They reinforce their strategic partnership in a significantly visible way, "
        + "strengthening their military-to-military ties and interoperability, while "
        + "signaling their partnership to the United States and its allies.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60. Second edition. The paper's own judgement of the exercises since 2005: they "
        + "are a visible signal, as the statement says, and they also strengthen "
        + "interoperability, which the statement denies"));
    add(against("e-exercises-for-show-5", "p-exercises-for-show",
        PAPER, PAPER_TEXT, 53157, 53276, 0.70,
        "with the goal of practicing joint interoperability between Russian and Chinese air "
        + "defense and missile defense groups",
        "rule W2u documented fact without a traceable citation 0.80; P partial or indirect "
        + "-0.10; weight 0.70. Second edition. About Aerospace Security 2016, a joint "
        + "command and headquarters missile-defence exercise in Moscow"));

    statement("p-mil-exchanges", "Dense military-to-military ties",
        "Since the 1990s their militaries have built close working ties: joint weapons "
        + "development, regular high-level visits and thousands of officers trained in each "
        + "other's institutions, exchanges that improve their ability to operate together.",
        "Second edition, from the c. 2017 paper, chapter 3 (arms sales; military-to-military "
        + "contacts and exchanges).");
    add(quote("e-mil-exchanges-1", "p-mil-exchanges",
        PAPER, PAPER_TEXT, 47796, 47925, 0.80,
        "By the middle of 1997, as part of their newfound partnership, China and Russia began "
        + "jointly developing weapons technologies.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80"));
    add(quote("e-mil-exchanges-2", "p-mil-exchanges",
        PAPER, PAPER_TEXT, 54641, 54826, 0.80,
        "From 1992 to 2009, China and Russia engaged in fifty high-level military visits (28 "
        + "occurred in China, 22 in Russia), including visits between the Defense Ministers "
        + "of each country.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80. The "
        + "paper's footnote 57 is not in the text"));
    add(quote("e-mil-exchanges-3", "p-mil-exchanges",
        PAPER, PAPER_TEXT, 54981, 55164, 0.80,
        "Thousands of Chinese military personnel have studied in Russia while numerous Russian "
        + "officers have received shorter duration training in China at the National Defense "
        + "University.",
        "rule W2u documented fact without a traceable citation 0.80; weight 0.80. The "
        + "paper's footnote 59 is not in the text"));
    add(quote("e-mil-exchanges-4", "p-mil-exchanges",
        PAPER, PAPER_TEXT, 55628, 55734, 0.60,
        "Such exchanges increase their ability to operate effectively together, while "
        + "strengthening defense ties.",
        "rule W3 expert judgement 0.70; D1 dated, present-tense claim of c. 2017 -0.10; weight "
        + "0.60"));

    statement("p-exercises-sell-arms", "Exercises as a sales show",
        "Russia also uses the joint exercises to market its weapons to China.", null);
    add(quote("e-exercises-sell-arms-1", "p-exercises-sell-arms",
        PAPER, PAPER_TEXT, 54142, 54383, 0.70,
        "The Russians also use these exercises as a way to sustain their arms sales to China. "
        + "For example, during the exercise in 2005, the Russians included the participation "
        + "of Tu-22M and Tu-95 strategic bombers to spur the Chinese to buy them.",
        "rule W2u documented fact without a traceable citation 0.80; D1 dated, present-tense "
        + "claim of c. 2017 -0.10; weight 0.70"));

    statement("p-next-step", "Next step: near-alliance",
        "After a non-aggression pact and joint operations such as a strategic bomber patrol in "
        + "Northeast Asia, the next step could be a deeper security partnership that "
        + "increasingly resembles a military alliance.",
        null);
    add(quote("e-next-step-1", "p-next-step",
        GABUEV, GABUEV_BLOG, 7574, 7704, 0.60,
        "The next step could be the formation of a more profound security partnership that "
        + "would increasingly resemble a military alliance.",
        "rule W3 expert judgement 0.70; H hedged in the quote -0.10; weight 0.60"));
    add(quote("e-next-step-2", "p-next-step",
        GABUEV, GABUEV_BLOG, 7321, 7573, 0.60,
        "An even more alarming prospect is the transition from a non-aggression pact between "
        + "Russia and China, which already constricts the United States and its allies, to "
        + "joint military operations such as last year’s strategic bomber patrol in "
        + "Northeast Asia.",
        "rule W3 expert judgement 0.70; P partial or indirect -0.10; weight 0.60"));

    // arguments
    argument("a-coop", ATTACKS, st("t-no-alliance"), 0.65,
        "causal argument",
        "Military cooperation is heading toward an alliance",
        "rule A2 stated causal or practical reasoning 0.65; weight 0.65. If cooperation is "
        + "heading toward an alliance, the thesis fails; Gabuev sees a next step that would "
        + "resemble an alliance.",
        "t-coop-trajectory");
    argument("a-u-mistrust-coop", ATTACKS, arg("a-mistrust"), 0.55,
        "undercutter",
        "Mistrust has not stopped them building working military ties",
        "rule A2 stated causal or practical reasoning 0.65; i implicit in the source -0.10; "
        + "weight 0.55. Second edition. a-mistrust says present mistrust denies them the "
        + "trust an alliance needs; the c. 2017 paper, which draws that argument, also "
        + "reports joint weapons development, fifty high-level visits and thousands of "
        + "officers trained in each other's schools, exchanges that \"increase their ability "
        + "to operate effectively together\". It does not set the two against each other; "
        + "the reply is implicit. Mapped only as an undercutter, not also as an instance of "
        + "p-coop-deepened, so that the same facts do not reach the thesis twice.",
        "p-mil-exchanges");
    argument("a-u-for-show", ATTACKS, arg("a-exercises"), 0.65,
        "undercutter",
        "The exercises show goodwill rather than build a joint force",
        "rule A2 stated causal or practical reasoning 0.65; weight 0.65. Rácz and Hrytsenko "
        + "(2025). The c. 2017 paper supports the premise only for the first joint exercise "
        + "(2005) and reports later exercises building interoperability; see the evidence on "
        + "p-exercises-for-show. Second edition: the only path of the premise into "
        + "t-coop-trajectory; the first edition also sent it there through p-coop-limited "
        + "(a-show-limited, removed), counting it twice against the sub-thesis.",
        "p-exercises-for-show");
    argument("a-u-arms-marketing", ATTACKS, arg("a-exercises"), 0.55,
        "undercutter",
        "The exercises also serve arms marketing",
        "rule A2 stated causal or practical reasoning 0.65; i implicit in the source -0.10; "
        + "weight 0.55. The c. 2017 paper, on the 2005 exercise. Weights re-checked: h "
        + "replaced by i, weight unchanged; the paper states the arms marketing without a "
        + "hedge and does not set it against the exercises' military value, so the reply is "
        + "implicit.",
        "p-exercises-sell-arms");
    argument("a-coop-record", SUPPORTS, st("t-coop-trajectory"), 0.50,
        "argument from trend",
        "Cooperation has grown steadily since the Cold War",
        "rule A5 historical pattern or trend 0.50; weight 0.50. The c. 2017 paper (closest "
        + "defence ties since the 1950s) and Gabuev (a new level of military cooperation).",
        "p-coop-deepened");
    argument("a-exercises", SUPPORTS, st("t-coop-trajectory"), 0.50,
        "argument from trend",
        "Ever larger exercises build a joint military capability",
        "rule A5 historical pattern or trend 0.50; weight 0.50. Gabuev and Rácz and Hrytsenko "
        + "cite the growing exercises as deepening cooperation.",
        "p-joint-exercises");
    argument("a-next-step", SUPPORTS, st("t-coop-trajectory"), 0.40,
        "argument from trend",
        "The next step could resemble an alliance",
        "rule A5 historical pattern or trend 0.50; h hedged in the source -0.10; weight 0.40. "
        + "Gabuev.",
        "p-next-step");
    argument("a-coop-limited", ATTACKS, st("t-coop-trajectory"), 0.65,
        "causal argument",
        "Limited cooperation will not become an alliance",
        "rule A2 stated causal or practical reasoning 0.65; weight 0.65. Rácz and Hrytsenko: "
        + "because of these limits, cooperation will continue but is extremely unlikely to "
        + "become a functioning, institutionalised alliance.",
        "p-coop-limited");
    argument("a-arms", SUPPORTS, st("p-coop-deepened"), 0.60,
        "argument from instance",
        "Arms sales",
        "rule A6 instance of the general claim 0.60; weight 0.60. Arms sales are one strand of "
        + "the cooperation the documents describe.",
        "p-arms-sales");
    argument("a-tech", SUPPORTS, st("p-coop-deepened"), 0.60,
        "argument from instance",
        "Technology sharing",
        "rule A6 instance of the general claim 0.60; weight 0.60. Technology transfer is one "
        + "strand of the cooperation the documents describe.",
        "p-tech-sharing");
    argument("a-war-coop", SUPPORTS, st("p-coop-deepened"), 0.60,
        "argument from instance",
        "China backs Russia's war effort",
        "rule A6 instance of the general claim 0.60; weight 0.60. Rácz and Hrytsenko list "
        + "China's support for Russia's war among the signs of deepening cooperation; the "
        + "same fact also feeds the dependence sub-thesis.",
        "p-war-enabler");
  }

  /** What the experts conclude. */
  private void experts() {
    tag("experts");
    statement("p-expert-003", "Academic study: alliance unlikely",
        "An academic study of Chinese-Russian security relations from around 2017 concludes "
        + "that a formal military alliance between them is unlikely.",
        null);
    add(quote("e-expert-003-1", "p-expert-003",
        PAPER, PAPER_TEXT, 906, 1035, 0.95,
        "Such an alliance is unlikely, given the past history between China and Russia, which "
        + "is characterized by mistrust and conflict.",
        "rule W1 own words 0.95; weight 0.95"));
    add(quote("e-expert-003-2", "p-expert-003",
        PAPER, PAPER_TEXT, 71626, 71829, 0.95,
        "Despite the rosy proclamations emanating from Moscow and Beijing concerning their "
        + "bilateral ties, it is unlikely that their current strategic partnership will "
        + "blossom into a formal military alliance.",
        "rule W1 own words 0.95; weight 0.95"));

    statement("p-expert-004", "Rácz and Hrytsenko: extremely unlikely",
        "Rácz and Hrytsenko judge it extremely unlikely that Russian-Chinese military "
        + "cooperation will turn into a functioning, institutionalised alliance.",
        null);
    add(quote("e-expert-004-1", "p-expert-004",
        RACZ, RACZ_BLOG, 1800, 1986, 0.95,
        "Due to these limitations, while military cooperation along shared interests will "
        + "continue, it is extremely unlikely that it will develop into any functioning, "
        + "institutionalized alliance.",
        "rule W1 own words 0.95; weight 0.95"));

    // arguments
    argument("a-expert-003", SUPPORTS, st("t-no-alliance"), 0.50,
        "argument from expert opinion",
        "The academic study judges an alliance unlikely",
        "rule A3 expert opinion 0.50; weight 0.50. The paper's conclusion; its reasons are "
        + "mapped as separate arguments, so the weight is kept low against double counting.",
        "p-expert-003");
    argument("a-expert-004", SUPPORTS, st("t-no-alliance"), 0.50,
        "argument from expert opinion",
        "Rácz and Hrytsenko judge an alliance extremely unlikely",
        "rule A3 expert opinion 0.50; weight 0.50. The report's conclusion; its reasons (the "
        + "limits of the cooperation) are mapped separately, so the weight is kept low "
        + "against double counting.",
        "p-expert-004");
  }

  // ------------------------------------------------------------------ helpers

  private void thesis(String id, String title, String text, String notes) {
    statements.add(Statement.builder()
        .id(StatementId.of(id))
        .title(title)
        .text(text)
        .addTags("thesis")
        .notes(notes)
        .build());
  }

  private void statement(String id, String title, String text, String notes) {
    Statement.Builder b = Statement.builder().id(StatementId.of(id)).title(title).text(text);
    if (notes != null) {
      b.notes(notes);
    }
    statements.add(b.addTags(currentTag).build());
  }

  /** Sets the tag that the following statements get: the theme they belong to. */
  private void tag(String tag) {
    currentTag = tag;
  }

  private static Evidence.Builder quote(String id, String statement, SourceId source,
      CopyId copy, int start, int end, double weight, String quote, String notes) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .statement(StatementId.of(statement))
        .quote(quote)
        .locator(Locator.builder().copy(copy).start(start).end(end).build())
        .weight(weight)
        .polarity(SUPPORTS)
        .source(source)
        .notes(notes);
  }

  private static Evidence.Builder against(String id, String statement, SourceId source,
      CopyId copy, int start, int end, double weight, String quote, String notes) {
    return quote(id, statement, source, copy, start, end, weight, quote, notes).polarity(ATTACKS);
  }

  private void add(Evidence.Builder b) {
    evidence.add(withVoice(b.build()));
  }

  /** Returns the item with its voice from {@link #VOICES}; every item with a speaker is listed. */
  private static Evidence withVoice(Evidence e) {
    Voice voice = VOICES.get(e.id().value());
    if (voice == null) {
      if (e.speaker().isPresent()) {
        throw new IllegalStateException("evidence " + e.id() + " has a speaker but no voice");
      }
      return e;
    }
    return Evidence.builder().from(e).voice(voice).build();
  }

  private void argument(String id, Polarity polarity, ConclusionId conclusion, double weight,
      String scheme, String label, String notes, String... premises) {
    Argument.Builder b = Argument.builder()
        .id(ArgumentId.of(id))
        .conclusion(conclusion)
        .polarity(polarity)
        .weight(weight)
        .scheme(scheme)
        .label(label)
        .notes(notes);
    for (String p : premises) {
      b.addPremises(StatementId.of(p));
    }
    arguments.add(b.build());
  }

  private static StatementId st(String id) {
    return StatementId.of(id);
  }

  private static ArgumentId arg(String id) {
    return ArgumentId.of(id);
  }
}
