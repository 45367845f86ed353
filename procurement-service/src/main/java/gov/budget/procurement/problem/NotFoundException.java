package gov.budget.procurement.problem;

/** A procurement table or line that does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
