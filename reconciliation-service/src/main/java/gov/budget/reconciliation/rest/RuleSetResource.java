package gov.budget.reconciliation.rest;

import gov.budget.contracts.problem.Problem;
import gov.budget.reconciliation.rule.RuleSet;
import gov.budget.reconciliation.rule.RuleSetRegistry;
import gov.budget.reconciliation.rule.RuleSets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static gov.budget.web.security.Roles.FINANCE_ADMIN;

/**
 * Rule sets an operator registers, in the format of the shipped rule files: validated on the way in,
 * then checking the budgets of their templates and years at once (each instance reads them within 30 s).
 */
@Path("/rule-sets")
@Tag(name = "Rules", description = "The rule sets and the relations R01–R29 each checks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(FINANCE_ADMIN)
public class RuleSetResource {

    private static final String BODY = "A rule set in the format of the shipped rule files (id, version, profile, templates, fromYear, "
            + "toYear, rules with their checks); GET /rules shows the shipped ones";

    @Inject
    RuleSetRegistry registry;

    @Inject
    RuleSets ruleSets;

    @POST
    @Operation(summary = "Register a rule set, validated: its expressions, and every table and column its checks name in its templates",
            description = "Two rule sets may not check one template in a common year (409).")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.OBJECT, description = BODY)))
    @APIResponse(responseCode = "201", description = "The rule set as registered, as GET /rules shows it",
            content = @Content(schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "400", description = "A field, check, table or column that is wrong; every one is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id exists, or another rule set checks one of its templates in a common year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(String json) {
        RuleSet set = registry.register(json);
        ruleSets.refresh();
        return Response.created(UriBuilder.fromPath("/rules").queryParam("template", set.templates().get(0)).build())
                .entity(RuleSetView.of(set)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a registered rule set; the budgets it checks are checked again by the next full run")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.OBJECT, description = BODY)))
    @APIResponse(responseCode = "200", description = "The rule set as registered",
            content = @Content(schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "400", description = "A field, check, table or column that is wrong; every one is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such registered rule set",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A shipped rule set, or years another rule set of its templates covers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RuleSetView replace(@PathParam("id") String id, String json) {
        RuleSet set = registry.replace(id, json);
        ruleSets.refresh();
        return RuleSetView.of(set);
    }
}
