/** Renderings of an alignment result that only read it: JSON with stable field names. */
package io.paralign.report;
