/**
 * Exports of a stored alignment: TMX 1.4b, TSV, the bead format of Vecalign ({@code gold}), hunalign's
 * ladder ({@code ladder}) and a standalone
 * side-by-side HTML page. Each renderer is one small class that only reads an {@link io.paralign.api.export.ExportView}.
 */
package io.paralign.api.export;
