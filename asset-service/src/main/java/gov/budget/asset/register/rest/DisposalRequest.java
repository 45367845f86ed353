package gov.budget.asset.register.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When an asset left the register's holdings, as an ISO date. */
public record DisposalRequest(@Schema(required = true, format = "date") String disposedOn) {
}
