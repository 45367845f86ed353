package gov.budget.reconciliation.finding;

import gov.budget.reconciliation.config.ReconciliationConfig;
import gov.budget.reconciliation.projection.BudgetKey;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Sets aside a budget whose evaluation failed: its state says why and when it is tried again, a
 * counter ({@code budget.evaluation.failures}) rises, and the log has the stack trace. The
 * findings it had stay as they were until an evaluation succeeds.
 */
@ApplicationScoped
public class EvaluationFailures {

    private static final Logger LOG = Logger.getLogger(EvaluationFailures.class);

    @Inject
    MeterRegistry registry;

    @Inject
    ReconciliationConfig config;

    void setAside(BudgetKey key, BudgetReconciliation state, RuntimeException failure, Instant now) {
        state.evaluationFailed(failure.getClass().getSimpleName() + ": " + failure.getMessage(), now, config.reconciliation().retryBackoff());
        registry.counter("budget.evaluation.failures").increment();
        LOG.errorf(failure, "evaluating %s/%d failed (%d in a row); set aside until %s", key.deptCode(), key.fiscalYear(),
                state.evaluationFailures, state.retryAt);
    }
}
