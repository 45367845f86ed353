package gov.budget.reconciliation.facts;

import gov.budget.reconciliation.config.ReconciliationConfig;
import gov.budget.reconciliation.projection.BudgetKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * The budgets' models held in memory, bounded by their weight (about one unit a row), the least
 * recently used dropped first, with the database as their durable source. A model counts only
 * while its facts version is the one stored for the budget: any other writer bumps that version,
 * and the model is then read afresh. A model changed in a transaction that does not commit is
 * dropped with it.
 */
@ApplicationScoped
public class BudgetModels {

    @Inject
    ReconciliationConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    BudgetModelLoader loader;

    private WeightedLru<BudgetKey, BudgetModel> models;
    /** Models read from the projections because none was held current: the misses that size cached-rows. */
    private final LongAdder reads = new LongAdder();

    @PostConstruct
    void create() {
        models = new WeightedLru<>(config.reconciliation().cachedRows(), BudgetModel::weight);
    }

    /**
     * The budget's model as of {@code storedVersion}: the cached one with {@code changes} applied if
     * it is current, else read from the projections (which already hold {@code changes}). It is then
     * stamped with {@code newVersion} and kept, unless the caller's transaction rolls back.
     */
    public BudgetModel current(BudgetKey key, long storedVersion, BudgetChanges changes, long newVersion) {
        return current(key, storedVersion, changes, newVersion, null);
    }

    /**
     * As above, taking a model that is not held current from {@code read} ({@link #readMissing}) when
     * it has one; a budget {@code read} set apart fails with the failure to read it.
     */
    public BudgetModel current(BudgetKey key, long storedVersion, BudgetChanges changes, long newVersion, ModelReads read) {
        BudgetModel model = heldCurrent(key, storedVersion);
        if (model != null && changes != null) {
            model.apply(changes);
        } else if (model == null) {
            if (read == null || !read.built(key)) {
                reads.increment();
            }
            model = read == null ? null : read.models().get(key);
            RuntimeException failure = read == null ? null : read.failureOf(key);
            if (failure != null) {
                throw failure;
            }
            if (model == null) {
                model = loader.load(key);
            }
        }
        model.stamp(newVersion);
        dropOnRollback(key);
        models.put(key, model);
        return model;
    }

    /**
     * Reads together the models of the budgets, of {@code storedVersions}, that are not held current,
     * for the evaluations of one batch: {@link #current} then takes them from here. The budgets
     * {@code unevaluated} never had an evaluation and are likely new. The model of one whose rows in
     * the projections are exactly those its batch wrote, all new, is built from the batch's changes
     * instead of read back; so is one whose earlier rows were all taken by the model built while it
     * waited ({@link #waitUnevaluated}). A stored count of its rows tells; a budget of which anything
     * else is stored is read as any other.
     */
    public ModelReads readMissing(Map<BudgetKey, Long> storedVersions, Map<BudgetKey, BudgetChanges> unevaluated) {
        List<BudgetKey> missing = storedVersions.entrySet().stream()
                .filter(entry -> heldCurrent(entry.getKey(), entry.getValue()) == null).map(Map.Entry::getKey).toList();
        Map<BudgetKey, BudgetModel> inMemory = new LinkedHashMap<>();
        missing.forEach(key -> {
            BudgetChanges changes = unevaluated.get(key);
            BudgetModel model = changes == null ? null : inMemory(key, changes);
            if (model != null) {
                inMemory.put(key, model);
            }
        });
        Map<BudgetKey, BudgetModel> built = new LinkedHashMap<>();
        if (!inMemory.isEmpty()) {
            StoredRows stored = loader.countStored(inMemory.keySet());
            inMemory.forEach((key, model) -> {
                if (stored.of(key) == model.rowsHeld()) {
                    built.put(key, model);
                }
            });
        }
        ModelReads reads = loader.loadAll(missing.stream().filter(key -> !built.containsKey(key)).toList());
        built.values().forEach(reads::builtFromBatch);
        return reads;
    }

    /**
     * The model of a budget never evaluated, built in memory with its batch's rows: from them alone
     * when they are all new and nothing waited; or, when events of earlier batches waited, the model
     * built meanwhile if it took exactly those. It counts if the projections hold no row of the budget
     * that it did not take. Null when neither applies, and the budget is read.
     */
    private BudgetModel inMemory(BudgetKey key, BudgetChanges changes) {
        if (changes.firstRowsOfBudget()) {
            if (!changes.changesFacts()) {
                return null;
            }
            BudgetModel model = new BudgetModel(key);
            model.apply(changes);
            return model;
        }
        BudgetModel waited = models.get(key);
        boolean tookWhatWaited = waited != null && waited.factsVersion() == BudgetModel.UNEVALUATED
                && waited.waitedEvents() == changes.waitedEvents();
        if (!tookWhatWaited) {
            return null;
        }
        waited.apply(changes);
        dropOnRollback(key);
        return waited;
    }

    /**
     * Builds up in memory the model of a budget never evaluated whose batch is queued, so that its
     * evaluation need not read it back: it takes each queued batch's rows and counts its events. It
     * counts only if it took exactly the events that waited, so that no batch of another instance, or
     * of before a restart, queued the budget meanwhile; and only if the projections then hold no row
     * of the budget that it did not take ({@link #readMissing}). A budget with the model of an
     * evaluation is left alone when only its department's register changed.
     */
    public void waitUnevaluated(BudgetKey key, BudgetChanges changes) {
        BudgetModel model = models.get(key);
        boolean waiting = model != null && model.factsVersion() == BudgetModel.UNEVALUATED;
        if (!waiting && !changes.changesFacts()) {
            return;
        }
        if (!waiting) {
            model = new BudgetModel(key);
            model.stamp(BudgetModel.UNEVALUATED);
        }
        model.tookWhileWaiting(changes);
        dropOnRollback(key);
        models.put(key, model);
    }

    private BudgetModel heldCurrent(BudgetKey key, long storedVersion) {
        return Optional.ofNullable(models.get(key)).filter(m -> m.factsVersion() == storedVersion).orElse(null);
    }

    /**
     * Brings the budget's cached model, if it is current at {@code storedVersion}, up to
     * {@code newVersion} with {@code changes}, for a budget whose evaluation waits; any other model
     * is dropped. Nothing is read: a budget not held is read when it is evaluated.
     */
    public void advance(BudgetKey key, long storedVersion, BudgetChanges changes, long newVersion) {
        BudgetModel model = models.get(key);
        if (model == null) {
            return;
        }
        if (model.factsVersion() != storedVersion) {
            models.remove(key);
            return;
        }
        model.apply(changes);
        model.stamp(newVersion);
        dropOnRollback(key);
        // put again, so that the cache weighs the rows it took: a model that grew unweighed broke the bound
        models.put(key, model);
    }

    /** How many models were read from the projections since the start, because none was held current. */
    public long reads() {
        return reads.sum();
    }

    /** The rows the models held now weigh, against the bound {@code cached-rows}. */
    public long heldRows() {
        return models.weight();
    }

    /** Drops the budget's model, so that the next evaluation reads it afresh: after a failed one, or a repair. */
    public void forget(BudgetKey key) {
        models.remove(key);
    }

    /**
     * Drops the models of a department's budgets after a repair wrote to their projections: a
     * database restored to an older point may reach the version a cached model carries again.
     */
    public void forgetDepartment(String deptCode) {
        models.removeKeys(key -> key.deptCode().equals(deptCode));
    }

    private void dropOnRollback(BudgetKey key) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    models.remove(key);
                }
            }
        });
    }
}
