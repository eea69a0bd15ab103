/**
 * argmap prebuilt maps: ready-made argument maps that ship with argmap.
 *
 * <p>Each map is an argmap JSON document in this module's resources, the one copy people edit, read
 * with {@link dev.argmap.json.ArgMapJson} when first asked for; {@link dev.argmap.maps.PrebuiltMaps}
 * returns them.
 */
module dev.argmap.maps {
  requires transitive dev.argmap.core;
  requires dev.argmap.json;

  exports dev.argmap.maps;
}
