package dev.argmap.render;

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
 * Texts that some renderer's interpreter would read as something other than text, and maps that put
 * them everywhere a map holds text: title, description, statement title and text, argument label,
 * quote, speaker, source title and publisher.
 */
public final class HostileTexts {
  private HostileTexts() {}

  /** The hostile texts, each with what it tries. */
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
      // no lone surrogates: the model refuses them (rule invalid-text), so no renderer is given one
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
      "---\ntitle: injected\n---");

  /** A map with {@code text} in every place a map holds text, identifiers aside. */
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

  /** One map with every hostile text in every place, each text in its own statement. */
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
