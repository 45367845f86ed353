package gov.budget.asset.register.rest;

/** When an asset left the register's holdings, as an ISO date. */
public record DisposalRequest(String disposedOn) {
}
