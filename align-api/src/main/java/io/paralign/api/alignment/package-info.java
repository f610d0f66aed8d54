/**
 * The alignment resource: create (JSON or two uploaded files), read, page through pairs, filter flags, list,
 * delete. The body of an alignment is align-core's {@code JsonReport} plus an id, a creation time and the aligned
 * pairs with their texts; it is stored as computed and served back byte for byte.
 */
package io.paralign.api.alignment;
