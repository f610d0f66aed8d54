/**
 * Cooperative cancellation: long loops of every stage call {@link io.paralign.cancel.Cancellation#check} so that an
 * interrupted thread stops soon; the pipeline turns the signal into its public exception.
 */
package io.paralign.cancel;
