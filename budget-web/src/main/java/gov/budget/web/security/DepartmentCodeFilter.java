package gov.budget.web.security;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.web.BudgetKeys;
import gov.budget.web.problem.InvalidInputException;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses, on every endpoint that reads or writes by department, a code that is not in its one
 * canonical form, before any resource compares it with the caller's departments or looks it up.
 */
public class DepartmentCodeFilter {

    /** The path and query parameters that name a department. */
    private static final List<String> PARAMETERS = List.of("deptCode", "dept");

    @ServerRequestFilter
    public void requireCanonicalCodes(UriInfo uri) {
        List<FieldViolation> violations = new ArrayList<>();
        for (String parameter : PARAMETERS) {
            uri.getPathParameters().getOrDefault(parameter, List.of())
                    .forEach(code -> BudgetKeys.checkDeptCode(parameter, code, violations));
            uri.getQueryParameters().getOrDefault(parameter, List.of()).stream()
                    .filter(code -> !code.isEmpty())
                    .forEach(code -> BudgetKeys.checkDeptCode(parameter, code, violations));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
