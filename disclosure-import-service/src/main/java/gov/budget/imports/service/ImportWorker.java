package gov.budget.imports.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.budget.imports.config.ImportConfig;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.extract.DisclosureReader;
import gov.budget.imports.extract.DocumentReader;
import gov.budget.imports.pdf.PdfWordReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads uploaded documents in the background, a few at once, and stores each one's draft budget
 * and problems. Imports left unread by a stopped instance are read again at start.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    @Inject
    ImportConfig config;

    @Inject
    DocumentReader reader;

    @Inject
    ObjectMapper json;

    private ExecutorService workers;

    void start(@Observes StartupEvent started) {
        workers = Executors.newFixedThreadPool(Math.max(1, config.workers()), r -> {
            Thread thread = new Thread(r, "disclosure-import");
            thread.setDaemon(true);
            return thread;
        });
        QuarkusTransaction.requiringNew().call(DisclosureImport::waiting).forEach(this::submit);
    }

    @PreDestroy
    void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /** Reads the import in the background; its status says how far it is. */
    public void submit(long importId) {
        workers.submit(() -> read(importId));
    }

    private void read(long importId) {
        long started = System.nanoTime();
        byte[] document = QuarkusTransaction.requiringNew().call(() -> {
            DisclosureImport upload = DisclosureImport.findById(importId);
            upload.status = DisclosureImport.Status.PARSING;
            return upload.document;
        });
        try {
            DisclosureReader.Cover cover = QuarkusTransaction.requiringNew().call(() -> {
                DisclosureImport upload = DisclosureImport.findById(importId);
                return new DisclosureReader.Cover(upload.region, upload.fiscalYear, upload.deptName);
            });
            DocumentReader.Reading reading = reader.read(DocumentReader.formOf(document), document,
                    new PdfWordReader(config.maxPages(), config.parseTimeout().toMillis()), cover);
            DraftBudget draft = reading.draft();
            String text = json.writeValueAsString(draft);
            long millis = (System.nanoTime() - started) / 1_000_000;
            QuarkusTransaction.requiringNew().run(() -> {
                DisclosureImport upload = DisclosureImport.findById(importId);
                upload.draft = text;
                upload.templateId = draft.templateId();
                upload.pageCount = reading.pageCount();
                upload.parsedAt = Instant.now();
                upload.parseMillis = millis;
                upload.status = draft.problems().isEmpty() ? DisclosureImport.Status.READY : DisclosureImport.Status.NEEDS_REVIEW;
            });
            LOG.infof("import %d read in %d ms: %d tables, %d cells, %d problems", importId, millis, draft.tables().size(),
                    draft.cells(), draft.problems().size());
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warnf("import %d cannot be read: %s", importId, e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> {
                DisclosureImport upload = DisclosureImport.findById(importId);
                upload.status = DisclosureImport.Status.FAILED;
                String message = String.valueOf(e.getMessage());
                upload.error = message.length() > 1000 ? message.substring(0, 1000) : message;
            });
        }
    }
}
