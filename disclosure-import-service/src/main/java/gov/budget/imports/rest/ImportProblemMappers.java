package gov.budget.imports.rest;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.problem.Problem;
import gov.budget.imports.service.LedgerRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** The import service's own refusals as problem+json. */
public class ImportProblemMappers {

    /** The ledger's refusal of a committed draft, answered as the ledger gave it. */
    @ServerExceptionMapper
    public Response refused(LedgerRefusedException e) {
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.body()).build();
    }

    @ServerExceptionMapper
    public Response tooLarge(DocumentTooLargeException e, UriInfo uri) {
        return Response.status(413).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", "Content Too Large", 413, e.getMessage(), uri.getPath(),
                        List.of(new FieldViolation("file", e.fileName(), e.getMessage()))))
                .build();
    }
}
