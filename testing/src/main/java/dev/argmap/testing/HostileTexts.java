package dev.argmap.testing;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Person;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.List;

/**
 * Texts that some output format's reader would read as something other than text: Mermaid
 * directives, DOT and JSON escapes, HTML and XML markup, Markdown, Argdown and YAML syntax, line
 * breaks, bidirectional and control characters, a very long word. And maps that put them in every
 * place a map holds text, so that a test of a renderer, exporter or importer can check that each
 * text comes back as text.
 *
 * <pre>{@code
 * for (String text : HostileTexts.ALL) {
 *   String out = myExporter.writeString(HostileTexts.everywhere(text));
 *   // read it back, or parse it, and find the text unchanged
 * }
 * }</pre>
 */
public final class HostileTexts {
  private HostileTexts() {}

  /**
   * The hostile texts, each trying something different. They hold no lone surrogate: the model refuses
   * those (rule invalid-text), so no format is ever given one.
   */
  public static final List<String> ALL = List.of(
      "%%{init: {'theme': 'forest', 'flowchart': {'curve': 'step'}}}%%",  // a Mermaid directive
      "%%{init: {\"theme\": \"dark\"}}%%",
      "open %%{init: {",                                    // an unclosed directive
      "%%{init: { 'theme",
      "%% a Mermaid comment",
      "50%% off, 100% sure, %%",
      "\"double\" and 'single' quotes",
      "back\\slash \\n \\l \\N \\G \\\" \\\\ end\\",         // DOT escapes
      "line one\nline two\r\nline three\u2028sep\u2029para", // line breaks
      "line\n2024 and\n12.5",                                // a line break followed by digits
      "</script><script>alert(1)</script>",
      "<!-- comment --> <![CDATA[ x ]]> ]]>",
      "<b id=\"pwn\">bold</b> &amp; &lt; &#35; &#x41; &",
      "#35; #quot; #9829; #",                                // Mermaid entity codes
      "bidi \u202Eevil\u202C and \u2066isolate\u2069 \u200F",
      "w".repeat(400),                                       // a very long word
      "A --> B; C -.-> D |x| [y] (z) {w} ((v))",
      "end",
      "click S0 call alert()",
      ":::thesis",
      "**bold** _em_ `code` [link](http://example.org) ![img](x.png) <http://x>",
      "1. a list\n- an item\n# heading\n> quote\n---",
      "${x} {{y}} @{ shape: circle }",
      "nul \u0000 bell \u0007 del \u007f nel \u0085 bom \uFEFF zwj \u200D",
      "tab\there\t1\t2",
      "\\u0041 \\x41 \\101",
      "---\ntitle: injected\n---",
      // what interchange formats (Argdown above all, AIF's JSON, Carneades' YAML) read as syntax
      "[x]: a statement definition",
      "<x>: an argument definition",
      "+ [x] a support at the start",
      "- [x] an attack at the start",
      "<_ [x] an undercut at the start",
      "> a quote or relation",
      "mid [x]: and <y>: and + [z] and - <w> and <_ [v] and +> <u> and -> [t] and _> <s>",
      "# heading",
      "## subheading with #tag and #(other tag)",
      "{isCanonical: true}",
      "text {isCanonical: true, isInMap: false}",
      "@import \"x.argdown\"",
      "@include(x)",
      "===",
      "===\ntitle: injected\n===",
      "---",
      "// a line comment",
      "/* a block comment */ and /* an unclosed one",
      "text // trailing comment",
      "**bold** __underline__ _em_ *em*",
      "`code` and ``` fence",
      "back\\slash \\ \\\\ end\\",
      "line one\nline two\r\nline three\rfour",
      "50% off, 100%% sure %",
      "\"double\" and 'single' quotes, \u201Ccurly\u201D",
      "lone [ and ] and < and > and { and } and ( and )",
      "ends with a bracket [",
      "(1) a numbered premise",
      "-- an inference rule --",
      "----",
      "non-BMP \uD83D\uDE00 \uD835\uDC00 \uD840\uDC00",
      "key: value, other: [1, 2]",
      "- item\n  - nested",
      "? complex key\n: value",
      "&anchor *alias !tag |",
      "  leading and trailing spaces  ",
      ":",
      ".",
      "%%{init: {'theme': 'dark'}}%% and %% a comment",
      "<!-- x --> <![CDATA[ y ]]> </script> &amp; &#35;",
      "line\u2028separator\u2029paragraph",
      "\\u0041 \\x41 \\n \\\" escapes as text",
      "[[x]] <<y>> {{z}} ((w))",
      "#(tag) #tag @[x] @<y> [x]+ <y>-",
      "a.b:c//d/*e*/f");

  /**
   * Returns a map with {@code text} in every place a map holds text, identifiers aside: title,
   * description, statement title and text, argument label, scheme and notes, quote, speaker, source
   * title and publisher.
   *
   * @param text the text to place
   * @return the map
   */
  public static ArgumentMap everywhere(String text) {
    return ArgumentMap.builder().title("Title " + text).description("Description " + text)
        .thesis("t1", "Thesis " + text)
        .addStatements(Statement.builder().id(StatementId.of("p1")).title("Title " + text)
            .text(text).build())
        .statement("p2", text + " (a premise that ends the text)")
        .addArguments(Argument.builder().id(ArgumentId.of("a1")).polarity(Polarity.SUPPORTS)
            .conclusion(StatementId.of("t1")).addPremises(StatementId.of("p1")).label(text)
            .scheme(text).notes(text).build())
        .undercutter("a2", "a1", "p2")
        .addEvidence(Evidence.builder().id(EvidenceId.of("e1")).statement(StatementId.of("p1"))
            .quote(text).source(SourceId.of("s1")).speaker(Person.of(text, text)).build())
        .addSources(Source.builder().id(SourceId.of("s1")).kind(SourceKind.OTHER).title(text)
            .publisher(text).build())
        .build();
  }

  /**
   * Returns a map with {@code text} in every place that interchange formats (Argdown, AIF, Carneades)
   * carry: map title and description, statement title, text, tags and notes, argument label, scheme and
   * notes. It has no evidence or sources, which not every such format can hold, so a format that
   * carries texts loses nothing on it.
   *
   * @param text the text to place
   * @return the map
   */
  public static ArgumentMap inStatementsAndArguments(String text) {
    return ArgumentMap.builder().title("Title " + text).description(text)
        .thesis("t1", "Thesis " + text)
        .addStatements(Statement.builder().id(StatementId.of("p1")).title(text).text(text)
            .addTags(text).notes(text).build())
        .addStatements(Statement.builder().id(StatementId.of("p2")).text(text + " (a premise)").build())
        .addArguments(Argument.builder().id(ArgumentId.of("a1")).polarity(Polarity.SUPPORTS)
            .conclusion(StatementId.of("t1")).addPremises(StatementId.of("p1")).label(text)
            .scheme(text).notes(text).build())
        .addArguments(Argument.builder().id(ArgumentId.of("a2")).polarity(Polarity.ATTACKS)
            .conclusion(StatementId.of("t1")).addPremises(StatementId.of("p2")).label("Against " + text)
            .build())
        .build();
  }

  /**
   * Returns one map with every hostile text in every place, each text in its own statement.
   *
   * @return the map
   */
  public static ArgumentMap all() {
    ArgumentMap.Builder b = ArgumentMap.builder().title("Every hostile text " + String.join(" ", ALL))
        .thesis("t", "The thesis.");
    for (int i = 0; i < ALL.size(); i++) {
      String text = ALL.get(i);
      b.addStatements(Statement.builder().id(StatementId.of("p" + i)).title(text).text(text).build());
      b.addArguments(Argument.builder().id(ArgumentId.of("a" + i)).polarity(i % 2 == 0 ? Polarity.SUPPORTS
          : Polarity.ATTACKS).conclusion(StatementId.of("t")).addPremises(StatementId.of("p" + i)).label(text)
          .build());
      b.addEvidence(Evidence.builder().id(EvidenceId.of("e" + i)).statement(StatementId.of("p" + i))
          .quote(text).source(SourceId.of("s" + i)).speaker(Person.of(text)).build());
      b.addSources(Source.builder().id(SourceId.of("s" + i)).kind(SourceKind.OTHER).title(text).publisher(text)
          .build());
    }
    return b.build();
  }
}
