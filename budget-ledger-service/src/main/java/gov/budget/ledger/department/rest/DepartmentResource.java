package gov.budget.ledger.department.rest;

import gov.budget.contracts.problem.Problem;
import gov.budget.ledger.department.service.DepartmentService;
import gov.budget.web.security.DepartmentScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static gov.budget.web.security.Roles.DEPT_EDITOR;
import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;
import static gov.budget.web.security.Roles.SERVICE;

/** The departments that publish budgets. */
@Path("/departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "The department registry: codes, names and their units (单位)")
@RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN, SERVICE})
@DepartmentScoped
public class DepartmentResource {

    static final String SEED_EXAMPLE = """
            {"code": "323", "name": "秦皇岛市海港区人力资源和社会保障局", "subUnits": [
              {"name": "秦皇岛市海港区人力资源和社会保障局本级", "nature": "行政", "grade": "正科级", "fundingForm": "财政拨款"},
              {"name": "秦皇岛市海港区社会保险事业所", "nature": "事业", "grade": "副科级", "fundingForm": "财政性资金基本保证"}]}""";

    @Inject
    DepartmentService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a department with its sub-units")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "seed", value = SEED_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The department already exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(FINANCE_ADMIN)
    public Response create(DepartmentRequest request, @Context UriInfo uri) {
        DepartmentView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "List every department, by code")
    @RolesAllowed({FINANCE_VIEWER, FINANCE_ADMIN, SERVICE})
    public List<DepartmentView> list() {
        return service.list();
    }

    @GET
    @Path("/{deptCode}")
    @Operation(summary = "Read one department")
    @APIResponse(responseCode = "200", description = "The department")
    @APIResponse(responseCode = "404", description = "No such department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DepartmentView read(@PathParam("deptCode") String code) {
        return service.read(code);
    }
}
