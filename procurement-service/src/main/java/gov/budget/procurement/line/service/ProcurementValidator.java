package gov.budget.procurement.line.service;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.procurement.line.rest.ProcurementLineRequest;
import gov.budget.procurement.line.rest.PublishedTotalRequest;
import gov.budget.web.validation.Amounts;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks procurement lines and published totals, reporting every violation with its field and value. */
@ApplicationScoped
public class ProcurementValidator {

    private static final Pattern CATALOG_CODE = Pattern.compile("[ABC][0-9]{8}");
    private static final Pattern PROJECT_CODE = Pattern.compile("[0-9A-Za-z]{1,40}");
    private static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(16);
    private static final List<String> FUND_FIELDS = List.of("total", "generalPublic", "governmentFund", "stateCapital",
            "specialAccount", "unitFunds", "carryOver");

    public void checkLine(ProcurementLineRequest line, String at, Set<String> units, List<FieldViolation> violations) {
        if (line == null) {
            violations.add(new FieldViolation(at, null, "a line cannot be null"));
            return;
        }
        if (line.unit() == null || !units.contains(line.unit())) {
            violations.add(new FieldViolation(at + "unit", line.unit(), "not a sub-unit of the department; its sub-units are " + units));
        }
        text(at + "projectName", line.projectName(), 300, violations);
        text(at + "itemName", line.itemName(), 200, violations);
        text(at + "measureUnit", line.measureUnit(), 20, violations);
        if (line.projectCode() != null && !PROJECT_CODE.matcher(line.projectCode()).matches()) {
            violations.add(new FieldViolation(at + "projectCode", line.projectCode(), "a project code is 1 to 40 letters or digits"));
        }
        if (line.catalogCode() == null || !CATALOG_CODE.matcher(line.catalogCode()).matches()) {
            violations.add(new FieldViolation(at + "catalogCode", line.catalogCode(),
                    "a 政府采购目录序号 is A (goods), B (works) or C (services) and 8 digits, such as A05040101"));
        }
        if (line.quantity() == null || line.quantity().signum() <= 0) {
            violations.add(new FieldViolation(at + "quantity", plain(line.quantity()), "数量 is above 0"));
        } else if (line.quantity().scale() > 4 || line.quantity().compareTo(AMOUNT_LIMIT) >= 0) {
            violations.add(new FieldViolation(at + "quantity", plain(line.quantity()), "数量 has at most 4 decimals and stays below 10^16"));
        }
        money(at + "projectBudget", line.projectBudget(), violations);
        money(at + "unitPrice", line.unitPrice(), violations);
        money(at + "smeShare", line.smeShare(), violations);
        if (line.amounts() == null || line.amounts().total() == null) {
            violations.add(new FieldViolation(at + "amounts.total", null, "合计 is required"));
        } else {
            funds(at + "amounts.", line.amounts(), violations);
            if (line.smeShare() != null && line.smeShare().compareTo(line.amounts().total()) > 0) {
                violations.add(new FieldViolation(at + "smeShare", plain(line.smeShare()),
                        "预留中小微企业份额 is at most the line's 合计 " + plain(line.amounts().total())));
            }
        }
    }

    public void checkTotal(PublishedTotalRequest total, String at, Set<String> units, List<FieldViolation> violations) {
        if (total == null) {
            violations.add(new FieldViolation(at, null, "a total cannot be null"));
            return;
        }
        if (total.unit() != null && !units.contains(total.unit())) {
            violations.add(new FieldViolation(at + "unit", total.unit(), "not a sub-unit of the department; leave it out for the 合计"));
        }
        if (total.amounts() != null) {
            funds(at + "amounts.", total.amounts(), violations);
        }
        money(at + "smeShare", total.smeShare(), violations);
    }

    private static void funds(String at, FundAmounts amounts, List<FieldViolation> violations) {
        List<BigDecimal> values = amounts.all();
        for (int i = 0; i < values.size(); i++) {
            money(at + FUND_FIELDS.get(i), values.get(i), violations);
        }
    }

    private static void text(String field, String value, int max, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, value, field.substring(field.lastIndexOf('.') + 1) + " is required"));
        } else if (value.length() > max) {
            violations.add(new FieldViolation(field, value, "longer than " + max + " characters"));
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static void money(String field, BigDecimal amount, List<FieldViolation> violations) {
        Amounts.check(field, amount, Amounts.Sign.NOT_NEGATIVE, violations);
    }
}
