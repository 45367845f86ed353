package gov.budget.bench;

/**
 * Which run of a benchmark is profiled. With more runs than one, a run comes before the counted
 * ones, profiled and not counted, so that no counted figure carries the recorder's samples or its
 * memory; the first runs are also the slowest, so it is a warm-up as well. With one run, that run is
 * profiled and counted.
 */
final class ProfiledRun {

    private ProfiledRun() {
    }

    /** The first run to make: 0, the uncounted one, when there are more runs than one. */
    static int first(int runs) {
        return runs > 1 ? 0 : 1;
    }

    /** Whether a run's figures count: every run but the uncounted 0. */
    static boolean counted(int run) {
        return run > 0;
    }

    /** The profiled run, as a report names it. */
    static String described(int runs) {
        return runs > 1 ? "a run before the counted ones, not counted" : "its run";
    }
}
