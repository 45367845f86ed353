package gov.budget.console.page;

import gov.budget.console.api.LedgerApi;
import gov.budget.console.api.ReconciliationApi;
import gov.budget.console.session.CurrentSession;
import gov.budget.console.session.Session;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The department page's downloads: the services' CSV and XLSX exports, fetched with the signed-in
 * user's token (which the browser never holds) and passed on as the service answered, refusals included.
 */
@Path("/departments/{deptCode}/{fiscalYear}")
public class ExportDownloads {

    @Inject
    CurrentSession sessions;

    @Inject
    @RestClient
    LedgerApi ledger;

    @Inject
    @RestClient
    ReconciliationApi reconciliation;

    @GET
    @Path("/export.xlsx")
    public Response budgetWorkbook(@PathParam("deptCode") String deptCode,
                                   @PathParam("fiscalYear") int fiscalYear) {
        return passOn(ledger.budgetWorkbook(sessions.current().authorization(), deptCode, fiscalYear));
    }

    @GET
    @Path("/tables/{tableNo}/export.{format:csv|xlsx}")
    public Response table(@PathParam("deptCode") String deptCode,
                          @PathParam("fiscalYear") int fiscalYear, @PathParam("tableNo") int tableNo, @PathParam("format") String format) {
        return passOn(ledger.tableExport(sessions.current().authorization(), deptCode, fiscalYear, tableNo, format));
    }

    @GET
    @Path("/findings/export.{format:csv|xlsx}")
    public Response findings(@PathParam("deptCode") String deptCode,
                             @PathParam("fiscalYear") int fiscalYear, @PathParam("format") String format,
                             @QueryParam("status") String status) {
        return passOn(reconciliation.findingsExport(sessions.current().authorization(), deptCode, fiscalYear, format, status));
    }

    /** The service's status, type, file name and bytes. */
    private static Response passOn(Response answer) {
        try (answer) {
            byte[] body = answer.hasEntity() ? answer.readEntity(byte[].class) : new byte[0];
            Response.ResponseBuilder download = Response.status(answer.getStatus()).entity(body)
                    .header(HttpHeaders.CONTENT_TYPE, answer.getHeaderString(HttpHeaders.CONTENT_TYPE));
            String disposition = answer.getHeaderString("Content-Disposition");
            return (disposition == null ? download : download.header("Content-Disposition", disposition)).build();
        }
    }
}
