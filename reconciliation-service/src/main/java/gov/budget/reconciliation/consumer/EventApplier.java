package gov.budget.reconciliation.consumer;

import gov.budget.reconciliation.metrics.ReconciliationMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Instant;
import java.util.List;

/**
 * Applies one polled batch in one database transaction, in three steps: the message log reads the
 * records as events, the projector writes them set-based (newer versions only), and the evaluation
 * re-evaluates what they changed, or queues it while the consumer is behind. The consumer commits
 * the batch's offsets only after this commits.
 */
@ApplicationScoped
public class EventApplier {

    @Inject
    MessageLog log;

    @Inject
    BatchProjector projector;

    @Inject
    BatchEvaluation evaluation;

    @Inject
    ReconciliationMetrics metrics;

    /** Applies a batch and evaluates the budgets it changed. */
    @Transactional
    public void apply(List<ConsumerRecord<String, byte[]>> records) {
        apply(records, false, HeldBudgets.NONE);
    }

    /**
     * Applies a batch; {@code behind} queues the budgets it changed instead of evaluating them, to be
     * evaluated once each when {@link BatchEvaluation#evaluateWaiting} drains the queue, and returns
     * the rows of their facts it wrote (0 when it evaluated them). The {@code held} budgets, which a
     * transaction read in part is changing, are queued in any case.
     */
    @Transactional
    public long apply(List<ConsumerRecord<String, byte[]>> records, boolean behind, HeldBudgets held) {
        ProjectedBatch batch = projector.project(log.read(records));
        if (behind) {
            evaluation.queue(batch, held);
            return batch.rows();
        }
        evaluation.evaluate(batch, held);
        Instant evaluated = Instant.now();
        batch.appliedAt.forEach(occurredAt -> metrics.changeApplied(occurredAt, evaluated));
        return 0;
    }
}
