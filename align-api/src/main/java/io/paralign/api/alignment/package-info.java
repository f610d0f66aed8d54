/**
 * The alignment resource: create (JSON or two uploaded files), read, page through pairs, filter flags, list,
 * delete. The body of an alignment is align-core's {@code JsonReport} plus an id, a creation time and the aligned
 * pairs with their texts; it is stored as computed and served back byte for byte.
 *
 * <p>Creating an alignment goes through admission: {@code AlignmentGate} admits it by a free thread and its
 * estimated memory ({@code MemoryEstimate}), with one thread kept for small requests; {@code AlignmentJob} runs it
 * on a worker thread and cancels it at its deadline or when {@code ConnectionWatch} finds its client gone; the
 * controller answers asynchronously. A cancelled alignment is never stored.
 */
package io.paralign.api.alignment;
