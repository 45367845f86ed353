package gov.budget.imports.rest;

import gov.budget.contracts.problem.Problem;
import gov.budget.imports.reconciliation.FindingEvidence;
import gov.budget.imports.reconciliation.ImportFindings;
import gov.budget.imports.service.DisclosureImport;
import gov.budget.imports.service.ImportService;
import gov.budget.imports.service.ImportSummary;
import gov.budget.web.paging.Page;
import gov.budget.web.paging.PageParams;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.NotFoundException;
import gov.budget.web.security.Caller;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import static gov.budget.web.security.Roles.DEPT_EDITOR;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;
import static gov.budget.web.security.Roles.FINANCE_VIEWER;

/**
 * Published disclosures uploaded as PDF, Word document (DOCX) or its text form, read into draft
 * budgets with their evidence, and committed to the ledger.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportService imports;

    @Inject
    Caller caller;

    @Inject
    FindingEvidence findingEvidence;

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 200;

    /** The largest document accepted; a body sent without its length is measured here, as a file. */
    @ConfigProperty(name = "platform.http.max-body-size")
    MemorySize maxDocumentSize;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a published disclosure of a department: a PDF, a Word document (DOCX) or its text form",
            description = "The region, fiscal year and department name are read from the cover (a Word document's first table), "
                    + "unless given. The document is read in the background; GET /imports/{id} shows how far.")
    @APIResponse(responseCode = "202", description = "Stored; being read",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "Not a PDF or Word document, encrypted, without a text layer, or of a region "
            + "no template knows; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit (default 20 MB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response upload(@RestForm("file") FileUpload file, @RestForm("deptCode") String deptCode, @RestForm("region") String region,
                           @RestForm("fiscalYear") Integer fiscalYear, @RestForm("deptName") String deptName, UriInfo uri) {
        if (file == null) {
            throw InvalidInputException.of("file", null, "required: the disclosure as a PDF file");
        }
        checkAccess(deptCode);
        if (file.size() > maxDocumentSize.asLongValue()) {
            throw new DocumentTooLargeException(file.fileName(), file.size(), maxDocumentSize.asLongValue());
        }
        byte[] document;
        try {
            document = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DisclosureImport upload = imports.upload(file.fileName(), document, deptCode,
                new ImportService.CoverOverrides(region, fiscalYear, deptName), caller.actor());
        return Response.accepted(ImportView.of(upload, null))
                .location(uri.getBaseUriBuilder().path("imports").path(String.valueOf(upload.id)).build())
                .build();
    }

    @GET
    @Operation(summary = "The imports, latest first, without their documents and drafts; of one department with deptCode",
            description = "A dept-editor sees its own departments' imports only.")
    @APIResponse(responseCode = "200", description = "One page of imports")
    @APIResponse(responseCode = "400", description = "A page or size that is not a number in range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another department's imports, asked for by a dept-editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
    public Page<ImportSummary> list(@QueryParam("deptCode") String deptCode, @QueryParam("page") String page, @QueryParam("size") String size) {
        String dept = deptCode == null || deptCode.isBlank() ? null : deptCode.strip();
        checkAccess(dept);
        int pageNo = PageParams.page(page);
        int pageSize = PageParams.size(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        ImportService.ImportPage found = imports.list(dept, caller.limitedToOwnDepartments() ? caller.departments() : null, pageNo, pageSize);
        return new Page<>(found.items(), pageNo, pageSize, found.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An import: its progress, and once read its draft budget with the evidence of every value and its problems")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
    public ImportView read(@PathParam("id") long id) {
        DisclosureImport upload = imports.find(id).orElseThrow(() -> new NotFoundException("no import " + id));
        checkAccess(upload.deptCode);
        return ImportView.of(upload, imports.draftOf(upload));
    }

    @POST
    @Path("/{id}/commit")
    @Operation(summary = "Write the draft through the ledger's whole-budget import",
            description = "With If-Match when the budget exists, so it goes through the ledger's validation, events and audit. An "
                    + "import with problems is committed only with acceptProblems=true, and then only its tables without problems.")
    @APIResponse(responseCode = "200", description = "Committed", content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not read yet, committed already, or with problems not accepted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public ImportView commit(@PathParam("id") long id, @QueryParam("acceptProblems") @DefaultValue("false") boolean acceptProblems,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        DisclosureImport upload = imports.find(id).orElseThrow(() -> new NotFoundException("no import " + id));
        checkAccess(upload.deptCode);
        DisclosureImport committed = imports.commit(id, acceptProblems, authorization, caller.actor());
        return ImportView.of(committed, imports.draftOf(committed));
    }

    @GET
    @Path("/{id}/findings")
    @Operation(summary = "The findings of a committed import's budget, each with the page, box and printed text of its cell")
    @APIResponse(responseCode = "200", description = "The findings with their evidence",
            content = @Content(schema = @Schema(implementation = ImportFindings.class)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The import is not committed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
    public ImportFindings findings(@PathParam("id") long id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        DisclosureImport upload = imports.find(id).orElseThrow(() -> new NotFoundException("no import " + id));
        checkAccess(upload.deptCode);
        return findingEvidence.of(upload, authorization);
    }

    private void checkAccess(String deptCode) {
        if (deptCode != null && !caller.mayAccess(deptCode)) {
            throw new ForbiddenException("this token may not access department " + deptCode);
        }
    }
}
