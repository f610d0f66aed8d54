/**
 * Benchmarks of the alignment pipeline: {@link io.paralign.bench.AlignmentBenchmark} (JMH: time and allocation
 * per alignment at 100, 1,000 and 10,000 sentences), {@link io.paralign.bench.MemoryProbe} (peak heap of one
 * alignment in a fresh JVM), and the deterministic input they share, {@link io.paralign.bench.SyntheticPairs}, the
 * project's one generator of synthetic Arabic/French article pairs, which {@link io.paralign.bench.GeneratePairs}
 * writes as a folder of articles for the CLI's batch benchmark and tests.
 */
package io.paralign.bench;
