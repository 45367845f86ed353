package gov.budget.reconciliation.consumer;

/** The consumer lag cannot be measured because the broker does not answer; answered with 503. */
public class LagUnavailableException extends RuntimeException {

    public LagUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
