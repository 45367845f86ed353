package gov.budget.ledger.problem;

/** A budget or table that does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
