package gov.budget.console.page;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.console.api.ApiAnswer;
import gov.budget.console.api.ImportApi;
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
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * 导入: upload a published disclosure (PDF or Word) to the import service, follow its reading, see
 * its problems with the page and the text as printed, commit it to the ledger, and then see
 * reconciliation's findings on it, each with where its cell was printed.
 */
@Path("/imports")
public class ImportPages {

    /** How many of the latest imports the upload page lists. */
    static final int RECENT = 20;

    @Inject
    CurrentSession sessions;

    @Inject
    @RestClient
    ImportApi imports;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(Session session, boolean canUpload, String error, String deptCode, List<Listed> recent);

        static native TemplateInstance imported(Session session, ImportDetail detail, boolean canCommit, String error);
    }

    /** One import in the list of recent ones. */
    public record Listed(long id, String deptCode, String fileName, String fiscalYear, String status, String uploadedBy,
                         String uploadedAt) {

        public String statusText() {
            return ImportDetail.statusText(status);
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance uploadForm() {
        Session session = sessions.current();
        return Templates.upload(session, canWrite(session), null, session.departments().isEmpty() ? "" : session.departments().get(0),
                recent(session));
    }

    /** The latest imports the user may see. */
    private List<Listed> recent(Session session) {
        // the upload form stays usable while the import service is away; the list is then empty
        ApiAnswer answer = ApiAnswer.ofReachable(() -> imports.list(session.authorization(), 0, RECENT));
        List<Listed> recent = new ArrayList<>();
        for (JsonNode item : answer.ok() ? answer.body().path("items") : List.<JsonNode>of()) {
            recent.add(new Listed(item.path("id").asLong(), item.path("deptCode").asText(), item.path("fileName").asText(),
                    item.path("fiscalYear").asText(""), item.path("status").asText(), item.path("uploadedBy").asText(),
                    Times.minute(item.path("uploadedAt"))));
        }
        return recent;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String deptCode,
                           @RestForm String region, @RestForm String fiscalYear, @RestForm String deptName) {
        Session session = sessions.current();
        ClientMultipartForm form = ClientMultipartForm.create();
        if (file != null) {
            form.fileUpload(file);
        }
        attribute(form, "deptCode", deptCode);
        attribute(form, "region", region);
        attribute(form, "fiscalYear", fiscalYear);
        attribute(form, "deptName", deptName);
        ApiAnswer answer = ApiAnswer.ofReachable(() -> imports.upload(session.authorization(), form));
        if (answer.status() != 202) {
            return Response.status(answer.status())
                    .entity(Templates.upload(session, canWrite(session), answer.refusal(), deptCode, recent(session))).build();
        }
        return Response.seeOther(URI.create("/imports/" + answer.body().path("id").asLong())).build();
    }

    @GET
    @Path("/{id: \\d+}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id) {
        return show(sessions.current(), id, 200, null);
    }

    @POST
    @Path("/{id: \\d+}/commit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response commit(@PathParam("id") long id, @RestForm String acceptProblems) {
        Session session = sessions.current();
        ApiAnswer answer = ApiAnswer.of(imports.commit(session.authorization(), id, "on".equals(acceptProblems)));
        if (!answer.ok()) {
            return show(session, id, answer.status(), answer.refusal());
        }
        return Response.seeOther(URI.create("/imports/" + id)).build();
    }

    private Response show(Session session, long id, int status, String error) {
        ApiAnswer read = ApiAnswer.of(imports.read(session.authorization(), id));
        if (!read.ok()) {
            return Response.status(read.status()).entity(DepartmentPage.Templates.refused(session, read.status(), read.refusal())).build();
        }
        JsonNode findings = null;
        if ("COMMITTED".equals(read.body().path("status").asText())) {
            ApiAnswer checked = ApiAnswer.of(imports.findings(session.authorization(), id));
            findings = checked.ok() ? checked.body() : null;
        }
        return Response.status(status).entity(Templates.imported(session, ImportDetail.of(read.body(), findings), canWrite(session), error))
                .build();
    }

    /** Whether the user may upload and commit: the import service allows department editors and administrators. */
    private static boolean canWrite(Session session) {
        return session.roles().stream().anyMatch(List.of("dept-editor", "finance-admin")::contains);
    }

    private static void attribute(ClientMultipartForm form, String name, String value) {
        if (value != null && !value.isBlank()) {
            form.attribute(name, value.strip(), null);
        }
    }
}
