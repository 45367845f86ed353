package gov.budget.reconciliation.facts;

import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.reconciliation.projection.AmountsText;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.BudgetProjection;
import gov.budget.reconciliation.projection.LedgerTableProjection;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.projection.RecordRow;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.LineValues;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads one budget's model from this service's projections, the durable source of every model:
 * on a cache miss, after a restart, and whenever the stored facts version shows that another
 * writer (a full run's repair, another instance) changed the budget since the model was cached.
 */
@ApplicationScoped
public class BudgetModelLoader {

    private static final Set<String> BUDGET_RECORDS = Set.of(ProjectSheetPayload.AGGREGATE_TYPE, ProcurementLinePayload.AGGREGATE_TYPE,
            ProcurementTablePayload.AGGREGATE_TYPE, HoldingsPayload.AGGREGATE_TYPE);

    public BudgetModel load(BudgetKey key) {
        return readOnly(() -> read(key));
    }

    /**
     * Runs the reads with what they load read-only and no flush before them: a flush dirty-checks
     * every entity the transaction holds, the states and findings of every budget evaluated so far,
     * and it was a third of a batch's evaluation. Nothing here reads what an evaluation writes: the
     * projections' writes of the batch were flushed before its evaluation began (a full run's
     * repairs commit before it evaluates).
     */
    static <T> T readOnly(Supplier<T> reads) {
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
    static RecordProjection detached(RecordProjection record) {
        Panache.getEntityManager().detach(record);
        return record;
    }

    private static BudgetModel read(BudgetKey key) {
        BudgetModel model = new BudgetModel(key);
        BudgetProjection.of(key.deptCode(), key.fiscalYear()).ifPresent(b -> {
            model.header(new BudgetPayload(b.templateId, b.deptName,
                    b.narrative.stream().map(f -> new NarrativeFigure(f.code, f.label, f.amount, f.unit, f.text)).toList()));
            Panache.getEntityManager().detach(b);
        });
        LedgerTableProjection.ofBudget(key.deptCode(), key.fiscalYear()).forEach(t -> {
            model.table(new BudgetFacts.PublishedTable(t.tableNo, t.note, t.rowCount));
            Panache.getEntityManager().detach(t);
        });
        readLines(key, model);
        RecordProjection.<RecordProjection>list("deptCode = ?1 and fiscalYear = ?2 and aggregateType in ?3 order by id",
                        key.deptCode(), key.fiscalYear(), BUDGET_RECORDS)
                .stream()
                .map(BudgetModelLoader::detached)
                .forEach(r -> model.record(new RecordRow(r.aggregateType, r.aggregateId, r.deptCode, r.fiscalYear, r.version, r.deleted,
                        r.occurredAt, r.payloadAs(payloadType(r.aggregateType)), r.payload)));
        return model;
    }

    /**
     * Every line of the budget in the order the projection stored them, removed ones as empty
     * places. Read as plain values: as entities, with a snapshot of each for dirty checking, they
     * were a fifth of every evaluation. The amounts are read as their stored text and parsed here,
     * so that a line that cannot be read fails this budget's evaluation, not the transaction.
     */
    private static void readLines(BudgetKey key, BudgetModel model) {
        List<?> rows = Panache.getEntityManager().createNativeQuery("SELECT aggregate_id, deleted, table_no, row_kind, code, name, "
                        + "position, amounts FROM ledger_line_projection WHERE dept_code = ?1 AND fiscal_year = ?2 ORDER BY id")
                .setParameter(1, key.deptCode())
                .setParameter(2, key.fiscalYear())
                .getResultList();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            model.line((String) row[0], truth(row[1]) ? null : new LineValues(((Number) row[2]).intValue(), RowKind.valueOf((String) row[3]),
                    (String) row[4], (String) row[5], ((Number) row[6]).intValue(), AmountsText.read((String) row[7])));
        }
    }

    /** A boolean column as the driver hands it over: BIT(1) as Boolean, TINYINT as a number. */
    private static boolean truth(Object value) {
        return value instanceof Boolean flag ? flag : ((Number) value).intValue() != 0;
    }

    private static Class<?> payloadType(String aggregateType) {
        return switch (aggregateType) {
            case ProjectSheetPayload.AGGREGATE_TYPE -> ProjectSheetPayload.class;
            case ProcurementLinePayload.AGGREGATE_TYPE -> ProcurementLinePayload.class;
            case ProcurementTablePayload.AGGREGATE_TYPE -> ProcurementTablePayload.class;
            case HoldingsPayload.AGGREGATE_TYPE -> HoldingsPayload.class;
            default -> throw new IllegalArgumentException("no budget record of type " + aggregateType);
        };
    }
}
