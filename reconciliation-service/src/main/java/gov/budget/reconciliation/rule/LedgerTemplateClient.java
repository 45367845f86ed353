package gov.budget.reconciliation.rule;

import gov.budget.contracts.template.RegionTemplate;
import gov.budget.web.security.ServiceTokenFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The ledger's region templates, for a template an operator registered there rather than shipped with the release. */
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "ledger")
@Path("/templates")
public interface LedgerTemplateClient {

    @GET
    @Path("/{id}")
    RegionTemplate template(@PathParam("id") String id);
}
