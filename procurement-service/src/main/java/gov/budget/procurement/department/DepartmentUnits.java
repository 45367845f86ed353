package gov.budget.procurement.department;

import gov.budget.web.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Set;
import java.util.stream.Collectors;

/** The sub-units of a department, from the ledger's registry; an unknown department is bad input. */
@ApplicationScoped
public class DepartmentUnits {

    @Inject
    @RestClient
    LedgerDepartmentClient ledger;

    public Set<String> of(String deptCode) {
        return department(deptCode).subUnits().stream()
                .map(LedgerDepartmentClient.SubUnit::name)
                .collect(Collectors.toSet());
    }

    public String name(String deptCode) {
        return department(deptCode).name();
    }

    private LedgerDepartmentClient.Department department(String deptCode) {
        try {
            return ledger.department(deptCode);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw InvalidInputException.of("deptCode", deptCode, "no such department in the ledger; create it there first");
            }
            throw e;
        }
    }
}
