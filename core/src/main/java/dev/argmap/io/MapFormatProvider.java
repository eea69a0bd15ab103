package dev.argmap.io;

import com.google.common.collect.ImmutableList;

/**
 * The service a module implements to add formats to {@link MapFormats#installed()}. Declare the
 * implementation with {@code provides dev.argmap.io.MapFormatProvider with ...} in {@code module-info.java}
 * and, for the class path, in {@code META-INF/services/dev.argmap.io.MapFormatProvider}. The class needs a
 * public constructor without parameters.
 */
public interface MapFormatProvider {
  /**
   * Returns the formats this module provides.
   *
   * @return the formats, each with a name no other installed format has
   */
  ImmutableList<MapFormat> formats();
}
