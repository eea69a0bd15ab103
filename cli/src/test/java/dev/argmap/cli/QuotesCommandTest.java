package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import dev.argmap.model.StatementId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCommandTest {
  @TempDir Path dir;

  @Test
  void locatesQuotesWritesTheLocatorsAndListsWhatIsMissingWithTheNearestPassage() throws IOException {
    ArgumentMap map = ArgumentMap.builder().thesis("t", "The town should replace the bridge.")
        .statement("p", "The bridge is unsafe.").argument("a", Polarity.SUPPORTS, "t", "p")
        .addSources(Source.builder().id(SourceId.of("speech")).kind(SourceKind.SPEECH).title("Speech").build())
        .addEvidence(Evidence.builder().id(EvidenceId.of("e1")).statement(StatementId.of("p"))
            .source(SourceId.of("speech")).quote("The bridge is old and it is no longer safe.").build())
        .addEvidence(Evidence.builder().id(EvidenceId.of("e2")).statement(StatementId.of("p"))
            .source(SourceId.of("speech")).quote("The bridge is made of gold.").build())
        .build();
    Path mapFile = dir.resolve("lesson.argmap.json");
    Files.writeString(mapFile, ArgMapJson.writeString(map));
    Path doc = dir.resolve("speech.txt");
    Files.writeString(doc, "We meet here.\nThe bridge is old and\n  it is no longer safe.\n");
    Path out = dir.resolve("located.argmap.json");

    Run run = Run.of("quotes", "locate", mapFile.toString(), doc.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains("located 1 of 2 quotes").contains("not found: e2")
        .contains("nearest in speech.txt");
    ArgumentMap located = ArgMapJson.read(out);
    assertThat(located.evidence(EvidenceId.of("e1")).orElseThrow().locator()).isPresent();
    assertThat(located.source(SourceId.of("speech")).orElseThrow().copies()).singleElement()
        .satisfies(c -> assertThat(c.document()).contains("speech.txt"));
  }
}
