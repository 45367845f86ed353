package gov.budget.console.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** The import service of published documents, with the signed-in user's token. */
@RegisterRestClient(configKey = "imports")
@Path("/imports")
public interface ImportApi {

    /** Uploads a document (the form's {@code file}, {@code deptCode} and optional overrides); 202 with the import. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Response upload(@HeaderParam("Authorization") String authorization, ClientMultipartForm form);

    /** The imports the user may see, latest first, without their drafts. */
    @GET
    Response list(@HeaderParam("Authorization") String authorization, @QueryParam("page") int page, @QueryParam("size") int size);

    /** Where the import stands, and once read its draft with the evidence of every value and its problems. */
    @GET
    @Path("/{id}")
    Response read(@HeaderParam("Authorization") String authorization, @PathParam("id") long id);

    /** Writes the draft through the ledger; with problems only when accepted, and then the tables without them. */
    @POST
    @Path("/{id}/commit")
    Response commit(@HeaderParam("Authorization") String authorization, @PathParam("id") long id,
                    @QueryParam("acceptProblems") boolean acceptProblems);

    /** Reconciliation's findings on the committed budget, each with where its cell was printed. */
    @GET
    @Path("/{id}/findings")
    Response findings(@HeaderParam("Authorization") String authorization, @PathParam("id") long id);
}
