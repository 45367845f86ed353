package gov.budget.web.problem;

/**
 * A write whose {@code If-Match} names a version that is no longer current; answered with 412 and
 * the current ETag, so that the client can re-read and retry instead of overwriting someone else's change.
 */
public class PreconditionFailedException extends RuntimeException {

    private final String sentIfMatch;
    private final String currentETag;

    public PreconditionFailedException(String message, String sentIfMatch, String currentETag) {
        super(message);
        this.sentIfMatch = sentIfMatch;
        this.currentETag = currentETag;
    }

    public String sentIfMatch() {
        return sentIfMatch;
    }

    public String currentETag() {
        return currentETag;
    }
}
