package gov.budget.web.audit;

import gov.budget.web.BudgetKeys;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A budget's audit trail, for the finance bureau's administrators. */
@Path("/audit/{deptCode}/{fiscalYear}")
@Tag(name = "Audit", description = "Who changed or was refused what, with the values before and after (finance-admin only)")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int MAX_LIMIT = 1000;

    @Inject
    AuditTrail trail;

    @GET
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "Changes and refused writes of one budget, oldest first; page on with afterId")
    public AuditTrailPage trail(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                                @QueryParam("afterId") @DefaultValue("0") long afterId,
                                @QueryParam("limit") @DefaultValue("200") int limit) {
        BudgetKeys.require(deptCode, fiscalYear);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", limit, "between 1 and " + MAX_LIMIT);
        }
        List<AuditRecordView> records = trail.page(deptCode, fiscalYear, afterId, limit);
        Long next = records.size() == limit ? records.get(records.size() - 1).id() : null;
        return new AuditTrailPage(deptCode, fiscalYear, records, next);
    }
}
