package gov.budget.reconciliation.facts;

import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
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
     * Runs the reads after one flush, with what they load read-only and no flush before each query:
     * otherwise Hibernate dirty-checks every entity loaded so far before each query. Nothing here
     * changes a projection.
     */
    static <T> T readOnly(Supplier<T> reads) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.flush();
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

    private static BudgetModel read(BudgetKey key) {
        BudgetModel model = new BudgetModel(key);
        BudgetProjection.of(key.deptCode(), key.fiscalYear()).ifPresent(b -> model.header(new BudgetPayload(b.templateId, b.deptName,
                b.narrative.stream().map(f -> new NarrativeFigure(f.code, f.label, f.amount, f.unit, f.text)).toList())));
        LedgerTableProjection.ofBudget(key.deptCode(), key.fiscalYear())
                .forEach(t -> model.table(new BudgetFacts.PublishedTable(t.tableNo, t.note, t.rowCount)));
        readLines(key, model);
        RecordProjection.<RecordProjection>list("deptCode = ?1 and fiscalYear = ?2 and aggregateType in ?3 order by id",
                        key.deptCode(), key.fiscalYear(), BUDGET_RECORDS)
                .forEach(r -> model.record(new RecordRow(r.aggregateType, r.aggregateId, r.deptCode, r.fiscalYear, r.version, r.deleted,
                        r.occurredAt, r.payloadAs(payloadType(r.aggregateType)), r.payload)));
        return model;
    }

    /**
     * Every line of the budget in the order the projection stored them, removed ones as empty
     * places. Read as plain values: as entities, with a snapshot of each for dirty checking, they
     * were a fifth of every evaluation.
     */
    private static void readLines(BudgetKey key, BudgetModel model) {
        Panache.getEntityManager().createQuery("select l.aggregateId, l.deleted, l.tableNo, l.rowKind, l.code, l.name, l.position, "
                        + "l.amounts from LedgerLineProjection l where l.deptCode = ?1 and l.fiscalYear = ?2 order by l.id", Object[].class)
                .setParameter(1, key.deptCode())
                .setParameter(2, key.fiscalYear())
                .getResultStream()
                .forEach(row -> model.line((String) row[0], (Boolean) row[1] ? null : new LineValues((Integer) row[2], (RowKind) row[3],
                        (String) row[4], (String) row[5], (Integer) row[6], amounts(row[7]))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, BigDecimal> amounts(Object converted) {
        return (Map<String, BigDecimal>) converted;
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
