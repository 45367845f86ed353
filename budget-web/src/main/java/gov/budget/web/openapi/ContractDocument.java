package gov.budget.web.openapi;

import gov.budget.web.BudgetKeys;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes every service's OpenAPI document with what the platform's shared layers do, so that a
 * client generated from it matches the responses exactly:
 * <ul>
 * <li>a department code (a parameter or property named {@code deptCode} or {@code dept}) has its
 * pattern, and a fiscal year ({@code fiscalYear} or {@code year}) its range;</li>
 * <li>a schema that only responses use lists every property as {@code required}, since the
 * services write every field, and only a field marked {@code @Schema(nullable = true)} may be null;
 * in a schema a request body uses, a property not listed in {@code required} may be null or left
 * out, and says so ({@code "type": [..., "null"]});</li>
 * <li>every operation lists the statuses that the shared filters answer for it, each with a
 * problem+json body: 400 where it takes parameters (the department-code and number checks), 404
 * where its path names something, 412 and 428 where it takes If-Match, 401 and 403 where it is
 * secured, 409 where it writes records (POST, PUT, PATCH: a unique key that refused a record
 * another request wrote first), 413 where it takes a body, 500 and 503 everywhere.</li>
 * </ul>
 * The contract check of the tests ({@code ContractCheck} in this module's test jar) holds every
 * response the services' REST tests receive to the document this produces.
 */
public class ContractDocument implements OASFilter {

    /**
     * The methods that write records, which a unique key may refuse when another request wrote the
     * same record first; a DELETE only removes, and what it appends (audit, outbox) takes new ids.
     */
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH);
    private static final Set<String> DEPARTMENT_CODES = Set.of("deptCode", "dept");
    private static final Set<String> FISCAL_YEARS = Set.of("fiscalYear", "year");
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                item.getOperations().forEach((method, operation) -> completeStatuses(item, method, operation));
                item.getOperations().values().forEach(operation -> parameters(item, operation)
                        .forEach(parameter -> limit(parameter.getName(), parameter.getSchema())));
            }
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            SchemaReferences references = new SchemaReferences(openAPI);
            Set<String> sent = references.ofRequests(openAPI);
            Set<String> written = references.ofResponses(openAPI);
            // the shared schemas of budget-web (Amount, …) are in every document; a service that names none drops them
            Set<String> used = references.ofDocument(openAPI);
            Map<String, Schema> schemas = new LinkedHashMap<>(openAPI.getComponents().getSchemas());
            schemas.keySet().retainAll(used);
            schemas.forEach((name, schema) -> {
                keyLimits(schema);
                typeOnlyFromReferences(schema);
                if (written.contains(name) && !sent.contains(name)) {
                    everyPropertyPresent(schema);
                } else {
                    nullableUnlessRequired(schema);
                }
            });
            openAPI.getComponents().setSchemas(schemas);
        }
    }

    /**
     * Every property of a schema that only responses use is required: the services write every field
     * of what they answer, null included. Whether it can be null is the property's own type, which
     * says so only where the field is marked {@code @Schema(nullable = true)}. A schema that lists its
     * required properties itself keeps its list: it is written without its empty fields (a problem).
     */
    static void everyPropertyPresent(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
            schema.getProperties().values().forEach(ContractDocument::everyPropertyPresent);
        }
        everyPropertyPresent(schema.getItems());
        everyPropertyPresent(schema.getAdditionalPropertiesSchema());
    }

    /** The limits of a budget's key on every property that holds one, as the services enforce them (BudgetKeys). */
    private static void keyLimits(Schema schema) {
        if (schema != null && schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                limit(name, property);
                keyLimits(property);
            });
        }
        if (schema != null) {
            keyLimits(schema.getItems());
        }
    }

    /**
     * A property that names a shared schema ({@code @Schema(implementation = Amount.class)}) takes its
     * type from it; the type the scanner puts beside the reference (the Java field's, often "object")
     * would contradict it.
     */
    private static void typeOnlyFromReferences(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            schema.setType(null);
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ContractDocument::typeOnlyFromReferences);
        }
        typeOnlyFromReferences(schema.getItems());
        typeOnlyFromReferences(schema.getAdditionalPropertiesSchema());
    }

    /**
     * A department code's pattern, or a fiscal year's range, on a parameter or property of that name;
     * a range the property declares itself (a digest's year 0, the whole department) is kept.
     */
    private static void limit(String name, Schema schema) {
        if (schema == null || schema.getRef() != null || name == null) {
            return;
        }
        if (DEPARTMENT_CODES.contains(name) && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)) {
            schema.setPattern(BudgetKeys.DEPT_CODE_PATTERN);
        } else if (FISCAL_YEARS.contains(name) && schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER)
                && schema.getMinimum() == null) {
            schema.setMinimum(BigDecimal.valueOf(BudgetKeys.FIRST_FISCAL_YEAR));
            schema.setMaximum(BigDecimal.valueOf(BudgetKeys.LAST_FISCAL_YEAR));
        }
    }

    /** Every property of the schema, and of the object schemas within it, that is not required may be null. */
    static void nullableUnlessRequired(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                nullableUnlessRequired(property);
                properties.put(name, required.contains(name) ? property : nullable(property));
            });
            schema.setProperties(properties);
        }
        nullableUnlessRequired(schema.getItems());
        nullableUnlessRequired(schema.getAdditionalPropertiesSchema());
    }

    /** The schema, also allowing null: a type gains {@code null}; a reference becomes {@code anyOf} it and null. */
    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            return OASFactory.createSchema()
                    .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        }
        if (property.getType() != null && !property.getType().isEmpty() && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
        return property;
    }

    private static void completeStatuses(PathItem item, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (!parameters(item, operation).isEmpty()) {
            problem(responses, "400", "A parameter is malformed, such as a department code that is not 1–32 digits and capital letters "
                    + "or a number that is not one");
        }
        if (pathParameters(item, operation)) {
            problem(responses, "404", "Nothing exists at this path, such as a department, budget or record not stored");
        }
        if (takesIfMatch(item, operation)) {
            problem(responses, "412", "Changed since the ETag sent in If-Match");
            problem(responses, "428", "If-Match is required to change what exists");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            problem(responses, "401", "No valid bearer token: missing, garbled, expired, signed by another key, for another issuer or "
                    + "audience, or living longer than allowed");
            problem(responses, "403", "The token's roles or departments do not allow this request");
        }
        if (WRITES.contains(method)) {
            problem(responses, "409", "Another request wrote the same record at the same instant, and a unique key refused this one; "
                    + "nothing of it was written");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "413", "The body is larger than the service accepts (platform.http.max-body-size)");
        }
        problem(responses, "500", "An unexpected failure; the problem's errorId is also in the service's log");
        problem(responses, "503", "The database or broker cannot be reached for now; try again after Retry-After seconds");
    }

    private static boolean pathParameters(PathItem item, Operation operation) {
        return parameters(item, operation).stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    private static boolean takesIfMatch(PathItem item, Operation operation) {
        return parameters(item, operation).stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    /** Adds the status with a problem+json body if the operation does not list it; gives a listed one without a body the problem body. */
    private static void problem(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemContent()));
        } else if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(problemContent());
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }
}
