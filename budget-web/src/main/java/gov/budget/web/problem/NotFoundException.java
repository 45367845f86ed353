package gov.budget.web.problem;

/** Something that does not exist, such as a budget, table, line or asset; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
