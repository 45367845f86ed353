package gov.budget.reconciliation.facts;

import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.source.RecordFacts;
import gov.budget.reconciliation.source.Sources;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads budgets' models from this service's projections, the durable source of every model:
 * on a cache miss, after a restart, and whenever the stored facts version shows that another
 * writer (a full run's repair, another instance) changed the budget since the model was cached.
 * Each source adds what it holds of the budgets, in a few statements for all of them.
 */
@ApplicationScoped
public class BudgetModelLoader {

    @Inject
    Sources sources;

    /** One budget's model; a failure to read its stored rows is thrown. */
    public BudgetModel load(BudgetKey key) {
        ModelReads reads = loadAll(List.of(key));
        RuntimeException failure = reads.failureOf(key);
        if (failure != null) {
            throw failure;
        }
        return reads.models().get(key);
    }

    /** The models of these budgets, read together; a budget whose stored rows cannot be read is set apart with its failure. */
    public ModelReads loadAll(Collection<BudgetKey> keys) {
        return readOnly(() -> {
            ModelReads reads = new ModelReads(keys);
            sources.all().forEach(source -> source.loadInto(reads));
            RecordFacts.loadInto(reads, sources.budgetRecords());
            return reads;
        });
    }

    /**
     * Runs the reads with what they load read-only and no flush before them: a flush dirty-checks
     * every entity the transaction holds, the states and findings of every budget evaluated so far,
     * and it was a third of a batch's evaluation. Nothing here reads what an evaluation writes: the
     * projections' writes of the batch were flushed before its evaluation began (a full run's
     * repairs commit before it evaluates).
     */
    public static <T> T readOnly(Supplier<T> reads) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        boolean readOnly = session.isDefaultReadOnly();
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            return reads.get();
        } finally {
            session.setDefaultReadOnly(readOnly);
            session.setHibernateFlushMode(flushMode);
        }
    }

    /**
     * The record, no longer held by the persistence context: a batch evaluates many budgets in one
     * transaction, and their records, once turned into facts, need not stay in it until it ends.
     */
    public static RecordProjection detached(RecordProjection record) {
        Panache.getEntityManager().detach(record);
        return record;
    }
}
