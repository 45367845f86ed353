package gov.budget.reconciliation.nightly;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.LedgerTablePayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.reconciliation.source.ledger.LedgerLineProjection;
import gov.budget.web.snapshot.StreamedRows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The digests of the projections of some departments, folded exactly as the owning services fold
 * theirs ({@link BudgetDigest.Builder}): live ledger lines, ledger tables, budget headers, and the
 * other services' live records. Read as plain values, without amounts or payloads.
 */
@ApplicationScoped
public class ProjectionDigests {

    /** Records that belong to the whole department, whatever year they are filed under. */
    private static final Set<String> DEPARTMENT_WIDE = Set.of(AssetPayload.AGGREGATE_TYPE, HoldingsPayload.AGGREGATE_TYPE);

    public List<BudgetDigest> of(List<String> deptCodes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager entities = LedgerLineProjection.getEntityManager();
            BudgetDigest.Builder digests = new BudgetDigest.Builder();
            StreamedRows.of(entities.createQuery("select l.deptCode, l.fiscalYear, l.aggregateId, l.version from LedgerLineProjection l "
                            + "where l.deptCode in ?1 and l.deleted = false", Object[].class)
                    .setParameter(1, deptCodes))
                    .forEach(r -> digests.add((String) r[0], (Integer) r[1], LedgerLinePayload.AGGREGATE_TYPE, (String) r[2], (Long) r[3]));
            StreamedRows.of(entities.createQuery("select t.deptCode, t.fiscalYear, t.aggregateId, t.version from LedgerTableProjection t "
                            + "where t.deptCode in ?1", Object[].class)
                    .setParameter(1, deptCodes))
                    .forEach(r -> digests.add((String) r[0], (Integer) r[1], LedgerTablePayload.AGGREGATE_TYPE, (String) r[2], (Long) r[3]));
            Map<Long, List<NarrativeFigure>> narratives = new HashMap<>();
            StreamedRows.of(entities.createQuery("select f.budget.id, f.code, f.label, f.amount, f.unit, f.text from NarrativeFigureProjection f "
                            + "where f.budget.deptCode in ?1 order by f.budget.id, f.position", Object[].class)
                    .setParameter(1, deptCodes))
                    .forEach(r -> narratives.computeIfAbsent((Long) r[0], id -> new ArrayList<>()).add(new NarrativeFigure(
                            (String) r[1], (String) r[2], (BigDecimal) r[3], (String) r[4], (String) r[5])));
            StreamedRows.of(entities.createQuery("select b.id, b.deptCode, b.fiscalYear, b.templateId, b.deptName from BudgetProjection b "
                            + "where b.deptCode in ?1", Object[].class)
                    .setParameter(1, deptCodes))
                    .forEach(r -> digests.addHeader((String) r[1], (Integer) r[2], (String) r[3], (String) r[4],
                            narratives.getOrDefault((Long) r[0], List.of())));
            StreamedRows.of(entities.createQuery("select r.deptCode, r.fiscalYear, r.aggregateType, r.aggregateId, r.version from RecordProjection r "
                            + "where r.deptCode in ?1 and r.deleted = false", Object[].class)
                    .setParameter(1, deptCodes))
                    .forEach(r -> {
                        String type = (String) r[2];
                        int year = DEPARTMENT_WIDE.contains(type) ? BudgetDigest.WHOLE_DEPARTMENT : (Integer) r[1];
                        digests.add((String) r[0], year, type, (String) r[3], (Long) r[4]);
                    });
            return digests.build();
        });
    }
}
