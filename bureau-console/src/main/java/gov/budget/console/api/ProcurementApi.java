package gov.budget.console.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The procurement service's reads the department page shows, with the signed-in user's token. */
@RegisterRestClient(configKey = "procurement")
public interface ProcurementApi {

    /** A department-year's procurement table (政府采购预算表): its lines in published order and its note. */
    @GET
    @Path("/procurement/{deptCode}/{fiscalYear}")
    Response table(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                   @PathParam("fiscalYear") int fiscalYear);
}
