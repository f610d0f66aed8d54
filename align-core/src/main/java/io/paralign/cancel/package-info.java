/**
 * Cooperative cancellation: long loops of every stage call {@link io.paralign.cancel.Cancellation#check} so that an
 * interrupted thread stops soon; the pipeline turns the signal into its public exception.
 *
 * <p>Exported: {@link io.paralign.cancel.CancelledException} is what an interrupted stage throws, and a
 * caller's own long loops may check the same signal.
 */
package io.paralign.cancel;
