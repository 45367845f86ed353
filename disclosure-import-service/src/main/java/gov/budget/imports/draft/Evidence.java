package gov.budget.imports.draft;

import java.util.List;

/**
 * Where an imported value was printed: its page, its bounding box in PDF points from the page's
 * top-left corner [x0, top, x1, bottom], and its text exactly as printed.
 */
public record Evidence(int page, List<Double> box, String printed) {

    public static Evidence of(int page, double x0, double top, double x1, double bottom, String printed) {
        return new Evidence(page, List.of(x0, top, x1, bottom), printed);
    }
}
