package dev.argmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The voice of evidence, speakers that are organisations or groups, and their validation. */
class VoiceTest {
  private static final Person PUTIN = Person.of("Vladimir Putin", "President of Russia");

  private static Evidence.Builder evidence(String id) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .statement(StatementId.of("t1"))
        .quote("words")
        .source(SourceId.of("paper"));
  }

  private static ArgumentMap.Builder map(Evidence... evidence) {
    return ArgumentMap.builder()
        .thesis("t1", "Russia and China will not form a formal military alliance.")
        .addSources(Source.builder().id(SourceId.of("paper")).kind(SourceKind.NEWS_REPORT)
            .publisher("The Moscow Times").build())
        .addEvidence(evidence);
  }

  @Test
  void theVoiceIsDerivedFromTheSpeakerWhenNotGiven() {
    assertThat(evidence("e1").speaker(PUTIN).build().voice()).isEqualTo(Voice.DIRECT_QUOTATION);
    assertThat(evidence("e1").build().voice()).isEqualTo(Voice.SOURCE);
    assertThat(evidence("e1").speaker(PUTIN).voice(Voice.REPORTED_SPEECH).build().voice())
        .isEqualTo(Voice.REPORTED_SPEECH);
  }

  @Test
  void aGivenVoiceThatEqualsTheDerivedOneMakesAnEqualItem() {
    assertThat(evidence("e1").speaker(PUTIN).voice(Voice.DIRECT_QUOTATION).build())
        .isEqualTo(evidence("e1").speaker(PUTIN).build());
  }

  @Test
  void aDirectQuotationNamesTheSpeakerAsTheOneSpeaking() {
    Evidence e = evidence("e1").speaker(PUTIN).build();
    ArgumentMap m = map(e).build();
    assertThat(e.quotedSpeaker()).contains(PUTIN);
    assertThat(e.reportedSpeaker()).isEmpty();
    assertThat(e.whoSpeaks(m.sources().get(0))).containsExactly(PUTIN);
  }

  @Test
  void reportedSpeechNamesTheSourceAsTheOneSpeakingAboutTheSpeaker() {
    Evidence e = evidence("e1").speaker(PUTIN).voice(Voice.REPORTED_SPEECH).build();
    Source paper = map(e).build().sources().get(0);
    assertThat(e.quotedSpeaker()).isEmpty();
    assertThat(e.reportedSpeaker()).contains(PUTIN);
    assertThat(e.whoSpeaks(paper)).containsExactly(Person.organisation("The Moscow Times"));
    Source withAuthor = Source.builder().from(paper).addAuthors(Person.of("A. Reporter")).build();
    assertThat(e.whoSpeaks(withAuthor)).containsExactly(Person.of("A. Reporter"));
    Source anonymous = Source.builder().id(SourceId.of("paper")).kind(SourceKind.OTHER).build();
    assertThat(e.whoSpeaks(anonymous)).isEmpty();
  }

  @Test
  void whoSpeaksNeedsTheItemsOwnSource() {
    Evidence e = evidence("e1").build();
    Source other = Source.builder().id(SourceId.of("other")).kind(SourceKind.OTHER).build();
    assertThatThrownBy(() -> e.whoSpeaks(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paper");
  }

  @Test
  void voiceAndSpeakerMustAgreeAndEveryMismatchIsReportedWithAFix() {
    InvalidMapException ex = catchThrowableOfType(InvalidMapException.class, map(
        evidence("e1").voice(Voice.REPORTED_SPEECH).build(),
        evidence("e2").voice(Voice.DIRECT_QUOTATION).build(),
        evidence("e3").speaker(PUTIN).voice(Voice.SOURCE).build(),
        evidence("e4").speaker(PUTIN).voice(Voice.REPORTED_SPEECH).build())::build);
    assertThat(ex.problems()).extracting(MapProblem::toString).containsExactly(
        "Evidence e1: is reported speech but names no speaker (voice-speaker-mismatch). Fix: name "
            + "the speaker whose words the source reports, or set the voice to source",
        "Evidence e2: is direct quotation but names no speaker (voice-speaker-mismatch). Fix: name "
            + "the speaker whose words the quote gives, or set the voice to source",
        "Evidence e3: is in the source's own voice but names speaker \"Vladimir Putin\" "
            + "(voice-speaker-mismatch). Fix: set the voice to direct quotation or reported speech, "
            + "or leave the speaker out");
  }

  @Test
  void speakersArePeopleByDefaultAndMayBeOrganisationsOrGroups() {
    assertThat(PUTIN.kind()).isEqualTo(PersonKind.PERSON);
    assertThat(Person.organisation("Chinese government").kind()).isEqualTo(PersonKind.ORGANISATION);
    Person ministers = Person.group("Russian and Chinese defense ministers");
    assertThat(ministers.kind()).isEqualTo(PersonKind.GROUP);
    assertThat(ministers.role()).isEmpty();
    assertThat(ministers).isNotEqualTo(Person.of("Russian and Chinese defense ministers"));
    assertThat(Voice.SOURCE.needsSpeaker()).isFalse();
    assertThat(Voice.REPORTED_SPEECH.isSourceSpeaking()).isTrue();
    assertThat(Voice.DIRECT_QUOTATION.isSourceSpeaking()).isFalse();
  }
}
