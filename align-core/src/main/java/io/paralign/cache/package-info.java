/** Bounded memoisation of pure computations whose keys come from input. *
 * <p>Internal (align-core/README.md, "Public surface"): used by the stages only.
 */
package io.paralign.cache;
