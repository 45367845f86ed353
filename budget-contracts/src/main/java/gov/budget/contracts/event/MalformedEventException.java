package gov.budget.contracts.event;

/** An event that cannot be read as the contract says. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
