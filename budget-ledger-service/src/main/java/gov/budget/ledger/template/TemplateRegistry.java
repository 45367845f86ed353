package gov.budget.ledger.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.ledger.budget.Budget;
import gov.budget.web.problem.ConflictException;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The region templates budgets are written under: the ones shipped as data ({@link TemplateCatalog})
 * and the ones an operator registers. A registered template is validated on the way in; one region's
 * templates may not cover a year twice; a shipped template, or one that budgets use, cannot be
 * replaced: a changed layout is a new template.
 */
@ApplicationScoped
public class TemplateRegistry {

    private final TemplateCatalog shipped = TemplateCatalog.load();

    public Optional<RegionTemplate> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return shipped.find(id).or(() -> RegisteredTemplate.<RegisteredTemplate>findByIdOptional(id).map(TemplateRegistry::parse));
    }

    /** The shipped templates, then the registered ones by id. */
    public List<RegionTemplate> all() {
        List<RegionTemplate> registered = RegisteredTemplate.<RegisteredTemplate>listAll().stream()
                .map(TemplateRegistry::parse)
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        return Stream.concat(shipped.all().stream(), registered.stream()).toList();
    }

    public boolean isShipped(String id) {
        return shipped.find(id).isPresent();
    }

    @Transactional
    public RegionTemplate register(RegionTemplate template) {
        validate(template);
        if (find(template.id()).isPresent()) {
            throw new ConflictException("template " + template.id() + " exists; change it with PUT /templates/" + template.id());
        }
        checkNoOverlap(template);
        RegisteredTemplate record = new RegisteredTemplate();
        record.id = template.id();
        record.registeredAt = Instant.now();
        write(record, template);
        record.persist();
        return template;
    }

    @Transactional
    public RegionTemplate replace(String id, RegionTemplate template) {
        validate(template);
        if (!id.equals(template.id())) {
            throw InvalidInputException.of("id", template.id(), "does not match the URL's template " + id);
        }
        if (isShipped(id)) {
            throw new ConflictException("template " + id + " is shipped with the release and cannot change; register a new id");
        }
        RegisteredTemplate record = RegisteredTemplate.<RegisteredTemplate>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("no template " + id));
        long budgets = Budget.count("templateId", id);
        if (budgets > 0) {
            throw new ConflictException(budgets + " budgets are written under template " + id
                    + "; a changed layout is a new template, registered under a new id");
        }
        checkNoOverlap(template);
        write(record, template);
        return template;
    }

    private static void validate(RegionTemplate template) {
        if (template == null) {
            throw InvalidInputException.of("body", null, "a template is required: {\"id\", \"region\", \"version\", \"fromYear\", \"tables\"}");
        }
        List<FieldViolation> violations = new ArrayList<>();
        TemplateValidator.check(template, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** One region's templates cover each fiscal year once: a document of a year has one layout. */
    private void checkNoOverlap(RegionTemplate template) {
        all().stream()
                .filter(other -> !other.id().equals(template.id()) && other.region().equals(template.region()) && other.overlaps(template))
                .findFirst()
                .ifPresent(other -> {
                    throw new ConflictException("template " + other.id() + " already covers " + template.region() + " from "
                            + other.fromYear() + (other.toYear() == null ? " on" : " to " + other.toYear())
                            + "; give this one years the other does not cover, or end the other first");
                });
    }

    private static void write(RegisteredTemplate record, RegionTemplate template) {
        record.region = template.region().strip();
        record.version = template.version().strip();
        record.fromYear = template.fromYear();
        record.toYear = template.toYear();
        record.updatedAt = Instant.now();
        try {
            record.body = EventCodec.mapper().writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RegionTemplate parse(RegisteredTemplate record) {
        try {
            return EventCodec.mapper().readValue(record.body, RegionTemplate.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("template " + record.id + " is stored unreadable", e);
        }
    }
}
