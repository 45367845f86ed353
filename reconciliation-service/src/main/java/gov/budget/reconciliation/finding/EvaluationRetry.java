package gov.budget.reconciliation.finding;

import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.source.asset.DepartmentRegister;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Tries again, in full, the budgets set aside after a failed evaluation whose retry is due; a
 * failure again sets them aside for twice as long. Every full run also evaluates them.
 */
@ApplicationScoped
public class EvaluationRetry {

    private static final Logger LOG = Logger.getLogger(EvaluationRetry.class);
    private static final int PER_ROUND = 100;

    @Inject
    ReconciliationService reconciliation;

    @Scheduled(identity = "evaluation-retry", every = "{budget.reconciliation.retry-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryDue() {
        List<BudgetKey> due = QuarkusTransaction.requiringNew().call(() -> BudgetReconciliation.dueForRetry(Instant.now(), PER_ROUND));
        for (BudgetKey key : due) {
            QuarkusTransaction.requiringNew().run(() -> reconciliation.reevaluateInFull(key, DepartmentRegister.of(key.deptCode())));
        }
        if (!due.isEmpty()) {
            LOG.infof("retried %d budgets set aside after a failed evaluation", due.size());
        }
    }
}
