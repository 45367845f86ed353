package gov.budget.web.snapshot;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.web.BudgetKeys;
import gov.budget.web.problem.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The departments a digest request names: 1 to {@link BudgetDigest#MAX_DEPARTMENTS} well-formed codes. */
public final class DigestDepartments {

    private DigestDepartments() {
    }

    /** The distinct codes, or 400 naming the first bad one. */
    public static List<String> require(List<String> deptCodes) {
        if (deptCodes == null || deptCodes.isEmpty()) {
            throw InvalidInputException.of("deptCodes", null, "name at least one department");
        }
        if (deptCodes.size() > BudgetDigest.MAX_DEPARTMENTS) {
            throw InvalidInputException.of("deptCodes", deptCodes.size() + " codes",
                    "name at most " + BudgetDigest.MAX_DEPARTMENTS + " departments in one request");
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < deptCodes.size(); i++) {
            BudgetKeys.checkDeptCode("deptCodes[" + i + "]", deptCodes.get(i), violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return List.copyOf(new LinkedHashSet<>(deptCodes));
    }
}
