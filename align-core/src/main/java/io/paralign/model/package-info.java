/**
 * Immutable records shared by every stage: documents, paragraphs, sentences and spans.
 * Offsets are UTF-16 indices into the original text, half-open.
 *
 * <p>Exported: part of align-core's public surface (align-core/README.md, "Public surface").
 */
package io.paralign.model;
