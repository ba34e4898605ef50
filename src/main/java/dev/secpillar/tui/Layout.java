package dev.secpillar.tui;

/**
 * Where the challenge workspace puts its editor and its panel: side by side on a wide
 * terminal, the editor above the panel on a narrow one (80 columns is too narrow for a policy
 * beside a table).
 */
record Layout(boolean sideBySide, int editorTop, int editorRows, int editorLeft, int editorWidth,
              int panelTop, int panelRows, int panelLeft, int panelWidth) {
    /** Line numbers and the error mark before each line of the editor. */
    static final int GUTTER = 5;
    static final int SIDE_BY_SIDE_WIDTH = 100;

    static Layout of(int width, int height) {
        int top = Chrome.BODY_TOP;
        int rows = Chrome.bodyRows(height);
        if (width >= SIDE_BY_SIDE_WIDTH) {
            int editorWidth = (width - 1) * 3 / 5;
            return new Layout(true, top, rows, 0, editorWidth, top, rows, editorWidth + 2, width - editorWidth - 3);
        }
        int editorRows = Math.max(1, rows * 11 / 20);
        int panelRows = Math.max(1, rows - editorRows - 1);
        return new Layout(false, top, editorRows, 0, width, top + editorRows + 1, panelRows, 1, Math.max(1, width - 2));
    }

    int editorTextWidth() {
        return Math.max(1, editorWidth - GUTTER);
    }
}
