package gov.budget.reconciliation.nightly;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Starts the full run on the configured cron (default 02:00 Asia/Shanghai); a replica that finds it running skips. */
@ApplicationScoped
public class NightlySchedule {

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class);

    @Inject
    NightlyReconciliation nightly;

    @Scheduled(identity = "nightly-reconciliation", cron = "{budget.reconciliation.nightly-cron}",
            timeZone = "{budget.reconciliation.nightly-time-zone}")
    void run() {
        try {
            ReconciliationRun run = nightly.start(ReconciliationRun.Trigger.SCHEDULE, null);
            LOG.infof("nightly run %d started", run.id);
        } catch (RunInProgressException e) {
            LOG.info("nightly run skipped: another replica is running it");
        }
    }
}
