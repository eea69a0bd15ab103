/**
 * Renders an argument map as one self-contained HTML page (inline CSS and script, nothing loaded
 * from the network) that shows the map as a tree to explore: theses, the arguments for and against
 * them, linked co-premises, undercutters, evidence with its attribution, scores, a search box and
 * expand/collapse all. See {@link dev.argmap.render.html.HtmlRenderer}.
 */
@NullMarked
package dev.argmap.render.html;

import org.jspecify.annotations.NullMarked;
