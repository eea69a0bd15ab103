/** A user of argmap as a named module on the module path. */
module consumer.jpms {
  requires dev.argmap.core;
  requires dev.argmap.json;
  requires dev.argmap.maps;
}
