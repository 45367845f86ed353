package gov.budget.web.problem;

/** Something that already exists, such as a department created twice; answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
