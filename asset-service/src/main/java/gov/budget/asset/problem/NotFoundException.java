package gov.budget.asset.problem;

/** A holdings table or asset that does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
