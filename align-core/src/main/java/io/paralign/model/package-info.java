/**
 * Immutable records shared by every stage: documents, paragraphs, sentences and spans.
 * Offsets are UTF-16 indices into the original text, half-open.
 */
package io.paralign.model;
