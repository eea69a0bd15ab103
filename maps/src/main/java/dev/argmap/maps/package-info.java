/**
 * Ready-made argument maps that ship with argmap: {@link dev.argmap.maps.PrebuiltMaps} loads each
 * from its argmap JSON document in this package's resources, the file people edit.
 */
@NullMarked
package dev.argmap.maps;

import org.jspecify.annotations.NullMarked;
