package dev.argmap.exercises.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {
  private final TextSimilarity plain = TextSimilarity.plain();

  @Test
  void identicalTextsScoreOneAndUnrelatedOnesNearZero() {
    assertThat(plain.similarity("Russia will not join.", "russia   will NOT join")).isEqualTo(1.0);
    assertThat(plain.similarity("Russia will not join.", "Cats sleep all day.")).isLessThan(0.1);
    assertThat(plain.similarity("", "")).isEqualTo(1.0);
  }

  @Test
  void normalisesAccentsCasePunctuationStemsWithLuceneAndMapsSynonyms() {
    assertThat(TextSimilarity.normalize("Zhōngguó, ÉLITE — “quoted”!")).isEqualTo("zhongguo elite quoted");
    // Porter stems; "allies" is a synonym of "alliance"; stop words go, "not" stays
    assertThat(TextSimilarity.stems("The alliances were formed by forcing allies"))
        .containsExactly("allianc", "form", "forc", "allianc");
    assertThat(TextSimilarity.stems("studies")).isEqualTo(TextSimilarity.stems("study"));
    assertThat(TextSimilarity.stems("Moscow and Beijing won't become allies"))
        .containsExactly("russia", "china", "not", "becom", "allianc");
    assertThat(TextSimilarity.stems("Russia and China will not form an alliance"))
        .containsExactly("russia", "china", "not", "form", "allianc");
  }

  @Test
  void aParaphraseWithSynonymsMeetsTheReference() {
    TextSimilarity t = TextSimilarity.plain();
    String ref = "Russia and China will not form a formal military alliance with each other.";
    assertThat(t.similarity(ref, "Moscow and Beijing won't become formal military allies."))
        .isGreaterThan(Grader.STATEMENT_THRESHOLD);
  }

  @Test
  void wordsEveryTextSharesCountForLessOverACorpus() {
    List<String> corpus = List.of("Russia and China trade oil.", "Russia and China hold exercises.",
        "Russia and China distrust each other.", "Russia and China share a border.");
    TextSimilarity idf = TextSimilarity.over(corpus);
    String a = "Russia and China trade oil.";
    String b = "Russia and China share a border.";
    assertThat(idf.similarity(a, b)).isLessThan(plain.similarity(a, b));
    assertThat(idf.similarity(a, "Oil is traded by Russia and China.")).isGreaterThan(idf.similarity(a, b));
  }
}
