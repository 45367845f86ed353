package gov.budget.imports.service;

/** The ledger refused a committed draft: its answer (a problem+json body) is passed on as it is. */
public class LedgerRefusedException extends RuntimeException {

    private final int status;
    private final String body;

    public LedgerRefusedException(int status, String body) {
        super("the ledger answered " + status);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
