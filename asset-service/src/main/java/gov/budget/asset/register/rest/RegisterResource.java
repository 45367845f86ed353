package gov.budget.asset.register.rest;

import gov.budget.asset.register.Asset;
import gov.budget.asset.register.service.RegisterService;
import gov.budget.contracts.problem.Problem;
import gov.budget.web.Versions;
import gov.budget.web.security.Caller;
import gov.budget.web.security.DepartmentScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

import static gov.budget.web.security.Roles.DEPT_EDITOR;
import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;

/** A department's asset register: import, list, add, change and dispose of assets. Disposed assets are kept. */
@Path("/assets/{deptCode}/register")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Asset register", description = "国有资产 register entries of a department: each fixed asset with its category, quantity, value and disposal")
@RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
@DepartmentScoped
public class RegisterResource {


    @Inject
    Caller caller;

    @Inject
    RegisterService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import register entries in one transaction: each is added, or replaced by its asset number")
    @APIResponse(responseCode = "200", description = "How many entries were added or changed")
    @APIResponse(responseCode = "400", description = "Invalid entries; every error listed, nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Map<String, Integer> importRegister(@PathParam("deptCode") String deptCode,
                                               RegisterImportRequest request) {
        return Map.of("changedAssets", service.importRegister(deptCode, request, caller.actor()));
    }

    @GET
    @Operation(summary = "Every entry of the register, disposed ones included, by asset number")
    public List<AssetView> list(@PathParam("deptCode") String deptCode) {
        return Asset.ofDepartment(deptCode).stream().map(AssetView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add one asset")
    @APIResponse(responseCode = "201", description = "Added; ETag = its version",
            content = @Content(schema = @Schema(implementation = AssetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid, or the asset number is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response create(@PathParam("deptCode") String deptCode, AssetRequest request,
                           @Context UriInfo uri) {
        AssetView asset = service.create(deptCode, request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(asset.assetNumber()).build())
                .header(HttpHeaders.ETAG, Versions.etag(asset.version())).entity(asset).build();
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "One asset; ETag = its version")
    @APIResponse(responseCode = "200", description = "The register entry")
    @APIResponse(responseCode = "404", description = "No such asset",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("deptCode") String deptCode, @PathParam("number") String number) {
        AssetView asset = service.read(deptCode, number);
        return Response.ok(asset).header(HttpHeaders.ETAG, Versions.etag(asset.version())).build();
    }

    @PUT
    @Path("/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace one asset's details; needs If-Match with its ETag")
    @APIResponse(responseCode = "200", description = "The changed entry, with its new ETag")
    @APIResponse(responseCode = "412", description = "Changed since the ETag in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response update(@PathParam("deptCode") String deptCode, @PathParam("number") String number,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           AssetRequest request) {
        AssetView asset = service.update(deptCode, number, ifMatch, request, caller.actor());
        return Response.ok(asset).header(HttpHeaders.ETAG, Versions.etag(asset.version())).build();
    }

    @POST
    @Path("/{number}/disposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dispose of an asset on a date; it stays in the register. Needs If-Match")
    @APIResponse(responseCode = "200", description = "The disposed entry, with its new ETag")
    @APIResponse(responseCode = "400", description = "Already disposed of, or a date before its acquisition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response dispose(@PathParam("deptCode") String deptCode, @PathParam("number") String number,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            DisposalRequest request) {
        AssetView asset = service.dispose(deptCode, number, ifMatch, request == null ? null : request.disposedOn(), caller.actor());
        return Response.ok(asset).header(HttpHeaders.ETAG, Versions.etag(asset.version())).build();
    }
}
