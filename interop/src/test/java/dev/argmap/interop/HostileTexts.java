package dev.argmap.interop;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.List;

/**
 * Texts that an interchange format's reader (Argdown above all, also AIF's JSON and Carneades' YAML) would
 * read as something other than text, and a map that puts one of them in every place a map holds text that
 * these formats carry: map title and description, statement title, text, tags and notes, argument label,
 * scheme and notes. The render module keeps its own list for the renderers' interpreters.
 */
public final class HostileTexts {
  private HostileTexts() {}

  /** The hostile texts; each tries something different. */
  public static final List<String> ALL = List.of(
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
      "---\ntitle: injected\n---",
      "// a line comment",
      "/* a block comment */ and /* an unclosed one",
      "text // trailing comment",
      "**bold** __underline__ _em_ *em*",
      "`code` and ``` fence",
      "back\\slash \\ \\\\ end\\",
      "line one\nline two\r\nline three\rfour",
      "tab\there\t1\t2",
      "50% off, 100%% sure %",
      "\"double\" and 'single' quotes, \u201Ccurly\u201D",
      "lone [ and ] and < and > and { and } and ( and )",
      "ends with a bracket [",
      "(1) a numbered premise",
      "-- an inference rule --",
      "----",
      "w".repeat(400),
      "bidi \u202Eevil\u202C and \u2066isolate\u2069 \u200F",
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
      "nul \u0000 bell \u0007 del \u007f nel \u0085 bom \uFEFF zwj \u200D",
      "line\u2028separator\u2029paragraph",
      "\\u0041 \\x41 \\n \\\" escapes as text",
      "[[x]] <<y>> {{z}} ((w))",
      "#(tag) #tag @[x] @<y> [x]+ <y>-",
      "a.b:c//d/*e*/f");

  /** A map with {@code text} in every place a map holds text that interchange formats carry. */
  public static ArgumentMap everywhere(String text) {
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
}
