/**
 * Helpers the renderers share: plain-text clean-up and wrapping, number formatting, descriptions of
 * sources and people, and a small JSON writer. Not exported: not part of argmap's API.
 */
@NullMarked
package dev.argmap.render.internal;

import org.jspecify.annotations.NullMarked;
