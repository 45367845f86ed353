package gov.budget.reconciliation.finding;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.reconciliation.config.ReconciliationConfig;
import gov.budget.reconciliation.projection.BudgetProjection;
import gov.budget.reconciliation.projection.LedgerLineProjection;
import gov.budget.reconciliation.projection.LedgerTableProjection;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.Lazy;
import gov.budget.reconciliation.rule.LineValues;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads one budget's facts from this service's projections, in the shape the rules read. */
@ApplicationScoped
public class BudgetFactsLoader {

    @Inject
    ReconciliationConfig config;

    private final TemplateCatalog templates = TemplateCatalog.load();

    public BudgetFacts load(String deptCode, int fiscalYear) {
        return readOnly(() -> read(deptCode, fiscalYear));
    }

    /**
     * Runs the reads after one flush, with what they load read-only and no flush before each query:
     * otherwise Hibernate dirty-checks every projection loaded so far before each of the budget's
     * queries, which was an eighth of a full run's time. Nothing here changes a projection.
     */
    private static <T> T readOnly(Supplier<T> reads) {
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

    private BudgetFacts read(String deptCode, int fiscalYear) {
        Optional<BudgetProjection> budget = BudgetProjection.of(deptCode, fiscalYear);
        String templateId = budget.map(b -> b.templateId).orElse(config.reconciliation().defaultTemplate());
        RegionTemplate template = templates.find(templateId)
                .or(() -> templates.find(config.reconciliation().defaultTemplate()))
                .orElseThrow(() -> new IllegalStateException("no region template " + templateId));
        List<LineValues> lines = LedgerLineProjection.liveLines(deptCode, fiscalYear).stream()
                .map(l -> new LineValues(l.tableNo(), l.rowKind(), l.code(), l.name(), l.position(), l.amounts()))
                .toList();
        List<BudgetFacts.PublishedTable> tables = LedgerTableProjection.ofBudget(deptCode, fiscalYear).stream()
                .map(t -> new BudgetFacts.PublishedTable(t.tableNo, t.note, t.rowCount))
                .toList();
        List<NarrativeFigure> narrative = budget.map(b -> b.narrative.stream()
                        .map(f -> new NarrativeFigure(f.code, f.label, f.amount, f.unit, f.text))
                        .toList())
                .orElse(List.of());
        return BudgetFacts.of(deptCode, fiscalYear, template, budget.map(b -> b.deptName).orElse(null), lines, tables, narrative)
                .with(otherServices(deptCode, fiscalYear));
    }

    /** What the performance, procurement and asset services hold for the budget, from their projections. */
    private static BudgetFacts.OtherServices otherServices(String deptCode, int fiscalYear) {
        List<ProjectSheetPayload> sheets = RecordProjection.liveOf(ProjectSheetPayload.AGGREGATE_TYPE, deptCode, fiscalYear).stream()
                .map(r -> r.payloadAs(ProjectSheetPayload.class))
                .sorted(Comparator.comparingInt(ProjectSheetPayload::position))
                .toList();
        List<ProcurementLinePayload> lines = RecordProjection.liveOf(ProcurementLinePayload.AGGREGATE_TYPE, deptCode, fiscalYear).stream()
                .map(r -> r.payloadAs(ProcurementLinePayload.class))
                .sorted(Comparator.comparingInt(ProcurementLinePayload::position))
                .toList();
        ProcurementTablePayload table = RecordProjection.of(ProcurementTablePayload.AGGREGATE_TYPE,
                        ProcurementTablePayload.aggregateId(deptCode, fiscalYear))
                .map(r -> r.payloadAs(ProcurementTablePayload.class)).orElse(null);
        HoldingsPayload holdings = RecordProjection.liveOf(HoldingsPayload.AGGREGATE_TYPE, deptCode, fiscalYear).stream()
                .map(r -> r.payloadAs(HoldingsPayload.class))
                .max(Comparator.comparing(HoldingsPayload::asOf))
                .orElse(null);
        // the register is read (about a thousand records a department) only by the rule that aggregates it
        Lazy<List<AssetPayload>> register = Lazy.of(() -> readOnly(() -> RecordProjection.liveOfDepartment(AssetPayload.AGGREGATE_TYPE, deptCode)
                .stream()
                .map(r -> r.payloadAs(AssetPayload.class))
                .toList()));
        return new BudgetFacts.OtherServices(sheets, lines, table, holdings, register);
    }
}
