package gov.budget.procurement.department;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import gov.budget.web.security.ServiceTokenFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The ledger's department registry: procurement lines belong to one of a department's sub-units. */
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "ledger")
@Path("/departments")
public interface LedgerDepartmentClient {

    /** A department as the ledger keeps it; only what procurement needs, so that new ledger fields do not break it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Department(String code, String name, List<SubUnit> subUnits) {
    }

    /** One 单位 of a department. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SubUnit(String name) {
    }

    @GET
    @Path("/{code}")
    Department department(@PathParam("code") String code);
}
