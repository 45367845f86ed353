package gov.budget.imports.pdf;

/** A file that cannot be imported as it is: not a PDF, encrypted, without a text layer, or beyond the limits. */
public class UnreadableDocumentException extends RuntimeException {

    /** Why, as a problem type's last path segment. */
    public enum Reason {
        NOT_A_PDF, ENCRYPTED, NO_TEXT_LAYER, TOO_MANY_PAGES, TOO_SLOW
    }

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
