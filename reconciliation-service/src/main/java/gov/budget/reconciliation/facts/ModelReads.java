package gov.budget.reconciliation.facts;

import gov.budget.reconciliation.projection.BudgetKey;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The models of several budgets read together, each source filling in its part with a few
 * statements over all of them: read one by one, a drained queue of budgets cost some five
 * statements a budget. A budget whose stored rows cannot be read is set apart with its failure,
 * so that it fails its own evaluation and not the others'.
 */
public final class ModelReads {

    private final Map<BudgetKey, BudgetModel> models = new LinkedHashMap<>();
    private final Map<BudgetKey, RuntimeException> unreadable = new LinkedHashMap<>();
    private final Set<BudgetKey> built = new HashSet<>();
    private final BudgetScope scope;

    ModelReads(Collection<BudgetKey> keys) {
        scope = new BudgetScope(keys);
        keys.forEach(key -> models.put(key, new BudgetModel(key)));
    }

    /** The departments of the budgets read, for the statements' {@code IN} lists. */
    public Set<String> departments() {
        return scope.departments();
    }

    /** The years' range, with the departments, as the statements' filter; rows of other budgets are skipped. */
    public List<Object> yearRange() {
        return scope.yearRange();
    }

    /** Adds the model of a budget whose rows were all written by the batch, built from them and not read. */
    void builtFromBatch(BudgetModel model) {
        models.put(model.key(), model);
        built.add(model.key());
    }

    /** Whether the budget's model was built from its batch rather than read. */
    boolean built(BudgetKey key) {
        return built.contains(key);
    }

    /**
     * Adds what a source read for a budget to its model, or nothing for a budget not read here or set
     * apart. A failure to read the budget's rows sets it apart.
     */
    public void add(String deptCode, int fiscalYear, Consumer<BudgetModel> part) {
        BudgetKey key = new BudgetKey(deptCode, fiscalYear);
        BudgetModel model = models.get(key);
        if (model == null) {
            return;
        }
        try {
            part.accept(model);
        } catch (RuntimeException e) {
            models.remove(key);
            unreadable.put(key, e);
        }
    }

    /** The models read whole. */
    public Map<BudgetKey, BudgetModel> models() {
        return models;
    }

    /** The failure of a budget set apart, or null. */
    public RuntimeException failureOf(BudgetKey key) {
        return unreadable.get(key);
    }
}
