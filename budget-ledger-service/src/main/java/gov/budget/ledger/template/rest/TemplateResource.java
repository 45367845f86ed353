package gov.budget.ledger.template.rest;

import gov.budget.contracts.problem.Problem;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.ledger.template.TemplateRegistry;
import gov.budget.web.problem.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static gov.budget.web.security.Roles.DEPT_EDITOR;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;
import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.SERVICE;

/** The region templates: the shipped ones and those an operator registers, each a layout of tables for a region and range of years. */
@Path("/templates")
@Tag(name = "Templates", description = "Region templates: the tables, columns and units a region's documents print, and the years they cover")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    @Inject
    TemplateRegistry registry;

    @GET
    @RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN, SERVICE})
    @Operation(summary = "List the region templates: the shipped ones, then the registered ones")
    @APIResponse(responseCode = "200", description = "Every template")
    public List<RegionTemplate> list() {
        return registry.all();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN, SERVICE})
    @Operation(summary = "Read one region template")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(schema = @Schema(implementation = RegionTemplate.class)))
    @APIResponse(responseCode = "404", description = "No such template",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegionTemplate read(@PathParam("id") String id) {
        return registry.find(id).orElseThrow(() -> new NotFoundException("no template " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(FINANCE_ADMIN)
    @Operation(summary = "Register a region template, validated: its tables, units, columns and years",
            description = "One region's templates may not cover a fiscal year twice (409). Budgets can be written under it at once.")
    @APIResponse(responseCode = "201", description = "The template as registered",
            content = @Content(schema = @Schema(implementation = RegionTemplate.class)))
    @APIResponse(responseCode = "400", description = "A field of the template is missing or wrong; every one is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id exists, or another template of the region covers one of its years",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(RegionTemplate template) {
        RegionTemplate registered = registry.register(template);
        return Response.created(UriBuilder.fromResource(TemplateResource.class).path(registered.id()).build())
                .entity(registered).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(FINANCE_ADMIN)
    @Operation(summary = "Replace a registered template that no budget is written under yet")
    @APIResponse(responseCode = "200", description = "The template as registered",
            content = @Content(schema = @Schema(implementation = RegionTemplate.class)))
    @APIResponse(responseCode = "400", description = "A field of the template is missing or wrong; every one is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such registered template",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A shipped template, one that budgets use, or years another template of the region covers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegionTemplate replace(@PathParam("id") String id, RegionTemplate template) {
        return registry.replace(id, template);
    }
}
