package gov.budget.outbox;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Named places on the event path where the fault tests stop the process as {@code kill -9} would,
 * at the one instant that matters: after the broker acknowledged a batch but before the relay
 * marked it, or after reconciliation committed a batch but before it committed the offsets. Armed
 * by {@code platform.fault-point=<name>}, which nothing sets outside those tests; unarmed, a point
 * costs one string comparison.
 */
public final class FaultPoint {

    /** The relay has the broker's acknowledgement of a batch and has not marked it published yet. */
    public static final String OUTBOX_AFTER_PUBLISH = "outbox-after-publish";
    /** The consumer's transaction committed a batch and its offsets are not committed yet. */
    public static final String CONSUMER_AFTER_COMMIT = "consumer-after-commit";

    private FaultPoint() {
    }

    /** Halts the process at once, without shutdown hooks, if this point is the armed one. */
    public static void reach(String name) {
        if (name.equals(Armed.NAME)) {
            System.err.println("fault point " + name + " reached: halting as kill -9 would");
            System.err.flush();
            Runtime.getRuntime().halt(137);
        }
    }

    /** Read once, on first use, when the configuration is there. */
    private static final class Armed {
        static final String NAME = ConfigProvider.getConfig().getOptionalValue("platform.fault-point", String.class).orElse("");
    }
}
