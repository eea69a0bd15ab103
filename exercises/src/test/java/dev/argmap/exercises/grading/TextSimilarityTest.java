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
  void normalisesAccentsCasePunctuationAndStemsLightly() {
    assertThat(TextSimilarity.normalize("Zhōngguó, ÉLITE — “quoted”!")).isEqualTo("zhongguo elite quoted");
    assertThat(TextSimilarity.stems("The alliances were formed by forcing allies"))
        .containsExactly("allianc", "form", "forc", "ally");
    assertThat(TextSimilarity.stem("alliance")).isEqualTo(TextSimilarity.stem("alliances"));
    assertThat(TextSimilarity.stem("studies")).isEqualTo("study");
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
