package gov.budget.reconciliation.finding;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.reconciliation.rule.Severity;
import gov.budget.web.problem.ConflictException;
import gov.budget.web.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records explanations of WARNING findings. An ERROR finding blocks publication and cannot be
 * explained away; an INFO or resolved finding needs no explanation.
 */
@ApplicationScoped
public class ExplanationService {

    static final int MAX_REASON = 2000;
    static final int MAX_AUTHOR = 100;

    @Inject
    FindingEvents events;

    @Transactional
    /** @param author the caller who explains it: the token's subject, never a value from the request */
    public FindingExplanation explain(String deptCode, int fiscalYear, long findingId, String author, String reason) {
        List<FieldViolation> violations = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            violations.add(new FieldViolation("reason", reason, "say why the numbers are right as published"));
        } else if (reason.length() > MAX_REASON) {
            violations.add(new FieldViolation("reason", reason.substring(0, 50) + "…", "at most " + MAX_REASON + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Finding finding = Finding.ofBudget(deptCode, fiscalYear, findingId);
        if (finding.status != FindingStatus.OPEN) {
            throw new ConflictException("finding " + findingId + " is resolved; it needs no explanation");
        }
        if (finding.severity != Severity.WARNING) {
            throw new ConflictException("finding " + findingId + " is " + finding.severity + "; only WARNING findings (提示性) "
                    + "take an explanation, an ERROR (强制性) must be corrected");
        }
        Instant now = Instant.now();
        FindingExplanation.lapse(List.of(finding), now);
        FindingExplanation explanation = new FindingExplanation();
        explanation.finding = finding;
        explanation.author = author.length() > MAX_AUTHOR ? author.substring(0, MAX_AUTHOR) : author;
        explanation.reason = reason.strip();
        explanation.explainedAt = now;
        explanation.persist();
        events.explained(finding, explanation);
        return explanation;
    }
}
