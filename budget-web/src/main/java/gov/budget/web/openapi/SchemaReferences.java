package gov.budget.web.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which component schemas a document's request bodies use, and which its responses use, each with
 * every schema those reach through properties, items and compositions. A schema only responses use
 * describes what the service writes, and a schema a request body uses what a client sends; the two
 * take different rules for {@code required}.
 */
final class SchemaReferences {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private final Map<String, Schema> components;

    SchemaReferences(OpenAPI openAPI) {
        this.components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
    }

    /** The component schemas that the request bodies of the document's operations reach. */
    Set<String> ofRequests(OpenAPI openAPI) {
        Deque<Schema> roots = new ArrayDeque<>();
        operations(openAPI).forEach(operation -> {
            if (operation.getRequestBody() != null) {
                addContent(operation.getRequestBody().getContent(), roots);
            }
        });
        return reached(roots);
    }

    /** The component schemas that the responses of the document's operations reach. */
    Set<String> ofResponses(OpenAPI openAPI) {
        Deque<Schema> roots = new ArrayDeque<>();
        operations(openAPI).forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> addContent(response.getContent(), roots));
            }
        });
        return reached(roots);
    }

    /** The component schemas that anything of the document reaches: bodies, responses and parameters. */
    Set<String> ofDocument(OpenAPI openAPI) {
        Deque<Schema> roots = new ArrayDeque<>();
        operations(openAPI).forEach(operation -> {
            if (operation.getRequestBody() != null) {
                addContent(operation.getRequestBody().getContent(), roots);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> addContent(response.getContent(), roots));
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> addIfPresent(parameter.getSchema(), roots));
            }
        });
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().stream()
                    .filter(item -> item.getParameters() != null)
                    .forEach(item -> item.getParameters().forEach(parameter -> addIfPresent(parameter.getSchema(), roots)));
        }
        return reached(roots);
    }

    private static List<Operation> operations(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return List.of();
        }
        return openAPI.getPaths().getPathItems().values().stream()
                .map(PathItem::getOperations)
                .flatMap(operations -> operations.values().stream())
                .toList();
    }

    private static void addContent(Content content, Deque<Schema> roots) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(mediaType -> {
                if (mediaType.getSchema() != null) {
                    roots.add(mediaType.getSchema());
                }
            });
        }
    }

    private Set<String> reached(Deque<Schema> pending) {
        Set<String> names = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().startsWith(COMPONENT_PREFIX) ? schema.getRef().substring(COMPONENT_PREFIX.length()) : null;
                if (name != null && names.add(name) && components.containsKey(name)) {
                    pending.add(components.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            addIfPresent(schema.getItems(), pending);
            addIfPresent(schema.getAdditionalPropertiesSchema(), pending);
            addAll(schema.getAllOf(), pending);
            addAll(schema.getAnyOf(), pending);
            addAll(schema.getOneOf(), pending);
        }
        return names;
    }

    private static void addIfPresent(Schema schema, Deque<Schema> pending) {
        if (schema != null) {
            pending.add(schema);
        }
    }

    private static void addAll(List<Schema> schemas, Deque<Schema> pending) {
        if (schemas != null) {
            pending.addAll(schemas);
        }
    }
}
