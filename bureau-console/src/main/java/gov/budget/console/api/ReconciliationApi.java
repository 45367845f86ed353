package gov.budget.console.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** Reconciliation's reads the pages show, each with the signed-in user's token; a null filter is left out of the query. */
@RegisterRestClient(configKey = "reconciliation")
public interface ReconciliationApi {

    /** The bureau's view of a year: every department-year with its status and open findings, filtered, sorted and paged. */
    @GET
    @Path("/reconciliations")
    Response overview(@HeaderParam("Authorization") String authorization, @QueryParam("year") int year, @QueryParam("sort") String sort,
                      @QueryParam("status") String status, @QueryParam("severity") String severity, @QueryParam("rule") String rule,
                      @QueryParam("template") String template, @QueryParam("q") String text,
                      @QueryParam("page") int page, @QueryParam("size") int size);

    /** Budgets by status, open findings by rule and over the last 30 days. */
    @GET
    @Path("/reconciliations/summary")
    Response summary(@HeaderParam("Authorization") String authorization, @QueryParam("year") int year);

    @GET
    @Path("/reconciliations/{deptCode}/{fiscalYear}")
    Response budget(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                    @PathParam("fiscalYear") int fiscalYear);

    /** One finding, open or resolved, with its history. */
    @GET
    @Path("/reconciliations/{deptCode}/{fiscalYear}/findings/{id}")
    Response finding(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                     @PathParam("fiscalYear") int fiscalYear, @PathParam("id") long id);

    /** Explains a WARNING finding; the author is the token's subject. The body is {@code {"reason": …}}. */
    @POST
    @Path("/reconciliations/{deptCode}/{fiscalYear}/findings/{id}/explanation")
    @Consumes(MediaType.APPLICATION_JSON)
    Response explain(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                     @PathParam("fiscalYear") int fiscalYear, @PathParam("id") long id, Map<String, String> body);

    /** A budget's findings, filtered (open ones unless the status says ALL or RESOLVED), one page of up to 500. */
    @GET
    @Path("/reconciliations/{deptCode}/{fiscalYear}/findings")
    Response findings(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                      @PathParam("fiscalYear") int fiscalYear, @QueryParam("severity") String severity, @QueryParam("rule") String rule,
                      @QueryParam("status") String status, @QueryParam("size") int size);

    /** A budget's findings, every status, as CSV ({@code csv}) or a workbook ({@code xlsx}). */
    @GET
    @Path("/reconciliations/{deptCode}/{fiscalYear}/findings/export.{format}")
    Response findingsExport(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                            @PathParam("fiscalYear") int fiscalYear, @PathParam("format") String format, @QueryParam("status") String status);

    /** The full runs, latest first. */
    @GET
    @Path("/reconciliation-runs")
    Response runs(@HeaderParam("Authorization") String authorization, @QueryParam("page") int page, @QueryParam("size") int size);

    /** Starts a full run, of the departments whose code starts with the prefix when one is given. */
    @POST
    @Path("/reconciliation-runs")
    Response startRun(@HeaderParam("Authorization") String authorization, @QueryParam("deptPrefix") String deptPrefix);

    /** The rule sets that check a year's budgets, with their relations. */
    @GET
    @Path("/rules")
    Response rules(@HeaderParam("Authorization") String authorization, @QueryParam("year") int year);
}
