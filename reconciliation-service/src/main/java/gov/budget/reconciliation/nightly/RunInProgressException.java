package gov.budget.reconciliation.nightly;

import gov.budget.web.problem.ConflictException;

/** A full run was asked for while another holds the run lock, here or on another replica; answered with 409. */
public class RunInProgressException extends ConflictException {

    public RunInProgressException() {
        super("a full reconciliation run is already in progress; only one runs at a time");
    }
}
