/**
 * Synthetic input for the batch benchmark ({@code scripts/bench-batch.sh}): Arabic/French article pairs built from
 * short word lists, with shared numbers and names and a few planted divergences. Not used by the commands.
 */
package io.paralign.cli.bench;
