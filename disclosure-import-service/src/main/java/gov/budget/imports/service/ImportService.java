package gov.budget.imports.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.budget.imports.config.ImportConfig;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.draft.DraftFigure;
import gov.budget.imports.draft.DraftRow;
import gov.budget.imports.draft.DraftTable;
import gov.budget.imports.draft.ImportProblem;
import gov.budget.imports.extract.DisclosureReader;
import gov.budget.imports.extract.DocumentReader;
import gov.budget.imports.ledger.LedgerClient;
import gov.budget.imports.pdf.PdfWordReader;
import gov.budget.imports.pdf.UnreadableDocumentException;
import gov.budget.web.problem.ConflictException;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.NotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Uploads, drafts and commits of published disclosures. An upload that cannot be imported (not a
 * PDF or Word document, encrypted, a scan, a region no template knows) is refused at once and nothing
 * is stored; a readable one is stored and read in the background.
 */
@ApplicationScoped
public class ImportService {

    private static final Pattern DEPT_CODE = Pattern.compile("^[A-Za-z0-9_-]{1,32}$");

    @Inject
    ImportConfig config;

    @Inject
    DocumentReader reader;

    @Inject
    ImportWorker worker;

    @Inject
    ObjectMapper json;

    @Inject
    @RestClient
    LedgerClient ledger;

    /** What the caller may say instead of the cover. */
    public record CoverOverrides(String region, Integer fiscalYear, String deptName) {
    }

    /** Checks the document, stores it and has it read in the background. */
    public DisclosureImport upload(String fileName, byte[] document, String deptCode, CoverOverrides overrides, String actor) {
        if (deptCode == null || !DEPT_CODE.matcher(deptCode).matches()) {
            throw InvalidInputException.of("deptCode", deptCode, "required: the department's code, letters, digits, - or _, at most 32");
        }
        DocumentReader.Form form;
        DisclosureReader.Cover read;
        try {
            form = DocumentReader.formOf(document);
            read = reader.cover(form, document, new PdfWordReader(config.maxPages(), config.parseTimeout().toMillis()),
                    overrides.region());
        } catch (UnreadableDocumentException e) {
            throw InvalidInputException.of("file", fileName, e.getMessage());
        } catch (DocumentReader.UnknownRegionException e) {
            throw InvalidInputException.of("region", e.region(), "no template knows this region's disclosures in this form");
        } catch (RuntimeException e) {
            throw InvalidInputException.of("file", fileName, "the document cannot be read: " + e.getMessage());
        }
        String region = overrides.region() != null ? overrides.region() : read.region();
        Integer year = overrides.fiscalYear() != null ? overrides.fiscalYear() : read.fiscalYear();
        String deptName = overrides.deptName() != null ? overrides.deptName() : read.deptName();
        if (region == null) {
            throw InvalidInputException.of("region", null, "the cover names no region; give it as the region field");
        }
        if (!reader.knowsRegion(form, region)) {
            throw InvalidInputException.of("region", region, "no template knows this region's disclosures in this form");
        }
        if (year == null) {
            throw InvalidInputException.of("fiscalYear", null, "the cover names no fiscal year; give it as the fiscalYear field");
        }
        DisclosureImport upload = QuarkusTransaction.requiringNew().call(() -> {
            DisclosureImport created = new DisclosureImport();
            created.deptCode = deptCode;
            created.status = DisclosureImport.Status.RECEIVED;
            created.fileName = fileName;
            created.sizeBytes = document.length;
            created.sha256 = sha256(document);
            created.document = document;
            created.region = region;
            created.fiscalYear = year;
            created.deptName = deptName;
            created.uploadedBy = actor;
            created.uploadedAt = Instant.now();
            created.persist();
            return created;
        });
        worker.submit(upload.id);
        return upload;
    }

    /**
     * The imports, latest first, read without their documents and drafts: of one department when it is
     * given, and of these departments only when they are given (a department editor's).
     */
    public ImportPage list(String deptCode, Set<String> onlyDepartments, int page, int size) {
        String where = " from DisclosureImport i where (:dept is null or i.deptCode = :dept)"
                + (onlyDepartments == null ? "" : " and i.deptCode in :depts");
        var items = DisclosureImport.getEntityManager().createQuery("select new gov.budget.imports.service.ImportSummary(i.id, "
                        + "i.deptCode, i.status, i.fileName, i.fiscalYear, i.deptName, i.uploadedBy, i.uploadedAt, i.parsedAt, "
                        + "i.committedAt)" + where + " order by i.id desc", ImportSummary.class)
                .setParameter("dept", deptCode);
        var count = DisclosureImport.getEntityManager().createQuery("select count(i)" + where, Long.class).setParameter("dept", deptCode);
        if (onlyDepartments != null) {
            items.setParameter("depts", onlyDepartments.isEmpty() ? Set.of("") : onlyDepartments);
            count.setParameter("depts", onlyDepartments.isEmpty() ? Set.of("") : onlyDepartments);
        }
        return new ImportPage(items.setFirstResult(page * size).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    /** One page of imports and how many all pages hold. */
    public record ImportPage(List<ImportSummary> items, long total) {
    }

    public Optional<DisclosureImport> find(long id) {
        return DisclosureImport.findByIdOptional(id);
    }

    public DraftBudget draftOf(DisclosureImport upload) {
        if (upload.draft == null) {
            return null;
        }
        try {
            return json.readValue(upload.draft, DraftBudget.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the draft of import " + upload.id + " cannot be read", e);
        }
    }

    /**
     * Writes the draft through the ledger's whole-budget import, with If-Match when the budget exists.
     * An import with problems is committed only when the caller accepts them, and then only its tables
     * without problems. The ledger's refusal is answered as it is. No transaction is held while the
     * ledger is called: the import is read before and marked committed after, in transactions of their own.
     */
    public DisclosureImport commit(long id, boolean acceptProblems, String authorization, String actor) {
        DisclosureImport upload = QuarkusTransaction.requiringNew().call(() -> DisclosureImport.<DisclosureImport>findByIdOptional(id))
                .orElseThrow(() -> new NotFoundException("no import " + id));
        checkCommittable(upload);
        DraftBudget draft = draftOf(upload);
        if (!draft.problems().isEmpty() && !acceptProblems) {
            throw new ConflictException("import " + id + " has " + draft.problems().size()
                    + " problems; commit with acceptProblems=true to write its tables without problems");
        }
        Set<Integer> withProblems = draft.problems().stream().map(ImportProblem::tableNo).filter(t -> t != null)
                .collect(Collectors.toSet());
        JsonNode body = ledgerBody(upload, draft, withProblems);
        String ifMatch = null;
        try (Response current = ledger.read(authorization, upload.deptCode, upload.fiscalYear)) {
            if (current.getStatus() == 200) {
                ifMatch = current.getHeaderString("ETag");
            } else if (current.getStatus() != 404) {
                throw new LedgerRefusedException(current.getStatus(), current.readEntity(String.class));
            }
        }
        Long version;
        try (Response written = ledger.importBudget(authorization, ifMatch, upload.deptCode, upload.fiscalYear, body)) {
            if (written.getStatus() / 100 != 2) {
                throw new LedgerRefusedException(written.getStatus(), written.readEntity(String.class));
            }
            String etag = written.getHeaderString("ETag");
            version = etag == null ? null : Long.valueOf(etag.replace("\"", ""));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            DisclosureImport stored = DisclosureImport.findById(id);
            checkCommittable(stored);
            stored.status = DisclosureImport.Status.COMMITTED;
            stored.committedAt = Instant.now();
            stored.committedBy = actor;
            stored.committedVersion = version;
            return stored;
        });
    }

    private static void checkCommittable(DisclosureImport upload) {
        if (upload.status == DisclosureImport.Status.COMMITTED) {
            throw new ConflictException("import " + upload.id + " was committed already");
        }
        if (upload.status != DisclosureImport.Status.READY && upload.status != DisclosureImport.Status.NEEDS_REVIEW) {
            throw new ConflictException("import " + upload.id + " is " + upload.status + "; only a read import can be committed");
        }
    }

    /**
     * The ledger's import body: the draft's tables, without their evidence and without those that
     * have problems, and the narrative's figures.
     */
    private JsonNode ledgerBody(DisclosureImport upload, DraftBudget draft, Set<Integer> leftOut) {
        ObjectNode body = json.createObjectNode();
        body.put("deptCode", upload.deptCode);
        body.put("fiscalYear", upload.fiscalYear);
        body.put("templateId", draft.templateId());
        ArrayNode tables = body.putArray("tables");
        for (DraftTable table : draft.tables()) {
            if (leftOut.contains(table.tableNo())) {
                continue;
            }
            ObjectNode t = tables.addObject();
            t.put("tableNo", table.tableNo());
            if (table.note() != null) {
                t.put("note", table.note());
            }
            ArrayNode rows = t.putArray("rows");
            for (DraftRow row : table.rows()) {
                ObjectNode r = rows.addObject();
                r.put("kind", row.kind().name());
                if (row.code() != null) {
                    r.put("code", row.code());
                }
                r.put("name", row.name());
                ObjectNode amounts = r.putObject("amounts");
                row.amounts().forEach(amounts::put);
            }
        }
        // the figures read from the narrative replace the stored narrative; none read leaves it as it is
        if (!draft.narrative().isEmpty()) {
            ArrayNode narrative = body.putArray("narrative");
            for (DraftFigure figure : draft.narrative()) {
                ObjectNode f = narrative.addObject();
                f.put("code", figure.code());
                f.put("label", figure.label());
                f.put("amount", figure.amount());
                f.put("unit", figure.unit());
                if (figure.text() != null) {
                    f.put("text", figure.text());
                }
            }
        }
        return body;
    }

    private static String sha256(byte[] document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new java.io.IOException(e));
        }
    }
}
