package gov.budget.performance.problem;

/** A performance plan or sheet that does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
