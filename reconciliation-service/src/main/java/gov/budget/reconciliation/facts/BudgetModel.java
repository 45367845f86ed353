package gov.budget.reconciliation.facts;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.RecordRow;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.Lazy;
import gov.budget.reconciliation.rule.LineValues;
import gov.budget.reconciliation.source.ledger.LedgerLineRow;
import gov.budget.reconciliation.source.ledger.LedgerTableRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One budget's facts held in memory, kept current by the rows the consumer writes, so that a
 * change is evaluated without reading the budget back from the database. A model filled by events
 * holds its lines and records in the order they arrived, one read back from the projection in the
 * order of the projection's key; the facts put both in published order (by position, with the code
 * or line id deciding a tie), so that a cold model and a warm one give the same facts.
 */
public final class BudgetModel {

    /** Sheets as printed; the project code decides between two that claim one place. */
    private static final Comparator<ProjectSheetPayload> SHEET_ORDER = Comparator.comparingInt(ProjectSheetPayload::position)
            .thenComparing(ProjectSheetPayload::projectCode, Comparator.nullsFirst(Comparator.naturalOrder()));
    /** Procurement lines as printed; the line id decides between two that claim one place. */
    private static final Comparator<ProcurementLinePayload> PROCUREMENT_LINE_ORDER =
            Comparator.comparingInt(ProcurementLinePayload::position).thenComparingLong(ProcurementLinePayload::lineId);

    private final BudgetKey key;
    private final String linePrefix;
    private String templateId;
    private String deptName;
    private List<NarrativeFigure> narrative = List.of();
    private final Map<String, LineValues> lines = new LinkedHashMap<>();
    private final Map<Integer, BudgetFacts.PublishedTable> tables = new TreeMap<>();
    private final Map<String, ProjectSheetPayload> sheets = new LinkedHashMap<>();
    private final Map<String, ProcurementLinePayload> procurementLines = new LinkedHashMap<>();
    private ProcurementTablePayload procurementTable;
    private final Map<String, HoldingsPayload> holdings = new LinkedHashMap<>();
    /**
     * The version of a model built in memory while its budget, never evaluated, waits in the queue:
     * no stored facts version is negative, so no evaluation takes it for current unchecked.
     */
    static final long UNEVALUATED = -1;

    /** The budget's version in the database (budget_reconciliation.facts_version) that this model reflects. */
    private long factsVersion;
    /** While {@link #UNEVALUATED}: the events of the queued batches it took. */
    private long waitedEvents;
    private boolean hasHeader;

    public BudgetModel(BudgetKey key) {
        this.key = key;
        this.linePrefix = key.deptCode() + ":" + key.fiscalYear() + ":";
    }

    public BudgetKey key() {
        return key;
    }

    public synchronized long factsVersion() {
        return factsVersion;
    }

    synchronized void stamp(long version) {
        factsVersion = version;
        waitedEvents = 0;
    }

    /** Takes what one queued batch wrote to its budget, never evaluated, and counts its events. */
    synchronized void tookWhileWaiting(BudgetChanges changes) {
        apply(changes);
        waitedEvents += changes.events();
    }

    synchronized long waitedEvents() {
        return waitedEvents;
    }

    /**
     * How many rows of the projections it took, each once however often it was written, as
     * {@link BudgetModelLoader#countStored} counts them: the header, tables, lines and records.
     */
    synchronized long rowsHeld() {
        return (hasHeader ? 1 : 0) + tables.size() + lines.size() + sheets.size() + procurementLines.size()
                + (procurementTable == null ? 0 : 1) + holdings.size();
    }

    /** The region template its header names, or null before the header arrived. */
    public synchronized String templateId() {
        return templateId;
    }

    /** Takes what one batch wrote, in the order it was written. */
    public synchronized void apply(BudgetChanges changes) {
        if (changes.header != null) {
            header(changes.header);
        }
        changes.tables.forEach(this::table);
        changes.lines.forEach(this::line);
        changes.records.forEach(this::record);
    }

    public synchronized void header(BudgetPayload payload) {
        hasHeader = true;
        templateId = payload.templateId();
        deptName = payload.deptName();
        narrative = payload.narrative() == null ? List.of() : List.copyOf(payload.narrative());
    }

    synchronized void table(LedgerTableRow table) {
        tables.put(table.tableNo(), new BudgetFacts.PublishedTable(table.tableNo(), table.note(), table.rowCount()));
    }

    public synchronized void table(BudgetFacts.PublishedTable table) {
        tables.put(table.tableNo(), table);
    }

    /** A line, or its removal: a removed line keeps its place with no values, as its row in the database does. */
    synchronized void line(LedgerLineRow row) {
        lines.put(lineKey(row.aggregateId()), row.deleted() ? null
                : new LineValues(row.tableNo(), row.rowKind(), row.code(), row.name(), row.position(), row.amounts()));
    }

    public synchronized void line(String aggregateId, LineValues values) {
        lines.put(lineKey(aggregateId), values);
    }

    /**
     * A line's key within its budget: its aggregate id without the budget's own part
     * ({@code deptCode:fiscalYear:}), which leaves table and code. Those repeat in every budget and are
     * kept once each (interned), where whole ids would be a string per line of every model.
     */
    private String lineKey(String aggregateId) {
        return aggregateId.startsWith(linePrefix) ? aggregateId.substring(linePrefix.length()).intern() : aggregateId;
    }

    /** A record of the performance or procurement service, or a holdings table; a removed one keeps its place empty. */
    public synchronized void record(RecordRow row) {
        switch (row.aggregateType()) {
            case ProjectSheetPayload.AGGREGATE_TYPE ->
                    sheets.put(row.aggregateId(), row.deleted() ? null : payload(row, ProjectSheetPayload.class));
            case ProcurementLinePayload.AGGREGATE_TYPE ->
                    procurementLines.put(row.aggregateId(), row.deleted() ? null : payload(row, ProcurementLinePayload.class));
            // the printed totals count whatever their last state, as the projection's read always did
            case ProcurementTablePayload.AGGREGATE_TYPE -> procurementTable = payload(row, ProcurementTablePayload.class);
            case HoldingsPayload.AGGREGATE_TYPE ->
                    holdings.put(row.aggregateId(), row.deleted() ? null : payload(row, HoldingsPayload.class));
            default -> {
                // the asset register is the department's, read per batch and per run, not the budget's
            }
        }
    }

    /** The row's payload as the model keeps it, its texts and amounts shared with every other model's. */
    private static <T> T payload(RecordRow row, Class<T> type) {
        return type.isInstance(row.payload()) ? type.cast(row.payload()) : ModelPayloads.convert(row.payload(), type);
    }

    /** The facts the rules read, with the department's register read only if a rule asks for it. */
    public synchronized BudgetFacts facts(RegionTemplate template, Lazy<List<AssetPayload>> register) {
        List<LineValues> live = lines.values().stream().filter(Objects::nonNull).toList();
        BudgetFacts facts = BudgetFacts.of(key.deptCode(), key.fiscalYear(), template, deptName, live,
                new ArrayList<>(tables.values()), narrative);
        List<ProjectSheetPayload> liveSheets = sheets.values().stream().filter(Objects::nonNull).sorted(SHEET_ORDER).toList();
        List<ProcurementLinePayload> liveLines = procurementLines.values().stream().filter(Objects::nonNull)
                .sorted(PROCUREMENT_LINE_ORDER).toList();
        HoldingsPayload latest = holdings.values().stream().filter(Objects::nonNull)
                .max(Comparator.comparing(HoldingsPayload::asOf)).orElse(null);
        return facts.with(new BudgetFacts.OtherServices(liveSheets, liveLines, procurementTable, latest, register));
    }

    /** Roughly how many rows it holds, which bounds the cache by memory rather than by budgets. */
    public synchronized int weight() {
        return 1 + lines.size() + tables.size() + narrative.size() + sheets.size() * 8 + procurementLines.size() + holdings.size() * 4;
    }
}
