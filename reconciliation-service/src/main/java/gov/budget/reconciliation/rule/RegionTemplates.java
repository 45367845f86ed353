package gov.budget.reconciliation.rule;

import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TemplateCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The region templates reconciliation reads budgets with: the shipped ones, and those registered on
 * the ledger, asked for once and kept (the ledger refuses to change a template budgets are written
 * under, so a template a budget names stays as it was read).
 */
@ApplicationScoped
public class RegionTemplates {

    private final TemplateCatalog shipped = TemplateCatalog.load();
    private final Map<String, RegionTemplate> registered = new ConcurrentHashMap<>();

    @Inject
    @RestClient
    LedgerTemplateClient ledger;

    public Optional<RegionTemplate> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<RegionTemplate> known = shipped.find(id).or(() -> Optional.ofNullable(registered.get(id)));
        if (known.isPresent()) {
            return known;
        }
        try {
            RegionTemplate fetched = ledger.template(id);
            registered.put(id, fetched);
            return Optional.of(fetched);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
