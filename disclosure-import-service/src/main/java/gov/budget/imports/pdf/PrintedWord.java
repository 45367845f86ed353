package gov.budget.imports.pdf;

import gov.budget.imports.draft.Evidence;

/**
 * One word as printed: its text and where it stands on its page, in PDF points from the page's
 * top-left corner. Words are the text runs between spaces, so that figures printed close together
 * stay apart.
 *
 * @param edges the x-position where each character starts, and where the last one ends
 */
public record PrintedWord(int page, double x0, double top, double x1, double bottom, String text, double[] edges) {

    /** A word whose characters share its box evenly. */
    public PrintedWord(int page, double x0, double top, double x1, double bottom, String text) {
        this(page, x0, top, x1, bottom, text, evenEdges(x0, x1, text.length()));
    }

    private static double[] evenEdges(double x0, double x1, int length) {
        double[] edges = new double[length + 1];
        for (int i = 0; i <= length; i++) {
            edges[i] = x0 + (x1 - x0) * i / Math.max(1, length);
        }
        return edges;
    }

    /** Where the characters [start, end) of the word were printed. */
    public Evidence evidence(int start, int end) {
        return Evidence.of(page, round(edges[start]), top, round(edges[end]), bottom, text.substring(start, end));
    }

    private static double round(double points) {
        return Math.round(points * 10) / 10.0;
    }

    public double centerX() {
        return (x0 + x1) / 2;
    }

    public double centerY() {
        return (top + bottom) / 2;
    }

    /** Whether the two words overlap horizontally by at least half of the narrower one. */
    public boolean overlapsHorizontally(PrintedWord other) {
        double overlap = Math.min(x1, other.x1) - Math.max(x0, other.x0);
        return overlap >= 0.5 * Math.min(x1 - x0, other.x1 - other.x0);
    }

    public Evidence evidence() {
        return Evidence.of(page, x0, top, x1, bottom, text);
    }
}
