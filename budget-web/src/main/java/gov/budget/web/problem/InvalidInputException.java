package gov.budget.web.problem;

import gov.budget.contracts.problem.FieldViolation;

import java.util.List;

/** Input that breaks a rule; answered with 400 and the list of offending fields. Nothing is stored. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, Object value, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, value == null ? null : String.valueOf(value), message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
