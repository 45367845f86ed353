package gov.budget.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Deletes published rows once they were written longer ago than {@code budget.outbox.retention}. Without it the
 * outbox only grows: a province's load publishes about twelve million events, and every insert
 * then works in indexes larger than the database's page cache. The relay calls it on its own
 * thread when it has nothing to send, so deleting never competes with publishing.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

    /** Rows deleted per statement: each delete is a short transaction that holds few locks. */
    static final int CHUNK = 5_000;

    @Inject
    OutboxRepository repository;

    @Inject
    OutboxConfig config;

    private Instant nextPurge = Instant.EPOCH;

    /** Purges at most once per {@code budget.outbox.purge-interval}; returns the rows deleted. */
    int purgeIfDue(Instant now, BooleanSupplier idle) {
        if (now.isBefore(nextPurge)) {
            return 0;
        }
        nextPurge = now.plus(config.purgeInterval());
        return purge(now, idle);
    }

    /** Deletes the published rows written before {@code now} less the retention, a chunk at a time while {@code idle} holds. */
    int purge(Instant now, BooleanSupplier idle) {
        Instant before = now.minus(config.retention());
        int total = 0;
        int deleted;
        do {
            deleted = repository.deletePublishedWrittenBefore(before, CHUNK);
            total += deleted;
        } while (deleted == CHUNK && idle.getAsBoolean());
        if (total > 0) {
            LOG.infof("outbox: deleted %d published events written before %s", total, before);
        }
        return total;
    }
}
