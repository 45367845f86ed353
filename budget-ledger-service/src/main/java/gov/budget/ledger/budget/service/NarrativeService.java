package gov.budget.ledger.budget.service;

import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.ledger.StatedChange;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.budget.BudgetNarrativeFigure;
import gov.budget.ledger.budget.rest.NarrativeFigureRequest;
import gov.budget.ledger.validation.TextRules;
import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.web.validation.Amounts;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates, stores and reads the figures a budget's narrative states. */
@ApplicationScoped
public class NarrativeService {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    /** The units a disclosure's narrative states figures in: amounts, shares (增长 3.2%) and counts (49个项目). */
    static final List<String> UNITS = List.of("万元", "元", "%", "个");
    private static final String COUNT = "个";

    /** The figures in order, or violations under {@code narrative[i].}. */
    public List<NarrativeFigure> validate(List<NarrativeFigureRequest> requests, List<FieldViolation> violations) {
        List<NarrativeFigure> figures = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int before = violations.size();
        for (int i = 0; i < requests.size(); i++) {
            String at = "narrative[" + i + "]";
            NarrativeFigureRequest request = requests.get(i);
            if (request == null) {
                violations.add(new FieldViolation(at, null, "a figure cannot be null"));
                continue;
            }
            if (request.code() == null || request.code().length() > 64 || !CODE.matcher(request.code()).matches()) {
                violations.add(new FieldViolation(at + ".code", request.code(),
                        "a figure code is lower-case words joined by dots, at most 64 characters, such as running_cost.office"));
            } else if (!codes.add(request.code())) {
                violations.add(new FieldViolation(at + ".code", request.code(), "the code appears twice in the narrative"));
            }
            TextRules.checkText(at + ".label", request.label(), 200, true, violations);
            TextRules.checkText(at + ".text", request.text(), 1000, false, violations);
            if (request.unit() == null || !UNITS.contains(request.unit())) {
                violations.add(new FieldViolation(at + ".unit", request.unit(), "a unit is one of " + UNITS));
            }
            BigDecimal amount = request.amount();
            Optional<StatedChange> change = StatedChange.parse(request.text());
            if (amount == null) {
                violations.add(new FieldViolation(at + ".amount", null, "amount is required"));
            } else if (change.isPresent() && amount.signum() < 0) {
                violations.add(new FieldViolation(at + ".amount", amount.toPlainString(),
                        "a stated change is its size, 0 or more; its direction is in the text (" + request.text().strip() + ")"));
            } else if (change.filter(c -> c.direction() == StatedChange.Direction.UNCHANGED).isPresent() && amount.signum() != 0) {
                violations.add(new FieldViolation(at + ".amount", amount.toPlainString(),
                        "持平 states no change: the amount of " + request.text().strip() + " is 0"));
            } else if (COUNT.equals(request.unit()) && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0)) {
                violations.add(new FieldViolation(at + ".amount", amount.toPlainString(), "a count (个) is a whole number, 0 or more"));
            } else {
                Amounts.check(at + ".amount", amount, Amounts.Sign.ANY, violations);
            }
            if (violations.size() == before) {
                figures.add(new NarrativeFigure(request.code(), request.label().strip(), amount.setScale(2), request.unit(),
                        TextRules.stripped(request.text())));
            }
        }
        for (int i = 0; i < figures.size(); i++) {
            NarrativeFigure figure = figures.get(i);
            figure.parentCode().filter(parent -> !codes.contains(parent)).ifPresent(parent -> violations.add(
                    new FieldViolation("narrative[" + requests.indexOf(requestOf(requests, figure)) + "].code", figure.code(),
                            "it itemises " + parent + ", which the narrative does not state")));
        }
        return violations.size() > before ? List.of() : figures;
    }

    public List<NarrativeFigure> read(Budget budget) {
        return BudgetNarrativeFigure.ofBudget(budget).stream()
                .map(f -> new NarrativeFigure(f.code, f.label, f.amount, f.unit, f.text))
                .toList();
    }

    /**
     * Replaces the {@code stored} figures, which the caller has read; true when they differed. The new ones go in with one multi-row
     * insert: inserted one by one, each waiting for its generated id, they were a tenth of an import.
     */
    public boolean replace(Budget budget, List<NarrativeFigure> stored, List<NarrativeFigure> figures) {
        if (stored.equals(figures)) {
            return false;
        }
        if (!stored.isEmpty()) {
            BudgetNarrativeFigure.delete("budget", budget);
        }
        List<Object[]> rows = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            NarrativeFigure figure = figures.get(i);
            rows.add(new Object[] {budget.id, i + 1, figure.code(), figure.label(), figure.amount(), figure.unit(), figure.text()});
        }
        MultiRowSql.insert("INSERT INTO narrative_figure (budget_id, position, code, label, amount, unit, text)", "", 7, rows);
        return true;
    }

    private static NarrativeFigureRequest requestOf(List<NarrativeFigureRequest> requests, NarrativeFigure figure) {
        return requests.stream().filter(r -> r != null && figure.code().equals(r.code())).findFirst().orElseThrow();
    }
}
