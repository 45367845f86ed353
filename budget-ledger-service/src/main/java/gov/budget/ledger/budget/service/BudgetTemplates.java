package gov.budget.ledger.budget.service;

import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.template.TemplateRegistry;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** The region templates the ledger knows (shipped and registered, from {@link TemplateRegistry}), and the lookups that turn a wrong table number into 400 or 404. */
@ApplicationScoped
public class BudgetTemplates {

    @Inject
    TemplateRegistry registry;

    public Optional<RegionTemplate> find(String id) {
        return registry.find(id);
    }

    public List<RegionTemplate> all() {
        return registry.all();
    }

    public RegionTemplate of(Budget budget) {
        return registry.find(budget.templateId)
                .orElseThrow(() -> new IllegalStateException("budget " + budget.deptCode + "/" + budget.fiscalYear
                        + " names unknown template " + budget.templateId));
    }

    /** The table to write, or 400 when the budget's template has no such table. */
    public TableTemplate tableToWrite(RegionTemplate template, int tableNo, String field) {
        return template.table(tableNo).orElseThrow(() -> InvalidInputException.of(field, tableNo,
                "template " + template.id() + " has no table " + tableNo + "; its tables are "
                        + template.tables().stream().map(TableTemplate::number).toList()));
    }

    /** The table to read, or 404. */
    public TableTemplate tableToRead(RegionTemplate template, int tableNo) {
        return template.table(tableNo)
                .orElseThrow(() -> new NotFoundException("template " + template.id() + " has no table " + tableNo));
    }
}
