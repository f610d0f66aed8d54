/** Bounded memoisation of pure computations whose keys come from input. */
package io.paralign.cache;
