package dev.argmap.interop.argdown;

import dev.argmap.interop.argdown.ArgdownModel.End;
import dev.argmap.interop.argdown.ArgdownModel.RelationType;
import dev.argmap.interop.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The model that the reference parser's {@code argdown json} output describes, in the terms of
 * {@link ArgdownModel}, so that {@link ModelToMap} can make the map argmap would make of it.
 */
final class ReferenceJson {
  private static final Pattern UNTITLED = Pattern.compile("Untitled \\d+");

  private ReferenceJson() {}

  static ArgdownModel model(String json) {
    Json.Obj root = (Json.Obj) Json.parse(json);
    ArgdownModel model = new ArgdownModel();
    Json.Obj statements = (Json.Obj) root.get("statements");
    for (Map.Entry<String, Json.Node> e : statements.members().entrySet()) {
      Json.Obj ec = (Json.Obj) e.getValue();
      ArgdownModel.Statement s = new ArgdownModel.Statement(e.getKey(), UNTITLED.matcher(e.getKey()).matches(),
          0, 0);
      List<String> tags = strings(ec.get("tags"));
      s.tags.addAll(tags);
      s.text = canonicalText(ec, tags);
      if (ec.get("data") instanceof Json.Obj data) {
        s.data.putAll(values(data));
      }
      model.statements.put(e.getKey(), s);
    }
    Json.Obj arguments = (Json.Obj) root.get("arguments");
    for (Map.Entry<String, Json.Node> e : arguments.members().entrySet()) {
      Json.Obj arg = (Json.Obj) e.getValue();
      ArgdownModel.Argument a = new ArgdownModel.Argument(e.getKey(), UNTITLED.matcher(e.getKey()).matches(), 0, 0);
      List<String> tags = strings(arg.get("tags"));
      a.tags.addAll(tags);
      a.description = canonicalText(arg, tags);
      if (arg.get("data") instanceof Json.Obj data) {
        a.data.putAll(values(data));
      }
      List<String> premises = new ArrayList<>();
      if (arg.get("pcs") instanceof Json.Arr pcs) {
        for (Json.Node n : pcs.items()) {
          Json.Obj member = (Json.Obj) n;
          String title = ((Json.Str) member.get("title")).value();
          String role = ((Json.Str) member.get("role")).value();
          if (role.equals("premise")) {
            premises.add(title);
            continue;
          }
          ArgdownModel.Step step = new ArgdownModel.Step();
          if (!a.steps.isEmpty()) {
            step.premises.add(a.mainConclusion());
          }
          for (String p : premises) {
            if (!step.premises.contains(p)) {
              step.premises.add(p);
            }
          }
          premises.clear();
          step.conclusion = title;
          Json.Obj inference = (Json.Obj) member.get("inference");
          step.rules.addAll(strings(inference.get("inferenceRules")));
          if (inference.get("data") instanceof Json.Obj data) {
            step.data.putAll(values(data));
          }
          a.steps.add(step);
        }
      }
      model.arguments.put(e.getKey(), a);
    }
    for (Json.Node n : ((Json.Arr) root.get("relations")).items()) {
      Json.Obj r = (Json.Obj) n;
      String type = ((Json.Str) r.get("relationType")).value();
      RelationType t = switch (type) {
        case "support", "entails" -> RelationType.SUPPORT;
        case "undercut" -> RelationType.UNDERCUT;
        case "contradictory" -> RelationType.CONTRADICTION;
        default -> RelationType.ATTACK;
      };
      String to = ((Json.Str) r.get("to")).value();
      String toType = ((Json.Str) r.get("toType")).value();
      int step = -1;
      if (toType.equals("inference") && r.get("conclusionIndex") instanceof Json.Num ci) {
        step = stepOf(arguments, to, Integer.parseInt(ci.text()));
      }
      model.relations.add(new ArgdownModel.Relation(
          new End(!((Json.Str) r.get("fromType")).value().equals("equivalence-class"),
              ((Json.Str) r.get("from")).value()),
          new End(!toType.equals("equivalence-class"), to), t, step, 0, 0));
    }
    return model;
  }

  /** The step whose conclusion stands at a position of an argument's premise-conclusion structure. */
  private static int stepOf(Json.Obj arguments, String title, int conclusionIndex) {
    Json.Arr pcs = (Json.Arr) ((Json.Obj) arguments.get(title)).get("pcs");
    int step = -1;
    for (int i = 0; i <= conclusionIndex && i < pcs.items().size(); i++) {
      if (!((Json.Str) ((Json.Obj) pcs.items().get(i)).get("role")).value().equals("premise")) {
        step++;
      }
    }
    return step;
  }

  /**
   * The text of the canonical member, as Argdown's {@code getCanonicalMember}: the last definition (not a
   * reference) whose data say {@code isCanonical}, else the last definition.
   */
  private static String canonicalText(Json.Obj element, List<String> tags) {
    if (!(element.get("members") instanceof Json.Arr members)) {
      return null;
    }
    Json.Obj chosen = null;
    List<Json.Node> items = members.items();
    for (int i = items.size() - 1; i >= 0; i--) {
      Json.Obj m = (Json.Obj) items.get(i);
      if (m.get("isReference") instanceof Json.Bool b && b.value()) {
        continue;
      }
      if (m.get("data") instanceof Json.Obj data && data.get("isCanonical") instanceof Json.Bool c && c.value()) {
        chosen = m;
        break;
      }
      if (chosen == null) {
        chosen = m;
      }
    }
    if (chosen != null && chosen.get("text") instanceof Json.Str t && !t.value().isBlank()) {
      return withoutTrailingTags(t.value().strip(), tags);
    }
    return null;
  }

  /** Argdown keeps tags in the text; argmap takes those at its end out. */
  static String withoutTrailingTags(String text, List<String> tags) {
    String t = text;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String tag : tags) {
        for (String form : new String[] {"#(" + tag + ")", "#" + tag}) {
          if (t.endsWith(form) && (t.length() == form.length()
              || Character.isWhitespace(t.charAt(t.length() - form.length() - 1)))) {
            t = t.substring(0, t.length() - form.length()).stripTrailing();
            changed = true;
          }
        }
      }
    }
    return t;
  }

  private static List<String> strings(Json.Node n) {
    List<String> out = new ArrayList<>();
    if (n instanceof Json.Arr a) {
      for (Json.Node i : a.items()) {
        out.add(((Json.Str) i).value());
      }
    }
    return out;
  }

  private static Map<String, Object> values(Json.Obj o) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Map.Entry<String, Json.Node> e : o.members().entrySet()) {
      m.put(e.getKey(), value(e.getValue()));
    }
    return m;
  }

  private static Object value(Json.Node n) {
    if (n instanceof Json.Str s) {
      return s.value();
    }
    if (n instanceof Json.Num num) {
      return num.text().matches("-?\\d+") ? (Object) Long.parseLong(num.text()) : Double.parseDouble(num.text());
    }
    if (n instanceof Json.Bool b) {
      return b.value();
    }
    if (n instanceof Json.Arr a) {
      List<Object> l = new ArrayList<>();
      for (Json.Node i : a.items()) {
        l.add(value(i));
      }
      return l;
    }
    if (n instanceof Json.Obj o) {
      return values(o);
    }
    return null;
  }
}
