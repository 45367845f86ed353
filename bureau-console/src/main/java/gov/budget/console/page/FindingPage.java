package gov.budget.console.page;

import gov.budget.console.api.ApiAnswer;
import gov.budget.console.api.ReconciliationApi;
import gov.budget.console.session.CurrentSession;
import gov.budget.console.session.Session;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Map;

/**
 * One finding with its history, and the form that explains a WARNING (出错说明) for a finance-bureau
 * administrator. The explanation's author is the signed-in user: reconciliation takes it from the token.
 */
@Path("/departments/{deptCode}/{fiscalYear}/findings/{id: \\d+}")
public class FindingPage {

    @Inject
    CurrentSession sessions;

    @Inject
    @RestClient
    ReconciliationApi reconciliation;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance finding(Session session, FindingDetail detail, String error, String reason);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("deptCode") String deptCode,
                         @PathParam("fiscalYear") int fiscalYear, @PathParam("id") long id) {
        return show(sessions.current(), deptCode, fiscalYear, id, 200, null, null);
    }

    @POST
    @Path("/explanation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response explain(@PathParam("deptCode") String deptCode,
                            @PathParam("fiscalYear") int fiscalYear, @PathParam("id") long id, @RestForm String reason) {
        Session session = sessions.current();
        ApiAnswer answer = ApiAnswer.of(reconciliation.explain(session.authorization(), deptCode, fiscalYear, id,
                Map.of("reason", reason == null ? "" : reason)));
        if (!answer.ok()) {
            // the form again, with what the officer typed and why it was refused
            return show(session, deptCode, fiscalYear, id, answer.status(), answer.refusal(), reason);
        }
        return Response.seeOther(URI.create("/departments/" + deptCode + "/" + fiscalYear + "/findings/" + id)).build();
    }

    private Response show(Session session, String deptCode, int fiscalYear, long id, int status, String error, String reason) {
        ApiAnswer finding = ApiAnswer.of(reconciliation.finding(session.authorization(), deptCode, fiscalYear, id));
        if (!finding.ok()) {
            return Response.status(finding.status())
                    .entity(DepartmentPage.Templates.refused(session, finding.status(), finding.refusal())).build();
        }
        FindingDetail detail = FindingDetail.of(deptCode, fiscalYear, finding.body(), session.roles().contains("finance-admin"));
        return Response.status(status).entity(Templates.finding(session, detail, error, reason)).build();
    }
}
