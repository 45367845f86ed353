package gov.budget.asset.holdings.rest;

import gov.budget.asset.holdings.service.HoldingsService;
import gov.budget.asset.holdings.service.HoldingsXlsx;
import gov.budget.contracts.problem.Problem;
import gov.budget.web.ReturnPreference;
import gov.budget.web.Versions;
import gov.budget.web.security.Caller;
import gov.budget.web.security.DepartmentScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static gov.budget.web.security.Roles.DEPT_EDITOR;
import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;

/** A department's published holdings tables (部门固定资产占用情况表), one per as-of date. */
@Path("/assets/{deptCode}/holdings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Holdings", description = "The published fixed-asset holdings table of a department, as of a date, and the one computed from the register")
@RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
@DepartmentScoped
public class HoldingsResource {


    static final String SEED_EXAMPLE = """
            {"plannedPurchases": 0.00, "rows": [
              {"category": "TOTAL", "label": "资产总额", "quantity": null, "value": 393.70},
              {"category": "BUILDINGS", "label": "房屋", "quantity": 0, "quantityUnit": "平方米", "value": 0},
              {"category": "OFFICE_SPACE", "label": "其中：办公用房", "quantity": 0, "quantityUnit": "平方米", "value": 0},
              {"category": "VEHICLES", "label": "车辆", "quantity": 3, "quantityUnit": "台、辆", "value": 58.92},
              {"category": "HIGH_VALUE_EQUIPMENT", "label": "单价在20万元以上的设备", "quantity": 0, "quantityUnit": "台", "value": 0},
              {"category": "OTHER", "label": "其他固定资产", "quantity": 978, "quantityUnit": "件", "value": 334.78}]}""";

    @Inject
    Caller caller;

    @Inject
    HoldingsService service;

    @GET
    @Operation(summary = "Every published holdings table of the department, by as-of date")
    public List<HoldingsView> list(@PathParam("deptCode") String deptCode) {
        return service.list(deptCode);
    }

    @PUT
    @Path("/{asOf}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the holdings table as of a date (YYYY-MM-DD); If-Match once it exists")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "seed, as of 2023-12-31", value = SEED_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The table as stored; ETag = its version",
            content = @Content(schema = @Schema(implementation = HoldingsView.class)))
    @APIResponse(responseCode = "204", description = ReturnPreference.MINIMAL_ANSWER)
    @APIResponse(responseCode = "400", description = "Invalid rows; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since the ETag in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing for an existing table",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response replace(@PathParam("deptCode") String deptCode, @PathParam("asOf") String asOf,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Parameter(in = ParameterIn.HEADER, name = ReturnPreference.PREFER,
                                    description = ReturnPreference.PARAMETER_DESCRIPTION)
                            @HeaderParam(ReturnPreference.PREFER) String prefer,
                            HoldingsRequest request) {
        HoldingsView table = service.replace(deptCode, asOf, ifMatch, request, caller.actor());
        return ReturnPreference.written(prefer, () -> table, table.version());
    }

    @GET
    @Path("/{asOf}")
    @Operation(summary = "One holdings table; ETag = its version")
    @APIResponse(responseCode = "200", description = "The holdings table")
    @APIResponse(responseCode = "404", description = "No table as of that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("deptCode") String deptCode, @PathParam("asOf") String asOf) {
        HoldingsView table = service.read(deptCode, asOf);
        return Response.ok(table).header(HttpHeaders.ETAG, Versions.etag(table.version())).build();
    }

    @DELETE
    @Path("/{asOf}")
    @Operation(summary = "Remove a holdings table; needs If-Match")
    @APIResponse(responseCode = "204", description = "Removed")
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response delete(@PathParam("deptCode") String deptCode, @PathParam("asOf") String asOf,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(deptCode, asOf, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{asOf}/computed")
    @Operation(summary = "The table computed from the register for the date (assets acquired on or before it and not yet disposed), beside the published one")
    public ComparedHoldingsView computed(@PathParam("deptCode") String deptCode, @PathParam("asOf") String asOf) {
        return service.compare(deptCode, asOf);
    }

    @GET
    @Path("/{asOf}/export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The holdings table as an XLSX workbook in the published layout")
    @APIResponse(responseCode = "200", description = "The table as published")
    @APIResponse(responseCode = "404", description = "No table as of that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@PathParam("deptCode") String deptCode, @PathParam("asOf") String asOf) {
        return Response.ok(HoldingsXlsx.write(service.read(deptCode, asOf)))
                .header("Content-Disposition", "attachment; filename=\"" + deptCode + "-holdings-" + asOf + ".xlsx\"").build();
    }
}
