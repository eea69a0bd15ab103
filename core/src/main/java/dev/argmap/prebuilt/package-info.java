/**
 * Ready-made argument maps that ship with argmap, built by hand from their source documents.
 */
package dev.argmap.prebuilt;
