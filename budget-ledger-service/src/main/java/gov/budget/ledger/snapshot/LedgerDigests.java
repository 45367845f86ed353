package gov.budget.ledger.snapshot;

import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.LedgerTablePayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.ledger.line.LedgerLine;
import gov.budget.web.snapshot.StreamedRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The digests of the ledger's budgets in some departments: each budget's live lines, its tables
 * and its header, read as plain values in three queries, without loading a line's amounts.
 */
@ApplicationScoped
public class LedgerDigests {

    public List<BudgetDigest> of(List<String> deptCodes) {
        EntityManager entities = LedgerLine.getEntityManager();
        BudgetDigest.Builder digests = new BudgetDigest.Builder();
        StreamedRows.of(entities.createQuery("select b.deptCode, b.fiscalYear, l.tableNo, l.code, l.version from LedgerLine l join l.budget b "
                        + "where b.deptCode in ?1 and l.deleted = false", Object[].class)
                .setParameter(1, deptCodes))
                .forEach(r -> digests.add((String) r[0], (Integer) r[1], LedgerLinePayload.AGGREGATE_TYPE,
                        LedgerLinePayload.aggregateId((String) r[0], (Integer) r[1], (Integer) r[2], (String) r[3]), (Long) r[4]));
        StreamedRows.of(entities.createQuery("select b.deptCode, b.fiscalYear, t.tableNo, t.version from LedgerTable t join t.budget b "
                        + "where b.deptCode in ?1", Object[].class)
                .setParameter(1, deptCodes))
                .forEach(r -> digests.add((String) r[0], (Integer) r[1], LedgerTablePayload.AGGREGATE_TYPE,
                        LedgerTablePayload.aggregateId((String) r[0], (Integer) r[1], (Integer) r[2]), (Long) r[3]));
        Map<Long, List<NarrativeFigure>> narratives = new HashMap<>();
        StreamedRows.of(entities.createQuery("select f.budget.id, f.code, f.label, f.amount, f.unit, f.text from BudgetNarrativeFigure f "
                        + "where f.budget.deptCode in ?1 order by f.budget.id, f.position", Object[].class)
                .setParameter(1, deptCodes))
                .forEach(r -> narratives.computeIfAbsent((Long) r[0], id -> new ArrayList<>()).add(new NarrativeFigure(
                        (String) r[1], (String) r[2], (BigDecimal) r[3], (String) r[4], (String) r[5])));
        StreamedRows.of(entities.createQuery("select b.id, b.deptCode, b.fiscalYear, b.templateId, d.name from Budget b, Department d "
                        + "where d.code = b.deptCode and b.deptCode in ?1", Object[].class)
                .setParameter(1, deptCodes))
                .forEach(r -> digests.addHeader((String) r[1], (Integer) r[2], (String) r[3], (String) r[4],
                        narratives.getOrDefault((Long) r[0], List.of())));
        return digests.build();
    }
}
