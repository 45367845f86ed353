package gov.budget.imports.pdf;

import gov.budget.imports.draft.Evidence;

/**
 * One word as printed: its text and where it stands on its page, in PDF points from the page's
 * top-left corner. Words are the text runs between spaces, so that figures printed close together
 * stay apart.
 */
public record PrintedWord(int page, double x0, double top, double x1, double bottom, String text) {

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
