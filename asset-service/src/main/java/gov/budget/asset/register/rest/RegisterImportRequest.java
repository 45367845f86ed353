package gov.budget.asset.register.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Register entries to add or replace (by asset number) in one transaction.
 *
 * @param deptCode optional; when sent it must match the URL
 * @param asOf     optional ISO date of the holdings table the register is checked against: no asset may be acquired after it
 */
public record RegisterImportRequest(String deptCode,
                                    @Schema(format = "date") String asOf,
                                    @Schema(required = true) List<AssetRequest> assets) {
}
