/**
 * Renders an argument map as a Mermaid flowchart, for Markdown pages that draw Mermaid diagrams
 * (GitHub, GitLab and many documentation sites). See {@link
 * dev.argmap.render.mermaid.MermaidRenderer}.
 */
@NullMarked
package dev.argmap.render.mermaid;

import org.jspecify.annotations.NullMarked;
