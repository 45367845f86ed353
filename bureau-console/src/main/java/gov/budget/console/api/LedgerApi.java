package gov.budget.console.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The ledger's reads the pages show, each with the signed-in user's token. */
@RegisterRestClient(configKey = "ledger")
public interface LedgerApi {

    /** The region templates: every role may read them, so they tell whether a token is accepted at all. */
    @GET
    @Path("/templates")
    Response templates(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("/budgets/{deptCode}/{fiscalYear}")
    Response budget(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                    @PathParam("fiscalYear") int fiscalYear);

    @GET
    @Path("/templates/{id}")
    Response template(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    /** The whole budget as a workbook, one sheet per table, as published. */
    @GET
    @Path("/budgets/{deptCode}/{fiscalYear}/export.xlsx")
    Response budgetWorkbook(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                            @PathParam("fiscalYear") int fiscalYear);

    /** One table as CSV ({@code csv}) or a workbook ({@code xlsx}). */
    @GET
    @Path("/budgets/{deptCode}/{fiscalYear}/tables/{tableNo}/export.{format}")
    Response tableExport(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                         @PathParam("fiscalYear") int fiscalYear, @PathParam("tableNo") int tableNo, @PathParam("format") String format);
}
