package gov.budget.procurement.line.service;

import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.procurement.line.ProcurementBudget;
import gov.budget.procurement.line.ProcurementCategory;
import gov.budget.procurement.line.ProcurementLine;
import gov.budget.procurement.line.rest.ProcurementSummary;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Computes, from the lines, the totals a procurement table prints and the figures its narrative quotes. */
@ApplicationScoped
public class ProcurementSummaries {

    public ProcurementSummary summarise(String deptCode, int fiscalYear) {
        ProcurementBudget budget = ProcurementService.require(deptCode, fiscalYear);
        List<ProcurementLine> lines = ProcurementLine.liveOf(budget);
        Map<String, List<ProcurementLine>> byUnit = new LinkedHashMap<>();
        Map<String, List<ProcurementLine>> byProject = new LinkedHashMap<>();
        Map<ProcurementCategory, BigDecimal> byCategory = new EnumMap<>(ProcurementCategory.class);
        for (ProcurementCategory category : ProcurementCategory.values()) {
            byCategory.put(category, BigDecimal.ZERO.setScale(2));
        }
        for (ProcurementLine line : lines) {
            byUnit.computeIfAbsent(line.unit, k -> new ArrayList<>()).add(line);
            byProject.computeIfAbsent(line.unit + "|" + line.projectName, k -> new ArrayList<>()).add(line);
            byCategory.merge(line.category, zeroIfBlank(line.amounts.total), BigDecimal::add);
        }
        List<ProcurementSummary.UnitTotal> units = byUnit.entrySet().stream()
                .map(e -> new ProcurementSummary.UnitTotal(e.getKey(), e.getValue().size(), sum(e.getValue()), smeShare(e.getValue())))
                .toList();
        List<ProcurementSummary.ProjectTotal> projects = byProject.values().stream()
                .map(group -> {
                    ProcurementLine first = group.get(0);
                    return new ProcurementSummary.ProjectTotal(first.projectName, first.projectCode, first.basicExpenditure,
                            first.projectBudget, sum(group).total());
                })
                .toList();
        return new ProcurementSummary(deptCode, fiscalYear, lines.size(), units, sum(lines), smeShare(lines), byCategory, projects,
                ProcurementService.publishedOf(budget));
    }

    private static FundAmounts sum(List<ProcurementLine> lines) {
        FundAmounts total = FundAmounts.blank();
        for (ProcurementLine line : lines) {
            total = total.plus(line.amounts.amounts());
        }
        return total;
    }

    private static BigDecimal smeShare(List<ProcurementLine> lines) {
        return lines.stream().map(l -> l.smeShare).filter(Objects::nonNull).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static BigDecimal zeroIfBlank(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
