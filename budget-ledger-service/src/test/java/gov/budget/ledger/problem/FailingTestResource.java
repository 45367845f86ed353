package gov.budget.ledger.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An endpoint of the tests only, with a bug nothing maps: what a caller sees of an unexpected error. */
@Path("/test-only/failing")
@PermitAll
public class FailingTestResource {

    @GET
    public String fail() {
        throw new IllegalStateException("a bug with internal detail: table budget, secret 42");
    }
}
