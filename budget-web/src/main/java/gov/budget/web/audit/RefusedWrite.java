package gov.budget.web.audit;

/** A write the API refused: who sent it, to which path, and the answer it got. */
public record RefusedWrite(String actor, String requestId, String method, String path, String deptCode, Integer fiscalYear,
                           int status, String reason) {
}
