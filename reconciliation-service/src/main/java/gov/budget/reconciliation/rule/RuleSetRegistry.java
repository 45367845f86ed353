package gov.budget.reconciliation.rule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.template.ColumnTemplate;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.web.BudgetKeys;
import gov.budget.web.problem.ConflictException;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule sets an operator registers, validated on the way in: its header, each rule's expressions, and
 * every table and column a check names against the templates it covers (a shipped template, or one
 * registered on the ledger). One template's rule sets may not cover a year twice.
 */
@ApplicationScoped
public class RuleSetRegistry {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    @Inject
    RuleSets ruleSets;

    @Inject
    RegionTemplates templates;

    /** Registers the rule set the JSON states; it is kept as sent. */
    @Transactional
    public RuleSet register(String json) {
        RuleSet set = parse(json);
        validate(set);
        if (ruleSets.all().stream().anyMatch(s -> s.id().equals(set.id()))) {
            throw new ConflictException("rule set " + set.id() + " exists; change it with PUT /rule-sets/" + set.id());
        }
        checkNoOverlap(set);
        RegisteredRuleSet record = new RegisteredRuleSet();
        record.id = set.id();
        record.registeredAt = Instant.now();
        write(record, set, json);
        record.persist();
        return set;
    }

    @Transactional
    public RuleSet replace(String id, String json) {
        RuleSet set = parse(json);
        validate(set);
        if (!id.equals(set.id())) {
            throw InvalidInputException.of("id", set.id(), "does not match the URL's rule set " + id);
        }
        if (ruleSets.isShipped(id)) {
            throw new ConflictException("rule set " + id + " is shipped with the release and cannot change; register a new id");
        }
        RegisteredRuleSet record = RegisteredRuleSet.<RegisteredRuleSet>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("no rule set " + id));
        if (record.version.equals(set.version().strip())) {
            // budgets remember the version that checked them: the same version would leave them unchecked by the change
            throw new ConflictException("rule set " + id + " is at version " + record.version + "; a change takes a new version");
        }
        checkNoOverlap(set);
        write(record, set, json);
        return set;
    }

    private void validate(RuleSet set) {
        List<FieldViolation> violations = new ArrayList<>();
        if (set.id() == null || !ID.matcher(set.id()).matches()) {
            violations.add(new FieldViolation("id", set.id(), "an id is lower-case letters, digits and -, at most 64"));
        }
        if (set.version() == null || set.version().isBlank() || set.version().length() > 32) {
            violations.add(new FieldViolation("version", set.version(), "a version of 1 to 32 characters is required"));
        }
        if (set.fromYear() < BudgetKeys.FIRST_FISCAL_YEAR || set.fromYear() > BudgetKeys.LAST_FISCAL_YEAR) {
            violations.add(new FieldViolation("fromYear", String.valueOf(set.fromYear()), "the first fiscal year it covers is required"));
        } else if (set.toYear() != null && set.toYear() < set.fromYear()) {
            violations.add(new FieldViolation("toYear", String.valueOf(set.toYear()), "the last year is not before fromYear"));
        }
        List<RegionTemplate> covered = new ArrayList<>();
        if (set.templates() == null || set.templates().isEmpty()) {
            violations.add(new FieldViolation("templates", null, "the templates it checks are required"));
        } else {
            for (int i = 0; i < set.templates().size(); i++) {
                String templateId = set.templates().get(i);
                Optional<RegionTemplate> template = templates.find(templateId);
                if (template.isEmpty()) {
                    violations.add(new FieldViolation("templates[" + i + "]", templateId, "no such template; register it on the ledger first"));
                } else {
                    covered.add(template.get());
                }
            }
        }
        if (set.rules() == null || set.rules().isEmpty()) {
            violations.add(new FieldViolation("rules", null, "a rule set has at least one rule"));
        } else {
            checkRules(set, covered, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void checkRules(RuleSet set, List<RegionTemplate> covered, List<FieldViolation> violations) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < set.rules().size(); i++) {
            RuleDefinition rule = set.rules().get(i);
            String at = "rules[" + i + "]";
            if (rule == null || rule.id() == null || rule.id().isBlank() || !ids.add(rule.id())) {
                violations.add(new FieldViolation(at + ".id", rule == null ? null : rule.id(), "each rule has its own id, such as R05"));
                continue;
            }
            try {
                RuleCatalog.checkExpressions(rule);
            } catch (IllegalStateException e) {
                violations.add(new FieldViolation(at + ".comparison", rule.comparison(), e.getMessage()));
            }
            for (int c = 0; c < rule.checks().size(); c++) {
                JsonNode check = RuleCatalog.MAPPER.valueToTree(rule.checks().get(c));
                for (RegionTemplate template : covered) {
                    references(check, at + ".checks[" + c + "]", template, violations);
                }
            }
        }
    }

    /** Every {@code table} (with its {@code column}) and {@code tables} a check names must be in the template. */
    private static void references(JsonNode node, String at, RegionTemplate template, List<FieldViolation> violations) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                references(node.get(i), at + "[" + i + "]", template, violations);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.path("table").isInt()) {
            int number = node.get("table").asInt();
            Optional<TableTemplate> table = template.table(number);
            if (table.isEmpty()) {
                violations.add(new FieldViolation(at + ".table", String.valueOf(number), "template " + template.id() + " has no table " + number));
            } else if (node.path("column").isTextual() && table.get().column(node.get("column").asText()).isEmpty()) {
                violations.add(new FieldViolation(at + ".column", node.get("column").asText(), "table " + number + " of template "
                        + template.id() + " has no such column; its columns are " + table.get().columns().stream().map(ColumnTemplate::code).toList()));
            }
        }
        if (node.path("table").isInt() && node.path("columns").isArray()) {
            template.table(node.get("table").asInt()).ifPresent(table -> columns(table, node.get("columns"), at + ".columns", template, violations));
        }
        if (node.path("tables").isArray()) {
            for (JsonNode number : node.get("tables")) {
                Optional<TableTemplate> table = template.table(number.asInt());
                if (table.isEmpty()) {
                    violations.add(new FieldViolation(at + ".tables", number.asText(), "template " + template.id() + " has no table " + number.asInt()));
                    continue;
                }
                // a row sum names its columns beside the tables: the total and its parts
                if (node.path("total").isTextual()) {
                    columns(table.get(), List.of(node.get("total")), at + ".total", template, violations);
                }
                if (node.path("parts").isArray()) {
                    columns(table.get(), node.get("parts"), at + ".parts", template, violations);
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isContainerNode()) {
                references(field.getValue(), at + "." + field.getKey(), template, violations);
            }
        }
    }

    private static void columns(TableTemplate table, Iterable<JsonNode> codes, String at, RegionTemplate template,
                                List<FieldViolation> violations) {
        for (JsonNode code : codes) {
            if (table.column(code.asText()).isEmpty()) {
                violations.add(new FieldViolation(at, code.asText(), "table " + table.number() + " of template " + template.id()
                        + " has no such column; its columns are " + table.columns().stream().map(ColumnTemplate::code).toList()));
            }
        }
    }

    /** A budget is checked by one rule set: two may not cover one template in a common year. */
    private void checkNoOverlap(RuleSet set) {
        ruleSets.all().stream()
                .filter(other -> !other.id().equals(set.id()))
                .filter(other -> other.templates().stream().anyMatch(set.templates()::contains))
                .filter(other -> Math.max(other.fromYear(), set.fromYear())
                        <= Math.min(other.toYear() == null ? Integer.MAX_VALUE : other.toYear(), set.toYear() == null ? Integer.MAX_VALUE : set.toYear()))
                .findFirst()
                .ifPresent(other -> {
                    throw new ConflictException("rule set " + other.id() + " already checks " + other.templates() + " from " + other.fromYear()
                            + "; give this one years the other does not cover, or end the other first");
                });
    }

    private static void write(RegisteredRuleSet record, RuleSet set, String json) {
        record.version = set.version().strip();
        record.updatedAt = Instant.now();
        record.body = json;
    }

    /** The rule set, read as strictly as a shipped file: an unknown field or check kind is a 400 naming it. */
    private static RuleSet parse(String json) {
        if (json == null || json.isBlank()) {
            throw InvalidInputException.of("body", null, "a rule set is required: {\"id\", \"version\", \"templates\", \"fromYear\", \"rules\"}");
        }
        try {
            return RuleCatalog.MAPPER.readValue(json, RuleSet.class);
        } catch (JsonProcessingException e) {
            String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping ? mapping.getPathReference() : null;
            throw InvalidInputException.of(path == null ? "body" : path.replace("gov.budget.reconciliation.rule.", ""), null,
                    "not a rule set: " + e.getOriginalMessage());
        }
    }
}
