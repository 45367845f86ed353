package gov.budget.imports.extract;

import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.imports.layout.PrintedLayouts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The reader of disclosures in every form, with the built-in layouts and the platform's templates. */
@ApplicationScoped
public class ReaderProducer {

    @Produces
    @Singleton
    DocumentReader reader() {
        PrintedLayouts layouts = PrintedLayouts.load();
        TemplateCatalog templates = TemplateCatalog.load();
        return new DocumentReader(new DisclosureReader(layouts, templates), new GridDisclosureReader(layouts, templates));
    }
}
