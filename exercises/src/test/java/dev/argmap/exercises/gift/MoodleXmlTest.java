package dev.argmap.exercises.gift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.exercises.Difficulty;
import dev.argmap.exercises.Exercise;
import dev.argmap.exercises.ExerciseOptions;
import dev.argmap.exercises.ExerciseType;
import dev.argmap.exercises.Exercises;
import dev.argmap.exercises.Item;
import dev.argmap.exercises.Worksheet;
import dev.argmap.model.ArgumentMap;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.testing.RandomMaps;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Moodle XML: well-formed, each question type with the elements Moodle's importer reads for it (multichoice,
 * truefalse, matching, ordering, gapselect, essay, category), and read back by this test into the same
 * questions: texts, options, right answers, pairs and orders.
 */
class MoodleXmlTest {
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        out.add(c);
      }
    }
    return out;
  }

  static Element child(Element e, String name) {
    List<Element> c = children(e, name);
    assertThat(c).as("<" + e.getTagName() + "> has one <" + name + ">").hasSize(1);
    return c.get(0);
  }

  /** The text of an element's {@code <text>} child, HTML entities undone. */
  static String text(Element e) {
    return unhtml(child(e, "text").getTextContent());
  }

  static String unhtml(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }

  static void check(ArgumentMap map, Worksheet w, String where) throws Exception {
    Document doc = parse(w.toMoodleXml());
    Element quiz = doc.getDocumentElement();
    assertThat(quiz.getTagName()).isEqualTo("quiz");
    List<Element> questions = children(quiz, "question");
    int q = 0;
    String version = GiftWriter.version(w);
    Pattern ids = ids(map);
    for (Exercise e : w.exercises()) {
      Element category = questions.get(q++);
      assertThat(category.getAttribute("type")).as(where).isEqualTo("category");
      assertThat(text(child(category, "category"))).as(where).startsWith("$course$/top/").contains("/" + version + "/");
      for (Item item : e.items()) {
        Element x = questions.get(q++);
        String type = x.getAttribute("type");
        String at = where + ", " + item.title() + " (" + type + ")";
        assertThat(text(child(x, "name"))).as(at).startsWith(version + " ").endsWith(item.title());
        assertThat(text(child(x, "questiontext"))).as(at).contains(unhtml(MoodleXmlWriter.html(item.prompt())));
        int grade = Integer.parseInt(child(x, "defaultgrade").getTextContent().strip());
        assertThat(grade).as(at).isPositive();
        for (String fb : feedbacks(x)) {
          assertThat(ids.matcher(fb).find()).as(at + ": no internal id in feedback: " + fb).isFalse();
          assertThat(fb).as(at).doesNotContainPattern("(^|>)[A-Z]: ").doesNotContainPattern("\u2192 [A-Z]:");
        }
        if (item instanceof Item.Choice c) {
          assertThat(type).isEqualTo("multichoice");
          List<Element> answers = children(x, "answer");
          assertThat(answers).as(at).hasSize(c.options().size());
          for (int k = 0; k < answers.size(); k++) {
            assertThat(text(answers.get(k))).as(at).isEqualTo(c.options().get(k).text());
            assertThat(answers.get(k).getAttribute("fraction")).as(at).isEqualTo(k == c.answer() ? "100" : "0");
            assertThat(text(child(answers.get(k), "feedback"))).as(at + ": per-answer feedback").isNotBlank();
          }
          assertThat(child(x, "single").getTextContent()).isEqualTo("true");
        } else if (item instanceof Item.TrueFalse t) {
          assertThat(type).isEqualTo("truefalse");
          List<Element> answers = children(x, "answer");
          assertThat(answers).extracting(MoodleXmlTest::text).containsExactly("true", "false");
          assertThat(answers.get(t.answer() ? 0 : 1).getAttribute("fraction")).isEqualTo("100");
          assertThat(answers.get(t.answer() ? 1 : 0).getAttribute("fraction")).isEqualTo("0");
        } else if (item instanceof Item.Matching m) {
          assertThat(type).isEqualTo("matching");
          List<Element> subs = children(x, "subquestion");
          List<String> extras = new ArrayList<>();
          int k = 0;
          for (Element s : subs) {
            String left = text(s);
            String right = text(child(s, "answer"));
            if (left.isEmpty()) {
              extras.add(right);
              continue;
            }
            assertThat(left).as(at).isEqualTo("\u201c" + m.left().get(k).text() + "\u201d");
            assertThat(right).as(at).isEqualTo(m.right().get(m.answer().get(k)).text());
            k++;
          }
          assertThat(k).isEqualTo(m.left().size());
          assertThat(extras).hasSize(m.right().size() - m.left().size());
          assertThat(grade).isEqualTo(m.left().size());
        } else if (item instanceof Item.Ordering o) {
          assertThat(type).isEqualTo("ordering");
          List<String> got = children(x, "answer").stream().map(MoodleXmlTest::text).toList();
          List<String> want = o.order().stream().map(i -> o.items().get(i).text()).toList();
          assertThat(got).as(at).isEqualTo(want);
          for (String el : List.of("layouttype", "selecttype", "gradingtype")) {
            child(x, el);
          }
        } else if (item instanceof Item.Task t) {
          if (type.equals("gapselect")) {
            assertThat(e.type()).isEqualTo(ExerciseType.BUILD_MAP);
            String qt = text(child(x, "questiontext"));
            Matcher g = Pattern.compile("\\[\\[(\\d+)]]").matcher(qt);
            int gaps = 0;
            int options = children(x, "selectoption").size();
            while (g.find()) {
              gaps++;
              assertThat(Integer.parseInt(g.group(1))).as(at).isBetween(1, options);
            }
            assertThat(gaps).as(at).isEqualTo(grade).isPositive();
          } else {
            assertThat(type).isEqualTo("essay");
            assertThat(text(child(x, "graderinfo"))).as(at + ": the model answer is for the grader").isNotBlank();
            assertThat(text(child(x, "generalfeedback"))).as(at + ": students see no model answer").isEmpty();
            assertThat(text(child(x, "responsetemplate"))).isNotBlank();
          }
        }
      }
    }
    assertThat(q).as(where + ": every question read back").isEqualTo(questions.size());
  }

  static List<String> feedbacks(Element x) {
    List<String> out = new ArrayList<>();
    NodeList fb = x.getElementsByTagName("feedback");
    for (int i = 0; i < fb.getLength(); i++) {
      out.add(text((Element) fb.item(i)));
    }
    out.add(text(child(x, "generalfeedback")));
    return out;
  }

  /** "argument a-culture", "statement p-x" and the like: identifiers Moodle never shows. */
  static Pattern ids(ArgumentMap map) {
    List<String> all = new ArrayList<>();
    map.arguments().forEach(a -> all.add(Pattern.quote(a.id().value())));
    map.statements().forEach(s -> all.add(Pattern.quote(s.id().value())));
    map.evidence().forEach(s -> all.add(Pattern.quote(s.id().value())));
    return Pattern.compile("\\b(?:argument|statement|quote|undercutter) (?:" + String.join("|", all) + ")(?![\\w-])");
  }

  @Test
  void thePrebuiltMapAtEveryLevelIsReadBackIntoTheSameQuestions() throws Exception {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    for (Difficulty d : Difficulty.values()) {
      Worksheet w = Exercises.generate(map, ExerciseOptions.builder().difficulty(d).seed(1).build());
      check(map, w, "prebuilt " + d);
      assertThat(w.toMoodleXml()).contains("type=\"ordering\"").contains("type=\"essay\"")
          .contains("type=\"matching\"").contains("type=\"multichoice\"");
    }
    Worksheet hard = Exercises.generate(map, ExerciseOptions.builder().difficulty(Difficulty.HARD).build());
    assertThat(hard.toMoodleXml()).contains("type=\"gapselect\"").contains("type=\"truefalse\"");
    // two versions never share a category
    Worksheet other = Exercises.generate(map, ExerciseOptions.builder().seed(2).build());
    Worksheet one = Exercises.generate(map, ExerciseOptions.builder().seed(1).build());
    assertThat(other.toMoodleXml()).contains("/Medium seed 2/").doesNotContain("/Medium seed 1/");
    assertThat(one.toGift()).contains("Medium seed 1/");
  }

  @Test
  void randomMapsAreReadBackIntoTheSameQuestions() throws Exception {
    for (long seed = 1; seed <= 24; seed++) {
      ArgumentMap map = RandomMaps.withStatements(8 + (int) (seed * 7 % 70)).seed(seed).generate();
      Worksheet w = Exercises.generate(map, ExerciseOptions.builder().seed(seed)
          .difficulty(Difficulty.values()[(int) (seed % 3)]).build());
      check(map, w, "RandomMaps seed " + seed);
    }
  }
}
