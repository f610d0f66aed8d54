/**
 * The embedded Lucene store: one document per alignment (its full JSON as a stored field) and one per aligned pair
 * (each side analysed by its language's Lucene analyzer) for the bilingual concordance, searched within bounds
 * ({@code QueryLimits}) over a bounded set of language fields.
 */
package io.paralign.api.store;
