package gov.budget.reconciliation.nightly;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Marks FAILED the full runs that a stopped service left RUNNING. A run in progress anywhere holds
 * the run lock; when nobody holds it, a run still RUNNING has lost its process and will never finish.
 */
@ApplicationScoped
public class InterruptedRuns {

    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class);
    static final String ERROR = "interrupted: the service stopped during the run";

    @Inject
    RunLock lock;

    void onStart(@Observes StartupEvent event) {
        markFailed();
    }

    /** How many runs were marked; none while another replica's run holds the lock. */
    public int markFailed() {
        return lock.tryAcquire().map(held -> {
            try (held) {
                int marked = QuarkusTransaction.requiringNew().call(() -> ReconciliationRun.update(
                        "status = ?1, finishedAt = ?2, error = ?3 where status = ?4",
                        ReconciliationRun.Status.FAILED, Instant.now(), ERROR, ReconciliationRun.Status.RUNNING));
                if (marked > 0) {
                    LOG.warnf("%d full run(s) left RUNNING by a stopped service marked FAILED", marked);
                }
                return marked;
            }
        }).orElse(0);
    }
}
