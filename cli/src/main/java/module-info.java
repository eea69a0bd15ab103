/**
 * The {@code argmap} command line: validate and lint argument maps, show and render them (Markdown, DOT,
 * Mermaid, GraphML, HTML), score and explain them, compute Dung extensions, convert between formats, and
 * make and grade exercises. Run it with {@code java -jar cli/target/argmap.jar}; the runnable jar puts
 * everything on the class path, and this descriptor serves module-path launches and tests.
 */
module dev.argmap.cli {
  requires dev.argmap.core;
  requires dev.argmap.json;
  requires dev.argmap.maps;
  requires dev.argmap.render;
  requires dev.argmap.interop;
  requires dev.argmap.exercises;
  requires info.picocli;
  // MapInput tells "not JSON at all" from "not an argmap document" with Jackson's parser.
  requires tools.jackson.core;

  opens dev.argmap.cli to
      info.picocli;
}
