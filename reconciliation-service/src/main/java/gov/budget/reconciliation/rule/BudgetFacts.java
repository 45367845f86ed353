package gov.budget.reconciliation.rule;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything the rules read about one department-year, as the projections hold it: the live ledger
 * rows by table in published order, which tables were published with which note, and the narrative's figures.
 *
 * @param tables     table number to its live rows, in published order
 * @param rowsByCode table number to its rows by code (the first row of a code printed twice), so that
 *                   the checks that match rows by code across tables find each in one lookup
 * @param published  table number to what is known of the published table; a table never written is absent
 * @param narrative  figure code to figure, in published order
 */
public record BudgetFacts(String deptCode, int fiscalYear, RegionTemplate template, String deptName,
                          Map<Integer, List<LineValues>> tables, Map<Integer, Map<String, LineValues>> rowsByCode,
                          Map<Integer, PublishedTable> published, Map<String, NarrativeFigure> narrative, OtherServices services) {

    /** A table's rows as printed; the code decides between two rows that claim one place. */
    private static final Comparator<LineValues> PUBLISHED_ORDER = Comparator.comparingInt(LineValues::position)
            .thenComparing(LineValues::code, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * What the other services hold for the budget: project sheets, procurement lines and the
     * procurement table's published totals, the holdings table disclosed with it, and the
     * department's asset register. Empty where a service has published nothing.
     */
    public record OtherServices(List<ProjectSheetPayload> sheets, List<ProcurementLinePayload> procurementLines,
                                ProcurementTablePayload procurementTable, HoldingsPayload holdings, Lazy<List<AssetPayload>> register) {

        public static OtherServices of(List<ProjectSheetPayload> sheets, List<ProcurementLinePayload> procurementLines,
                                       ProcurementTablePayload procurementTable, HoldingsPayload holdings, List<AssetPayload> assets) {
            return new OtherServices(sheets, procurementLines, procurementTable, holdings, Lazy.ready(assets));
        }

        public static OtherServices none() {
            return of(List.of(), List.of(), null, null, List.of());
        }

        /** The department's asset register; read only when a rule that needs it is evaluated. */
        public List<AssetPayload> assets() {
            return register.get();
        }
    }

    /** The budget with what the other services hold for it. */
    public BudgetFacts with(OtherServices other) {
        return new BudgetFacts(deptCode, fiscalYear, template, deptName, tables, rowsByCode, published, narrative, other);
    }

    /** What is known of one published table. */
    public record PublishedTable(int tableNo, String note, int rowCount) {
    }

    /**
     * The facts of these lines in whatever order they come: each table's rows are put in published
     * order (by position, then code), and the tables in number order, so that a model filled by
     * events and one read back from the projection give the same facts.
     */
    public static BudgetFacts of(String deptCode, int fiscalYear, RegionTemplate template, String deptName, List<LineValues> lines,
                                 List<PublishedTable> published, List<NarrativeFigure> narrative) {
        Map<Integer, List<LineValues>> byTable = lines.stream()
                .sorted(PUBLISHED_ORDER)
                .collect(Collectors.groupingBy(LineValues::tableNo, TreeMap::new, Collectors.toList()));
        Map<Integer, Map<String, LineValues>> rowsByCode = new HashMap<>();
        byTable.forEach((no, rows) -> {
            Map<String, LineValues> byCode = new HashMap<>();
            rows.stream().filter(r -> r.code() != null).forEach(r -> byCode.putIfAbsent(r.code(), r));
            rowsByCode.put(no, byCode);
        });
        Map<Integer, PublishedTable> tables = new LinkedHashMap<>();
        published.forEach(t -> tables.put(t.tableNo(), t));
        // rows without a table record (older events) still show that the table was published
        byTable.forEach((no, rows) -> tables.putIfAbsent(no, new PublishedTable(no, null, rows.size())));
        Map<String, NarrativeFigure> figures = new LinkedHashMap<>();
        narrative.forEach(f -> figures.put(f.code(), f));
        return new BudgetFacts(deptCode, fiscalYear, template, deptName, byTable, rowsByCode, tables, figures, OtherServices.none());
    }

    public List<LineValues> table(int tableNo) {
        return tables.getOrDefault(tableNo, List.of());
    }

    public Optional<LineValues> row(int tableNo, String code) {
        Map<String, LineValues> byCode = rowsByCode.get(tableNo);
        return byCode == null || code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** A published cell, or empty when the row is missing or the cell blank. */
    public Optional<BigDecimal> cell(int tableNo, String code, String column) {
        return row(tableNo, code).map(r -> r.amounts().get(column));
    }

    /** The unit the table is published in, from the region template. */
    public String unit(int tableNo) {
        return template.table(tableNo).map(TableTemplate::unit).orElse("万元");
    }
}
