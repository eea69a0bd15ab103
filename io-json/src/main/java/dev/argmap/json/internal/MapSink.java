package dev.argmap.json.internal;

import dev.argmap.json.JsonLocation;
import dev.argmap.json.MapVisitor;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Source;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;

/** Where {@link MapReader} puts what it reads: a map's builder, or a caller's visitor. */
interface MapSink {
  void title(String title);

  void description(String description);

  void thesis(StatementId thesis);

  void statement(Statement statement, Pos at);

  void argument(Argument argument, Pos at);

  void evidence(Evidence evidence, Pos at);

  void source(Source source, Pos at);

  void extension(String namespace, String data);

  /** Collects everything into a map's builder. */
  final class Building implements MapSink {
    private final ArgumentMap.Builder map = ArgumentMap.builder();

    ArgumentMap.Builder map() {
      return map;
    }

    @Override
    public void title(String title) {
      map.title(title);
    }

    @Override
    public void description(String description) {
      map.description(description);
    }

    @Override
    public void thesis(StatementId thesis) {
      map.addTheses(thesis);
    }

    @Override
    public void statement(Statement statement, Pos at) {
      map.addStatements(statement);
    }

    @Override
    public void argument(Argument argument, Pos at) {
      map.addArguments(argument);
    }

    @Override
    public void evidence(Evidence evidence, Pos at) {
      map.addEvidence(evidence);
    }

    @Override
    public void source(Source source, Pos at) {
      map.addSources(source);
    }

    @Override
    public void extension(String namespace, String data) {
      map.putExtension(namespace, data);
    }
  }

  /** Hands each part to a visitor, with where it stands. */
  record Visiting(MapVisitor visitor) implements MapSink {
    @Override
    public void title(String title) {
      visitor.title(title);
    }

    @Override
    public void description(String description) {
      visitor.description(description);
    }

    @Override
    public void thesis(StatementId thesis) {
      visitor.thesis(thesis);
    }

    @Override
    public void statement(Statement statement, Pos at) {
      visitor.statement(statement, location(at));
    }

    @Override
    public void argument(Argument argument, Pos at) {
      visitor.argument(argument, location(at));
    }

    @Override
    public void evidence(Evidence evidence, Pos at) {
      visitor.evidence(evidence, location(at));
    }

    @Override
    public void source(Source source, Pos at) {
      visitor.source(source, location(at));
    }

    @Override
    public void extension(String namespace, String data) {
      visitor.extension(namespace, data);
    }

    private static JsonLocation location(Pos at) {
      return new JsonLocation(at.line(), at.column(), at.path());
    }
  }
}
