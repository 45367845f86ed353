package gov.budget.web.problem;

/** A write to something that exists, sent without {@code If-Match}; answered with 428. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
