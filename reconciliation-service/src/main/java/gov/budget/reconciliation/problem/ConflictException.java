package gov.budget.reconciliation.problem;

/** A request that the current state refuses, such as explaining an ERROR finding; answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
