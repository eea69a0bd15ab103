/**
 * What every reader of argument maps shares: {@link dev.argmap.io.ReadLimits}, the limits that keep a hostile
 * or mistaken document from exhausting memory or time, and {@link dev.argmap.io.ReadLimitException}, the one
 * error that names the limit a document broke and how to raise it. argmap JSON
 * ({@code JsonReadOptions.builder().limits(...)}) and the interop importers ({@code MapImporter.read(file,
 * warnings, limits)}) take the same limits.
 */
package dev.argmap.io;
