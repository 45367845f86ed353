package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One way to break one relation, with the finding it must raise. The ledger cells are the same
 * ones the reconciliation service's relation tests break: the published value moved by the same
 * cents (or set to the same value), so the relation breaks the same way at every scale.
 */
record Inconsistency(String ruleId, String description, BiFunction<GeneratedBudget, SampleDisclosure, ExpectedFinding> mutation) {

    static final List<Inconsistency> CATALOGUE = List.of(
            cell("R01", 1, "income_current_total", "amount", "3249.85", "1:income_current_total:amount"),
            cell("R02", 1, "208", "amount", "2320.29", "1:expenditure_current_total:amount"),
            cell("R03", 1, "expenditure_grand_total", "amount", "4078.24", "1:income_grand_total:amount"),
            cell("R04", 2, "2080106", "current_subtotal", "580.20", "2:2080106:total"),
            cell("R05", 3, "2080106", "total", "580.22", "3:2080106:total"),
            cell("R06", 3, "2080106", "basic", "528.22", "3:20801:basic"),
            cell("R07", 4, "carry_over_general_public", "income", "70.40", "4:carry_over:income"),
            cell("R08", 6, "30101", "personnel", "386.37", "6:30101:total"),
            cell("R09", 9, "reception", "total", "1.10", "9:total:total"),
            cell("R10", 1, "210", "amount", "122.63", "1:210:amount"),
            cell("R11", 2, "2080106", "total", "580.22", "2:2080106:total"),
            cell("R12", 4, "income_general_public", "income", "2491.85", "1:income_general_public:amount"),
            cell("R13", 5, "210", "total", "122.63", "4:210:general_public"),
            cell("R14", 5, "2080106", "total", "580.22", "5:2080106:total"),
            cell("R15", 6, "total", "total", "1945.85", "5:total:basic"),
            cell("R16", 6, "30108", "total", "139.12", "5:2080505:basic"),
            cell("R17", 6, "30217", "total", "1.10", "9:reception:total"),
            fixedCell("R18", 4, "208", "government_fund", "1.00", "4:-:government_fund"),
            figure("R19", "running_cost", "132.00", "-:running_cost:-"),
            figure("R20", "three_public.reception", "1.11", "-:three_public.reception:-"),
            new Inconsistency("R21", "the first project sheet's 预算数 one 万元 above table 3's project expenditure", (budget, sample) -> {
                ObjectNode sheet = (ObjectNode) budget.performance().path("sheets").get(0);
                sheet.set("budget", DecimalNode.valueOf(sheet.path("budget").decimalValue().add(BigDecimal.ONE)));
                sheet.set("fiscalFunds", DecimalNode.valueOf(sheet.path("fiscalFunds").decimalValue().add(BigDecimal.ONE)));
                return new ExpectedFinding("R21", "-:sheets:budget", "sheet budget +1");
            }),
            // a decreasing plan is refused by the performance service itself; one that stops short of
            // 100% is accepted, and only the relation flags it
            new Inconsistency("R22", "a spending plan that reaches only 90% by the end of December", (budget, sample) -> {
                ObjectNode sheet = (ObjectNode) budget.performance().path("sheets").get(0);
                ObjectNode plan = (ObjectNode) sheet.path("spendingPlan");
                for (String point : List.of("march", "june", "october")) {
                    if (plan.path(point).decimalValue().compareTo(BigDecimal.valueOf(90)) > 0) {
                        plan.put(point, 90);
                    }
                }
                plan.put("december", 90);
                return new ExpectedFinding("R22", "-:sheet:" + sheet.path("projectCode").asText() + ":plan", "plan ends at 90%");
            }),
            new Inconsistency("R23", "procurement line 5 bought one more than its total pays for", (budget, sample) -> {
                ObjectNode line = (ObjectNode) budget.procurement().path("lines").get(4);
                line.put("quantity", line.path("quantity").asInt() + 1);
                return new ExpectedFinding("R23", "-:procurement:#5:product", "quantity +1");
            }),
            new Inconsistency("R24", "procurement line 11 states its project's 预算资金 one 万元 above the project sheet", (budget, sample) -> {
                ObjectNode line = (ObjectNode) budget.procurement().path("lines").get(10);
                line.set("projectBudget", DecimalNode.valueOf(line.path("projectBudget").decimalValue().add(BigDecimal.ONE)));
                return new ExpectedFinding("R24", "-:procurement:#11:projectBudget", "stated budget +1");
            }),
            fixedCell("R25", 1, "income_general_public", "amount", "100.00", "-:procurement:generalPublic:generalPublic"),
            new Inconsistency("R26", "the holdings table's 资产总额 one cent above its rows", (budget, sample) -> {
                for (JsonNode row : budget.holdings().path("rows")) {
                    if (row.path("category").asText().equals("TOTAL")) {
                        ((ObjectNode) row).set("value", DecimalNode.valueOf(row.path("value").decimalValue().add(new BigDecimal("0.01"))));
                    }
                }
                return new ExpectedFinding("R26", "-:holdings:" + budget.asOf() + ":TOTAL", "total +0.01");
            }),
            fixedCell("R27", 9, "vehicle_operation", "total", "0.00", "9:vehicle_operation:assets"),
            new Inconsistency("R28", "the empty table 7 without its note", (budget, sample) -> {
                ((ObjectNode) table(budget.ledger(), 7)).putNull("note");
                return new ExpectedFinding("R28", "7:-:note", "note removed");
            }),
            // mid-year rather than a year early: a table as of the end of another year is filed with
            // that year's budget, which no rule set of this year checks
            new Inconsistency("R29", "a holdings table dated mid-year instead of at the end of the year before", (budget, sample) -> {
                ((ObjectNode) budget.holdings()).put("asOf", (budget.fiscalYear() - 1) + "-06-30");
                return new ExpectedFinding("R29", "-:asset:asOf", "asOf mid-year");
            }));

    /** Applies this inconsistency to a copy of the budget; the copy names the finding it must raise. */
    GeneratedBudget applyTo(GeneratedBudget clean, SampleDisclosure sample) {
        GeneratedBudget copy = new GeneratedBudget(clean.deptCode(), clean.fiscalYear(), clean.factor(), clean.department(),
                clean.ledger().deepCopy(), clean.performance().deepCopy(), clean.procurement().deepCopy(),
                clean.holdings().deepCopy(), clean.register(), null);
        ExpectedFinding expected = mutation.apply(copy, sample);
        return new GeneratedBudget(copy.deptCode(), copy.fiscalYear(), copy.factor(), copy.department(), copy.ledger(),
                copy.performance(), copy.procurement(), copy.holdings(), copy.register(),
                new ExpectedFinding(expected.ruleId(), expected.location(), description));
    }

    /** A published cell moved by as many cents as the relation test moves it. */
    private static Inconsistency cell(String rule, int tableNo, String row, String column, String seedChangedTo, String location) {
        return new Inconsistency(rule, "table " + tableNo + " " + row + " " + column + " off by the test's cents", (budget, sample) -> {
            BigDecimal seedValue = amount(row(sample.ledger(), tableNo, row), column);
            BigDecimal delta = new BigDecimal(seedChangedTo).subtract(seedValue);
            ObjectNode amounts = (ObjectNode) row(budget.ledger(), tableNo, row).path("amounts");
            amounts.set(column, DecimalNode.valueOf(amount(row(budget.ledger(), tableNo, row), column).add(delta)));
            return new ExpectedFinding(rule, location, null);
        });
    }

    /** A cell set to a value whatever the scale. */
    private static Inconsistency fixedCell(String rule, int tableNo, String row, String column, String value, String location) {
        return new Inconsistency(rule, "table " + tableNo + " " + row + " " + column + " set to " + value, (budget, sample) -> {
            ((ObjectNode) row(budget.ledger(), tableNo, row).path("amounts")).set(column, DecimalNode.valueOf(new BigDecimal(value)));
            return new ExpectedFinding(rule, location, null);
        });
    }

    /** A narrative figure moved by as many cents as the relation test moves it. */
    private static Inconsistency figure(String rule, String code, String seedChangedTo, String location) {
        return new Inconsistency(rule, "narrative " + code + " off by the test's cents", (budget, sample) -> {
            BigDecimal delta = new BigDecimal(seedChangedTo).subtract(figure(sample.ledger(), code).path("amount").decimalValue());
            ObjectNode figure = (ObjectNode) figure(budget.ledger(), code);
            figure.set("amount", DecimalNode.valueOf(figure.path("amount").decimalValue().add(delta)));
            return new ExpectedFinding(rule, location, null);
        });
    }

    private static JsonNode table(JsonNode ledger, int tableNo) {
        for (JsonNode table : ledger.path("tables")) {
            if (table.path("tableNo").asInt() == tableNo) {
                return table;
            }
        }
        throw new IllegalArgumentException("no table " + tableNo);
    }

    private static JsonNode row(JsonNode ledger, int tableNo, String code) {
        for (JsonNode row : table(ledger, tableNo).path("rows")) {
            String rowCode = row.path("code").asText(row.path("kind").asText().equals("TOTAL") ? "total" : "");
            if (rowCode.equals(code)) {
                return row;
            }
        }
        throw new IllegalArgumentException("no row " + code + " in table " + tableNo);
    }

    private static JsonNode figure(JsonNode ledger, String code) {
        for (JsonNode figure : ledger.path("narrative")) {
            if (figure.path("code").asText().equals(code)) {
                return figure;
            }
        }
        throw new IllegalArgumentException("no narrative figure " + code);
    }

    private static BigDecimal amount(JsonNode row, String column) {
        JsonNode value = row.path("amounts").path(column);
        return value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
    }
}
