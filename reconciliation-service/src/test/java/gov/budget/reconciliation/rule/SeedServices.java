package gov.budget.reconciliation.rule;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.performance.IndicatorValue;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.contracts.procurement.PublishedTotal;
import gov.budget.reconciliation.SampleBudget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the performance, procurement and asset services publish for the seed department, built from
 * the project's sample data in the shape of their event payloads.
 */
final class SeedServices {

    /** Enough of the performance service's parser to read the seed's cost indicators (≤2万元, ≤403860.63元). */
    private static final Pattern NUMERIC = Pattern.compile("^(≥|≤|>|<|=)?([0-9]+(?:\\.[0-9]+)?)(\\S*)$");

    private SeedServices() {
    }

    static BudgetFacts.OtherServices seed() {
        return BudgetFacts.OtherServices.of(sheets(), procurementLines(), procurementTable(), holdings(), assets());
    }

    static List<ProjectSheetPayload> sheets() {
        List<ProjectSheetPayload> sheets = new ArrayList<>();
        int position = 0;
        for (JsonNode sheet : read("performance.json").get("sheets")) {
            List<ProjectSheetPayload.Indicator> indicators = new ArrayList<>();
            for (JsonNode i : sheet.get("indicators")) {
                indicators.add(new ProjectSheetPayload.Indicator(i.get("level1").asText(), i.get("level2").asText(),
                        i.get("level3").asText(), value(i.get("value").asText())));
            }
            JsonNode plan = sheet.get("spendingPlan");
            sheets.add(new ProjectSheetPayload(sheet.get("projectCode").asText(), sheet.get("projectName").asText(), ++position,
                    decimal(sheet.get("budget")), decimal(sheet.get("fiscalFunds")), decimal(sheet.get("otherFunds")),
                    decimal(plan.get("march")), decimal(plan.get("june")), decimal(plan.get("october")), decimal(plan.get("december")),
                    sheet.get("carriedOver").asBoolean(), null, indicators, false));
        }
        return sheets;
    }

    static List<ProcurementLinePayload> procurementLines() {
        List<ProcurementLinePayload> lines = new ArrayList<>();
        long id = 0;
        for (JsonNode line : read("procurement.json").get("lines")) {
            String code = line.get("catalogCode").asText();
            lines.add(new ProcurementLinePayload(++id, (int) id, line.get("unit").asText(), line.get("projectName").asText(), null,
                    line.get("basicExpenditure").asBoolean(), decimal(line.get("projectBudget")), line.get("itemName").asText(), code,
                    "GOODS", line.get("measureUnit").asText(), decimal(line.get("quantity")), decimal(line.get("unitPrice")),
                    amounts(line.get("amounts")), decimal(line.get("smeShare")), false));
        }
        return lines;
    }

    static ProcurementTablePayload procurementTable() {
        JsonNode table = read("procurement.json");
        List<PublishedTotal> totals = new ArrayList<>();
        for (JsonNode total : table.get("publishedTotals")) {
            totals.add(new PublishedTotal(total.get("unit").isNull() ? null : total.get("unit").asText(), amounts(total.get("amounts")),
                    decimal(total.get("smeShare"))));
        }
        return new ProcurementTablePayload(table.get("note").asText(), totals, table.get("lines").size());
    }

    static HoldingsPayload holdings() {
        JsonNode table = read("asset-holdings.json");
        List<HoldingsPayload.Row> rows = new ArrayList<>();
        for (JsonNode row : table.get("rows")) {
            String category = row.get("category").asText();
            rows.add(new HoldingsPayload.Row(category, row.get("label").asText(), decimal(row.get("quantity")),
                    row.get("quantityUnit").isNull() ? null : row.get("quantityUnit").asText(), decimal(row.get("value")),
                    category.equals("OFFICE_SPACE") ? "BUILDINGS" : null));
        }
        return new HoldingsPayload(LocalDate.parse(table.get("asOf").asText()), decimal(table.get("plannedPurchases")), rows);
    }

    static List<AssetPayload> assets() {
        List<AssetPayload> assets = new ArrayList<>();
        for (JsonNode asset : read("asset-register.json").get("assets")) {
            String code = asset.get("categoryCode").asText();
            assets.add(new AssetPayload(asset.get("assetNumber").asText(), asset.get("name").asText(), code,
                    code.startsWith("203") ? "VEHICLES" : "OTHER", false, asset.get("unit").asText(), decimal(asset.get("quantity")),
                    asset.get("quantityUnit").asText(), decimal(asset.get("originalValue")), LocalDate.parse(asset.get("acquiredOn").asText()),
                    "IN_USE", null));
        }
        return assets;
    }

    private static IndicatorValue value(String text) {
        Matcher numeric = NUMERIC.matcher(text);
        if (!numeric.matches()) {
            return new IndicatorValue(text, null, null, null, true, null);
        }
        BigDecimal number = new BigDecimal(numeric.group(2));
        String unit = numeric.group(3).isEmpty() ? null : numeric.group(3);
        return new IndicatorValue(text, numeric.group(1), number, unit, false,
                "元".equals(unit) ? number.divide(BigDecimal.valueOf(10000)) : number);
    }

    private static FundAmounts amounts(JsonNode amounts) {
        return new FundAmounts(decimal(amounts.get("total")), decimal(amounts.get("generalPublic")), decimal(amounts.get("governmentFund")),
                decimal(amounts.get("stateCapital")), decimal(amounts.get("specialAccount")), decimal(amounts.get("unitFunds")),
                decimal(amounts.get("carryOver")));
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.decimalValue();
    }

    private static JsonNode read(String file) {
        try {
            return EventCodec.mapper().readTree(SampleBudget.file(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
