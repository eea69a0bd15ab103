package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Person;
import dev.argmap.model.PersonKind;
import dev.argmap.model.Source;
import dev.argmap.model.Voice;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The voices of the prebuilt Russia-China map: which quotes are reported speech, which are direct
 * quotations, and that the accessors name the reporter, not the one reported, as the one speaking.
 */
class ReportedSpeechTest {
  private final ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();

  /** Each reported-speech item and the speaker it reports: the one spoken about. */
  private static final Map<String, String> REPORTED = Map.ofEntries(
      Map.entry("e-1950-alliance-failed-2", "Mao Zedong"),
      Map.entry("e-russia-balances-2", "Chinese media"),
      Map.entry("e-china-no-alliances-1", "Chinese government"),
      Map.entry("e-russia-fears-junior-3", "Vladimir Putin"),
      Map.entry("e-putin-not-rule-out-2", "Vladimir Putin"),
      Map.entry("e-putin-not-rule-out-3", "Vladimir Putin"),
      Map.entry("e-shared-anti-us-3", "Russian and Chinese defense ministers"),
      Map.entry("e-coop-deepened-3", "Chinese government"),
      Map.entry("e-defied-eu-1", "Russian policy-makers"),
      Map.entry("e-russia-fears-junior-2", "Russian elites"),
      Map.entry("e-chinese-irredentism-1", "Some on the Chinese side"),
      Map.entry("e-far-east-fears-4", "Some Russians"),
      Map.entry("e-west-pushes-together-7", "Chinese analysts"),
      Map.entry("e-coop-deepened-2", "Vladimir Putin"),
      Map.entry("e-tech-sharing-3", "Chinese media"),
      Map.entry("e-putin-ties-deepen-1", "Vladimir Putin"),
      Map.entry("e-mistrust-today-5", "Senior US officials under President Barack Obama"),
      Map.entry("e-far-east-fears-2", "Senior US officials under President Barack Obama"),
      Map.entry("e-leaders-disavow-1", "Putin, senior Russian officials and the Chinese leadership"));

  /** Each direct quotation and its speaker, the one speaking. */
  private static final Map<String, String> QUOTED = Map.ofEntries(
      Map.entry("e-putin-no-need-1", "Vladimir Putin"),
      Map.entry("e-putin-no-need-2", "Vladimir Putin"),
      Map.entry("e-putin-not-rule-out-1", "Vladimir Putin"),
      Map.entry("e-shared-anti-us-4", "Russian and Chinese governments"),
      Map.entry("e-tech-sharing-1", "Vladimir Putin"));

  private Map<String, Evidence> byVoice(Voice voice) {
    return map.evidence().stream().filter(e -> e.voice() == voice)
        .collect(Collectors.toMap(e -> e.id().value(), Function.identity()));
  }

  private Source sourceOf(Evidence e) {
    return map.source(e.source()).orElseThrow();
  }

  @Test
  void theReportedSpeechItemsAreExactlyTheseAndNameTheSpeakerTheyReport() {
    Map<String, Evidence> reported = byVoice(Voice.REPORTED_SPEECH);
    assertThat(reported.keySet()).containsExactlyInAnyOrderElementsOf(REPORTED.keySet());
    reported.forEach((id, e) -> {
      assertThat(e.reportedSpeaker()).as(id).map(Person::name).contains(REPORTED.get(id));
      assertThat(e.quotedSpeaker()).as(id).isEmpty();
    });
  }

  @Test
  void inReportedSpeechTheReporterSpeaksNotTheOneReported() {
    for (Evidence e : byVoice(Voice.REPORTED_SPEECH).values()) {
      Source source = sourceOf(e);
      Person reported = e.reportedSpeaker().orElseThrow();
      assertThat(e.whoSpeaks(source)).as(e.id().value()).doesNotContain(reported);
      if (!source.authors().isEmpty()) {
        assertThat(e.whoSpeaks(source)).as(e.id().value()).isEqualTo(source.authors());
      } else if (source.publisher().isPresent()) {
        assertThat(e.whoSpeaks(source)).as(e.id().value())
            .containsExactly(Person.organisation(source.publisher().get()));
      } else {
        assertThat(e.whoSpeaks(source)).as(e.id().value()).isEmpty(); // the paper's unknown author
      }
    }
    Evidence headline = map.evidence().stream()
        .filter(e -> e.id().value().equals("e-putin-not-rule-out-2")).findFirst().orElseThrow();
    assertThat(headline.whoSpeaks(sourceOf(headline)))
        .containsExactly(Person.organisation("The Moscow Times"));
  }

  @Test
  void theDirectQuotationsAreExactlyTheseAndTheirSpeakerSpeaks() {
    Map<String, Evidence> quoted = byVoice(Voice.DIRECT_QUOTATION);
    assertThat(quoted.keySet()).containsExactlyInAnyOrderElementsOf(QUOTED.keySet());
    quoted.forEach((id, e) -> {
      assertThat(e.quotedSpeaker()).as(id).map(Person::name).contains(QUOTED.get(id));
      assertThat(e.whoSpeaks(sourceOf(e))).as(id).containsExactly(e.speaker().orElseThrow());
      assertThat(e.reportedSpeaker()).as(id).isEmpty();
    });
  }

  @Test
  void everyOtherItemIsInItsSourcesVoiceWithoutASpeaker() {
    assertThat(byVoice(Voice.SOURCE).values()).isNotEmpty()
        .allSatisfy(e -> assertThat(e.speaker()).isEmpty());
    assertThat(byVoice(Voice.SOURCE).size() + REPORTED.size() + QUOTED.size())
        .isEqualTo(map.evidence().size());
  }

  @Test
  void speakersThatAreOrganisationsOrGroupsSaySo() {
    Map<String, PersonKind> kinds = map.evidence().stream()
        .flatMap(e -> e.speaker().stream())
        .collect(Collectors.toMap(Person::name, Person::kind, (a, b) -> a));
    assertThat(kinds).containsEntry("Vladimir Putin", PersonKind.PERSON)
        .containsEntry("Mao Zedong", PersonKind.PERSON)
        .containsEntry("Chinese government", PersonKind.ORGANISATION)
        .containsEntry("Chinese media", PersonKind.GROUP)
        .containsEntry("Russian and Chinese defense ministers", PersonKind.GROUP)
        .containsEntry("Russian and Chinese governments", PersonKind.GROUP)
        .containsEntry("Russian policy-makers", PersonKind.GROUP)
        .containsEntry("Russian elites", PersonKind.GROUP)
        .containsEntry("Some on the Chinese side", PersonKind.GROUP)
        .containsEntry("Some Russians", PersonKind.GROUP)
        .containsEntry("Chinese analysts", PersonKind.GROUP);
  }
}
