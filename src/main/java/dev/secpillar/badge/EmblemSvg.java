package dev.secpillar.badge;

import java.util.List;

/** A badge's text emblem drawn as a small SVG, so a wallet that shows images shows something. */
final class EmblemSvg {
    private static final int CELL_W = 12;
    private static final int CELL_H = 22;

    private EmblemSvg() {}

    static String render(List<String> rows) {
        int cols = rows.stream().mapToInt(r -> r.codePointCount(0, r.length())).max().orElse(1);
        int w = (cols + 2) * CELL_W;
        int h = (rows.size() + 1) * CELL_H;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\">")
                .append("<rect width=\"100%\" height=\"100%\" rx=\"12\" fill=\"#232f3e\"/>")
                .append("<text font-family=\"monospace\" font-size=\"18\" fill=\"#ff9900\" xml:space=\"preserve\">");
        for (int i = 0; i < rows.size(); i++) {
            svg.append("<tspan x=\"").append(CELL_W).append("\" y=\"").append((i + 1) * CELL_H).append("\">")
                    .append(escape(rows.get(i))).append("</tspan>");
        }
        return svg.append("</text></svg>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
