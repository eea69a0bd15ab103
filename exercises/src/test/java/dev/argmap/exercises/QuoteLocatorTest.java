package dev.argmap.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.testing.SharedFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Quotes found in a teacher's documents: across line breaks, with ellipses, and the nearest passage otherwise. */
class QuoteLocatorTest {
  static final String SPEECH = "We meet here to speak plainly.\nThe bridge is old and\n  it is no longer safe.\n"
      + "It will cost much to mend, and more to replace. The council must choose now.\n";

  static ArgumentMap map(String... quotes) {
    ArgumentMap.Builder b = ArgumentMap.builder().thesis("t", "The town should replace the bridge.")
        .statement("p", "The bridge is unsafe.").argument("a", Polarity.SUPPORTS, "t", "p")
        .addSources(Source.builder().id(SourceId.of("speech")).kind(SourceKind.SPEECH).title("Speech").build());
    for (int i = 0; i < quotes.length; i++) {
      b.addEvidence(Evidence.builder().id(dev.argmap.model.EvidenceId.of("e" + i))
          .statement(dev.argmap.model.StatementId.of("p")).source(SourceId.of("speech")).quote(quotes[i]).build());
    }
    return b.build();
  }

  @Test
  void quotesAcrossLineBreaksAndWithEllipsesAreLocatedAndTheCopyIsAdded() {
    ArgumentMap m = map("The bridge is old and it is no longer safe.", "It will cost much ... The council must choose",
        "The bridge is made of gold.");
    QuoteLocator.Result r = QuoteLocator.locate(m, List.of(new QuoteLocator.Document("speech.txt", SPEECH)));
    assertThat(r.found()).hasSize(2);
    QuoteLocator.Found f = r.found().get(0);
    assertThat(SPEECH.substring(f.start(), f.end())).isEqualTo("The bridge is old and\n  it is no longer safe.");
    assertThat(SPEECH.substring(r.found().get(1).start(), r.found().get(1).end()))
        .startsWith("It will cost much").endsWith("The council must choose");
    assertThat(r.notFound()).singleElement().satisfies(n -> {
      assertThat(n.nearestDocument()).isEqualTo("speech.txt");
      assertThat(n.nearestPassage()).contains("The bridge is");
      assertThat(n.sharedWords()).isBetween(0.5, 0.99);
    });
    Source s = r.map().source(SourceId.of("speech")).orElseThrow();
    assertThat(s.copies()).singleElement().satisfies(c -> assertThat(c.document()).contains("speech.txt"));
    assertThat(r.map().evidence().get(0).locator()).hasValueSatisfying(l -> {
      assertThat(l.copy()).isEqualTo(s.copies().get(0).id());
      assertThat(l.start()).hasValue(f.start());
    });
  }

  @Test
  void everyQuoteOfThePrebuiltMapIsFoundInTheSeeds() throws Exception {
    Path seeds = SharedFiles.require("seeds");
    List<QuoteLocator.Document> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        docs.add(new QuoteLocator.Document(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    QuoteLocator.Result r = QuoteLocator.locate(map, docs);
    assertThat(r.notFound()).isEmpty();
    assertThat(r.found()).hasSize(map.evidence().size());
    // each quote is found in a document of its own source
    for (QuoteLocator.Found f : r.found()) {
      Evidence e = map.evidence(f.evidence()).orElseThrow();
      assertThat(map.source(e.source()).orElseThrow().copies()).as(f.toString())
          .anyMatch(c -> c.document().orElse("").equals(f.document()));
    }
  }
}
