package gov.budget.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Several measurements of one figure: the median, with min and max. */
record Figures(String name, String unit, List<Double> runs) {

    double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        return sorted().get(sorted().size() - 1);
    }

    private List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(runs);
        Collections.sort(sorted);
        return sorted;
    }

    /** The p-th percentile (0–100) of a sample, nearest rank. */
    static double percentile(List<Double> sample, double p) {
        if (sample.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(sample);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
