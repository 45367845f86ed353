package gov.budget.asset.holdings.service;

import gov.budget.asset.Dates;
import gov.budget.asset.event.AssetEvents;
import gov.budget.asset.holdings.HoldingsCategory;
import gov.budget.asset.holdings.HoldingsRow;
import gov.budget.asset.holdings.HoldingsTable;
import gov.budget.asset.holdings.rest.ComparedHoldingsView;
import gov.budget.asset.holdings.rest.HoldingsRequest;
import gov.budget.asset.holdings.rest.HoldingsRowRequest;
import gov.budget.asset.holdings.rest.HoldingsView;
import gov.budget.asset.register.Asset;
import gov.budget.asset.register.AssetClassification;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.web.Versions;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.NotFoundException;
import gov.budget.web.validation.Amounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Stores, reads and computes holdings tables. Each write is one transaction guarded by the table's ETag. */
@ApplicationScoped
public class HoldingsService {


    @Inject
    AssetEvents events;

    @Transactional
    public HoldingsView replace(String deptCode, String asOfText, String ifMatch, HoldingsRequest request, String actor) {
        LocalDate asOf = Dates.parse("asOf", asOfText);
        if (request == null) {
            throw InvalidInputException.of("body", null, "a holdings table is required: {\"plannedPurchases\": …, \"rows\": […]}");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (request.deptCode() != null && !request.deptCode().equals(deptCode)) {
            violations.add(new FieldViolation("deptCode", request.deptCode(), "does not match the URL's department " + deptCode));
        }
        if (request.asOf() != null && !request.asOf().equals(asOf.toString())) {
            violations.add(new FieldViolation("asOf", request.asOf(), "does not match the URL's date " + asOf));
        }
        amount("plannedPurchases", request.plannedPurchases(), violations);
        if (request.rows() == null) {
            violations.add(new FieldViolation("rows", null, "the table's rows are required; [] for a table that has none"));
        }
        List<HoldingsRowRequest> rows = request.rows() == null ? List.of() : request.rows();
        Map<HoldingsCategory, HoldingsRowRequest> byCategory = new EnumMap<>(HoldingsCategory.class);
        for (int i = 0; i < rows.size(); i++) {
            HoldingsRowRequest row = rows.get(i);
            String at = "rows[" + i + "].";
            if (row == null || row.category() == null) {
                violations.add(new FieldViolation(at + "category", null, "the category is required: one of " + List.of(HoldingsCategory.values())));
                continue;
            }
            if (byCategory.put(row.category(), row) != null) {
                violations.add(new FieldViolation(at + "category", row.category().name(), "the category appears twice"));
            }
            amount(at + "quantity", row.quantity(), violations);
            if (row.value() == null) {
                violations.add(new FieldViolation(at + "value", null, "the value is required"));
            } else {
                amount(at + "value", row.value(), violations);
            }
            if (row.label() != null && row.label().length() > 100) {
                violations.add(new FieldViolation(at + "label", row.label(), "longer than 100 characters"));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            HoldingsRowRequest part = rows.get(i);
            HoldingsRowRequest parent = part == null || part.category() == null || part.category().partOf() == null
                    ? null : byCategory.get(part.category().partOf());
            if (parent == null) {
                continue;
            }
            if (larger(part.value(), parent.value())) {
                violations.add(new FieldViolation("rows[" + i + "].value", part.value().toPlainString(),
                        "a 其中 row is at most its parent: " + part.category().partOf() + " is " + parent.value().toPlainString()));
            }
            if (larger(part.quantity(), parent.quantity())) {
                violations.add(new FieldViolation("rows[" + i + "].quantity", part.quantity().toPlainString(),
                        "a 其中 row is at most its parent: " + part.category().partOf() + " is " + parent.quantity().toPlainString()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        HoldingsTable table = HoldingsTable.find(deptCode, asOf).orElse(null);
        Versions.checkIfMatch(ifMatch, table == null ? 0 : table.version, "the holdings table of " + deptCode + " as of " + asOf);
        if (table == null) {
            table = new HoldingsTable();
            table.deptCode = deptCode;
            table.asOf = asOf;
            table.version = 0;
        } else if (same(table, request.plannedPurchases(), rows)) {
            return view(table);
        }
        table.plannedPurchases = scaled(request.plannedPurchases());
        table.rows.clear();
        for (int i = 0; i < rows.size(); i++) {
            HoldingsRowRequest row = rows.get(i);
            HoldingsRow stored = new HoldingsRow();
            stored.table = table;
            stored.position = i + 1;
            stored.category = row.category();
            stored.label = row.label() == null || row.label().isBlank() ? row.category().label() : row.label().strip();
            stored.quantity = scaled(row.quantity());
            stored.quantityUnit = row.quantityUnit();
            stored.value = scaled(row.value());
            table.rows.add(stored);
        }
        table.version++;
        table.updatedAt = Instant.now();
        table.persist();
        events.holdingsChanged(table, actor);
        return view(table);
    }

    public HoldingsView read(String deptCode, String asOf) {
        return view(require(deptCode, Dates.parse("asOf", asOf)));
    }

    public List<HoldingsView> list(String deptCode) {
        return HoldingsTable.<HoldingsTable>list("deptCode = ?1 order by asOf", deptCode).stream().map(HoldingsService::view).toList();
    }

    @Transactional
    public void delete(String deptCode, String asOf, String ifMatch) {
        HoldingsTable table = require(deptCode, Dates.parse("asOf", asOf));
        Versions.checkIfMatch(ifMatch, table.version, "the holdings table of " + deptCode + " as of " + asOf);
        table.delete();
    }

    /** The table computed from the register for the date, beside the published one if there is one. */
    public ComparedHoldingsView compare(String deptCode, String asOfText) {
        LocalDate asOf = Dates.parse("asOf", asOfText);
        Map<HoldingsCategory, BigDecimal[]> computed = new EnumMap<>(HoldingsCategory.class);
        for (HoldingsCategory category : HoldingsCategory.values()) {
            computed.put(category, new BigDecimal[]{BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
        }
        int held = 0;
        for (Asset asset : Asset.ofDepartment(deptCode)) {
            if (!asset.heldOn(asOf)) {
                continue;
            }
            held++;
            HoldingsCategory category = AssetClassification.categoryOf(asset.categoryCode, asset.originalValue, asset.quantity);
            add(computed.get(category), asset);
            add(computed.get(HoldingsCategory.TOTAL), asset);
            if (AssetClassification.isOfficeSpace(asset.categoryCode)) {
                add(computed.get(HoldingsCategory.OFFICE_SPACE), asset);
            }
        }
        HoldingsTable published = HoldingsTable.find(deptCode, asOf).orElse(null);
        List<ComparedHoldingsView.Row> rows = new ArrayList<>();
        boolean matches = published != null;
        for (HoldingsCategory category : HoldingsCategory.values()) {
            HoldingsRow row = published == null ? null
                    : published.rows.stream().filter(r -> r.category == category).findFirst().orElse(null);
            BigDecimal[] figures = computed.get(category);
            // the published 资产总额 prints no quantity (——)
            BigDecimal quantity = category == HoldingsCategory.TOTAL ? null : figures[0];
            rows.add(new ComparedHoldingsView.Row(category, category.label(), quantity, figures[1],
                    row == null ? null : row.quantity, row == null ? null : row.value));
            if (published != null && (row == null ? figures[1].signum() != 0
                    : !equal(row.value, figures[1]) || (quantity != null && row.quantity != null && !equal(row.quantity, quantity)))) {
                matches = false;
            }
        }
        return new ComparedHoldingsView(deptCode, asOf, held, rows, published != null, matches);
    }

    public static HoldingsTable require(String deptCode, LocalDate asOf) {
        return HoldingsTable.find(deptCode, asOf)
                .orElseThrow(() -> new NotFoundException("no holdings table of department " + deptCode + " as of " + asOf));
    }

    public static HoldingsView view(HoldingsTable table) {
        return new HoldingsView(table.deptCode, table.asOf, table.fiscalYear(), table.plannedPurchases, table.rows.stream()
                .map(r -> new HoldingsView.Row(r.category, r.label, r.quantity, r.quantityUnit, r.value, r.category.partOf()))
                .toList(), table.version, table.updatedAt);
    }

    /** Whether the request holds what is stored; {@code rows} is the request's rows, empty when it sent none. */
    private static boolean same(HoldingsTable table, BigDecimal plannedPurchases, List<HoldingsRowRequest> rows) {
        if (!equal(table.plannedPurchases, plannedPurchases) || table.rows.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < table.rows.size(); i++) {
            HoldingsRow stored = table.rows.get(i);
            HoldingsRowRequest row = rows.get(i);
            String label = row.label() == null || row.label().isBlank() ? row.category().label() : row.label().strip();
            if (stored.category != row.category() || !stored.label.equals(label) || !equal(stored.quantity, row.quantity())
                    || !Objects.equals(stored.quantityUnit, row.quantityUnit()) || !equal(stored.value, row.value())) {
                return false;
            }
        }
        return true;
    }

    private static void add(BigDecimal[] figures, Asset asset) {
        figures[0] = figures[0].add(asset.quantity);
        figures[1] = figures[1].add(asset.originalValue);
    }

    private static boolean larger(BigDecimal part, BigDecimal parent) {
        return part != null && part.compareTo(parent == null ? BigDecimal.ZERO : parent) > 0;
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2);
    }

    private static void amount(String field, BigDecimal amount, List<FieldViolation> violations) {
        Amounts.check(field, amount, Amounts.Sign.NOT_NEGATIVE, violations);
    }
}
