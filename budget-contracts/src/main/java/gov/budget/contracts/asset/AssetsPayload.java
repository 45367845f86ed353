package gov.budget.contracts.asset;

import java.time.Instant;
import java.util.List;

/**
 * The register entries that one import changed and that are keyed alike, as carried by an
 * {@code AssetsChanged} event: an import publishes one such event per year its changed entries are
 * keyed by (the year after each one's acquisition), where a change of one entry alone publishes an
 * {@code AssetChanged}. Each entry carries its own version and time, as an {@code AssetChanged}
 * event would; the event's own version is the highest of them.
 */
public record AssetsPayload(List<Entry> assets) {

    /** The aggregate the event's envelope names: the department's register, its id the department's code. */
    public static final String AGGREGATE_TYPE = "AssetRegister";
    public static final String EVENT_TYPE = "AssetsChanged";

    /**
     * One changed entry.
     *
     * @param version   the entry's version after the change, as its {@code AssetChanged} event would carry it
     * @param updatedAt when the entry was changed
     */
    public record Entry(long version, Instant updatedAt, AssetPayload asset) {
    }
}
