package gov.budget.imports.extract;

import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.imports.layout.PrintedLayouts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The reader of disclosures, with the built-in layouts and the platform's templates. */
@ApplicationScoped
public class ReaderProducer {

    @Produces
    @Singleton
    DisclosureReader reader() {
        return new DisclosureReader(PrintedLayouts.load(), TemplateCatalog.load());
    }
}
