/**
 * The {@code argmap} command line: validate argument maps in argmap's JSON format, show them as a
 * Markdown outline, and a demo. Run it with {@code java -jar cli/target/argmap.jar}; the runnable jar
 * puts everything on the class path, and this descriptor serves module-path launches and tests.
 */
module dev.argmap.cli {
  requires dev.argmap.core;
  requires dev.argmap.json;
  requires dev.argmap.render;
  requires info.picocli;
  // MapInput tells "not JSON at all" from "not an argmap document" with Jackson's parser.
  requires tools.jackson.core;

  opens dev.argmap.cli to
      info.picocli;
}
