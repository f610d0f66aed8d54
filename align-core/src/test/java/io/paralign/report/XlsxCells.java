package io.paralign.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A workbook read back as text, for golden files and comparisons: per sheet its name and frozen rows, each column's
 * width and the look its cells below the header share (alignment, wrapping, number format), then every row, cells
 * tab-separated (line breaks in a cell as {@code \n}, a formula as {@code =formula}). Cells are read by fastexcel's
 * reader; the layout, which it does not read, from the sheet's and the styles' XML. Zip timestamps and the
 * workbook's creation time are not part of it.
 */
public final class XlsxCells {
    private XlsxCells() {
    }

    public static String dump(byte[] xlsx) throws Exception {
        Map<String, byte[]> parts = unzip(xlsx);
        List<String> styles = styles(parts.get("xl/styles.xml"));
        StringBuilder out = new StringBuilder();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                Element xml = parse(parts.get("xl/worksheets/sheet" + (sheet.getIndex() + 1) + ".xml"));
                out.append("sheet ").append(sheet.getName()).append(", frozen rows ").append(frozenRows(xml))
                        .append('\n');
                columns(out, xml, styles);
                for (Row row : sheet.read()) {
                    out.append(row.stream().map(XlsxCells::cell).collect(Collectors.joining("\t"))).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String cell(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.FORMULA) {
            return "=" + cell.getFormula();
        }
        String text = cell.getType() == CellType.STRING ? cell.asString() : cell.getRawValue();
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }

    private static String frozenRows(Element sheet) {
        NodeList panes = sheet.getElementsByTagName("pane");
        if (panes.getLength() == 0 || !"frozen".equals(((Element) panes.item(0)).getAttribute("state"))) {
            return "0";
        }
        return ((Element) panes.item(0)).getAttribute("ySplit");
    }

    /** Each column's width, then the style its cells below the header share ("mixed" when they differ). */
    private static void columns(StringBuilder out, Element sheet, List<String> styles) {
        Map<Integer, String> widths = new TreeMap<>();
        NodeList cols = sheet.getElementsByTagName("col");
        for (int i = 0; i < cols.getLength(); i++) {
            Element col = (Element) cols.item(i);
            for (int c = Integer.parseInt(col.getAttribute("min")); c <= Integer.parseInt(col.getAttribute("max")); c++) {
                widths.put(c - 1, col.getAttribute("width"));
            }
        }
        Map<Integer, List<String>> looks = new TreeMap<>();
        NodeList cells = sheet.getElementsByTagName("c");
        for (int i = 0; i < cells.getLength(); i++) {
            Element c = (Element) cells.item(i);
            String ref = c.getAttribute("r");
            int column = ref.replaceAll("\\d", "").chars().reduce(0, (n, ch) -> n * 26 + ch - 'A' + 1) - 1;
            if (Integer.parseInt(ref.replaceAll("\\D", "")) > 1) {
                String s = c.getAttribute("s");
                String look = styles.get(s.isEmpty() ? 0 : Integer.parseInt(s));
                List<String> seen = looks.computeIfAbsent(column, k -> new ArrayList<>());
                if (!seen.contains(look)) {
                    seen.add(look);
                }
            }
        }
        for (Map.Entry<Integer, String> width : widths.entrySet()) {
            List<String> look = looks.getOrDefault(width.getKey(), List.of());
            out.append("column ").append((char) ('A' + width.getKey())).append(" width ").append(width.getValue())
                    .append(": ").append(look.size() == 1 ? look.get(0) : look.isEmpty() ? "no cells" : "mixed")
                    .append('\n');
        }
    }

    /** Each cell format (cellXfs) as "horizontal vertical wrap numFmt". */
    private static List<String> styles(byte[] xml) throws Exception {
        Element root = parse(xml);
        Map<String, String> formats = new LinkedHashMap<>();
        NodeList numFmts = root.getElementsByTagName("numFmt");
        for (int i = 0; i < numFmts.getLength(); i++) {
            Element f = (Element) numFmts.item(i);
            formats.put(f.getAttribute("numFmtId"), f.getAttribute("formatCode"));
        }
        List<String> looks = new ArrayList<>();
        Element cellXfs = (Element) root.getElementsByTagName("cellXfs").item(0);
        NodeList xfs = cellXfs.getElementsByTagName("xf");
        for (int i = 0; i < xfs.getLength(); i++) {
            Element xf = (Element) xfs.item(i);
            NodeList alignment = xf.getElementsByTagName("alignment");
            Element a = alignment.getLength() == 0 ? null : (Element) alignment.item(0);
            List<String> look = new ArrayList<>();
            look.add(a == null || a.getAttribute("horizontal").isEmpty() ? "general" : a.getAttribute("horizontal"));
            look.add(a == null || a.getAttribute("vertical").isEmpty() ? "bottom" : a.getAttribute("vertical"));
            if (a != null && "true".equals(a.getAttribute("wrapText"))) {
                look.add("wrap");
            }
            String format = formats.get(xf.getAttribute("numFmtId"));
            if (format != null) {
                look.add(format);
            }
            looks.add(String.join(" ", look));
        }
        return looks;
    }

    /** The parts, read through the zip's central directory (its local headers leave sizes to data descriptors). */
    private static Map<String, byte[]> unzip(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        Path file = Files.createTempFile("paralign-", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
        return parts;
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }
}
