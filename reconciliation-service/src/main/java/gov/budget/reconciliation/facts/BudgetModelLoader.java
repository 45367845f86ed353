package gov.budget.reconciliation.facts;

import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.source.RecordFacts;
import gov.budget.reconciliation.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;

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

    /** How many rows of their own facts the projections hold for these budgets, counted together. */
    public StoredRows countStored(Collection<BudgetKey> keys) {
        StoredRows rows = new StoredRows(keys);
        sources.all().forEach(source -> source.countInto(rows));
        RecordFacts.countInto(rows, sources.budgetRecords());
        return rows;
    }

    /** The models of these budgets, read together; a budget whose stored rows cannot be read is set apart with its failure. */
    public ModelReads loadAll(Collection<BudgetKey> keys) {
        // plain statements on the transaction's connection: nothing here flushes or loads entities
        ModelReads reads = new ModelReads(keys);
        sources.all().forEach(source -> source.loadInto(reads));
        RecordFacts.loadInto(reads, sources.budgetRecords());
        return reads;
    }
}
