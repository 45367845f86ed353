package gov.budget.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rest-assured filter that holds every response a test receives to the service's own OpenAPI
 * document ({@code /q/openapi}): the operation must list the status, the response's media type must
 * be one it declares, and a JSON body must match the declared schema (OpenAPI 3.1, validated with
 * networknt's json-schema-validator). A mismatch fails the test that received the response, with
 * what differs. Paths the document does not describe (the framework's {@code /q/…}, test-only
 * resources, a deliberately unknown path) are not checked.
 */
public final class ContractCheck implements OrderedFilter {

    /** The one instance that every test registers (see {@link ContractCheckCallback}). */
    public static final ContractCheck INSTANCE = new ContractCheck();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = "https://contract.budget.local/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final Map<String, Contract> contracts = new ConcurrentHashMap<>();

    private ContractCheck() {
    }

    @Override
    public int getOrder() {
        // after every other filter, so that the response checked is the one the test sees
        return Integer.MAX_VALUE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (!uri.getPath().startsWith("/q/")) {
            String origin = uri.getScheme() + "://" + uri.getAuthority();
            contracts.computeIfAbsent(origin, Contract::load).check(request.getMethod(), uri.getPath(), response);
        }
        return response;
    }

    /** One service's document, its paths as patterns, and the schemas read from it. */
    private static final class Contract {
        private final JsonNode document;
        private final List<PathTemplate> paths;
        private final JsonSchemaFactory schemas;

        private Contract(String text) throws IOException {
            document = JSON.readTree(text);
            List<PathTemplate> templates = new ArrayList<>();
            document.path("paths").fieldNames().forEachRemaining(path -> templates.add(PathTemplate.of(path)));
            // a literal segment wins over a parameter: /findings/export.csv before /findings/{id}
            templates.sort(Comparator.comparingInt(PathTemplate::parameters));
            paths = List.copyOf(templates);
            schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                    .metaSchema(OpenApi31.getInstance())
                    .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT, text))));
        }

        static Contract load(String origin) {
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("no OpenAPI document at " + origin + ": " + answer.statusCode());
                }
                return new Contract(answer.body());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the OpenAPI document of " + origin, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void check(String method, String path, Response response) {
            Optional<PathTemplate> template = paths.stream().filter(t -> t.matches(path)).findFirst();
            String verb = method.toLowerCase(Locale.ROOT);
            if (template.isEmpty() || !METHODS.contains(verb) || document.path("paths").path(template.get().text()).path(verb).isMissingNode()) {
                return;
            }
            String operation = method + " " + template.get().text();
            JsonNode responses = document.path("paths").path(template.get().text()).path(verb).path("responses");
            String status = String.valueOf(response.statusCode());
            String declared = responses.has(status) ? status : responses.has("default") ? "default" : null;
            if (declared == null) {
                throw new AssertionError(operation + " answered " + status + ", which its OpenAPI operation does not list (it lists "
                        + names(responses) + "); body: " + abbreviated(response.asString()));
            }
            String body = response.asString();
            if (body == null || body.isEmpty()) {
                return;
            }
            String mediaType = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
            JsonNode content = responses.path(declared).path("content");
            String declaredType = declaredMediaType(content, mediaType);
            if (declaredType == null) {
                throw new AssertionError(operation + " answered " + status + " with " + (mediaType.isEmpty() ? "a body of no type" : mediaType)
                        + ", which its OpenAPI response does not declare (it declares " + names(content) + "); body: " + abbreviated(body));
            }
            if (!mediaType.endsWith("json") || !content.path(declaredType).has("schema")) {
                return;
            }
            String pointer = "/paths/" + escape(template.get().text()) + "/" + verb + "/responses/" + escape(declared)
                    + "/content/" + escape(declaredType) + "/schema";
            JsonSchema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + URLEncoder.encode(pointer, StandardCharsets.UTF_8)
                    .replace("%2F", "/").replace("%7E", "~")));
            JsonNode instance;
            try {
                instance = JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(operation + " answered " + status + " with " + mediaType + " that is not JSON: " + abbreviated(body), e);
            }
            Set<ValidationMessage> errors = schema.validate(instance);
            if (!errors.isEmpty()) {
                throw new AssertionError(operation + " answered " + status + " with a body that its OpenAPI schema does not allow:\n  "
                        + errors.stream().limit(10).map(ValidationMessage::getMessage).collect(Collectors.joining("\n  "))
                        + "\nbody: " + abbreviated(body));
            }
        }

        /** The declared media type that the response's is, parameters such as charset aside; null when none is. */
        private static String declaredMediaType(JsonNode content, String mediaType) {
            for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
                String declared = it.next();
                if (declared.split(";")[0].trim().equalsIgnoreCase(mediaType)) {
                    return declared;
                }
            }
            return null;
        }

        /** A JSON pointer segment: {@code ~} and {@code /} escaped. */
        private static String escape(String segment) {
            return segment.replace("~", "~0").replace("/", "~1");
        }

        private static String names(JsonNode object) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            return names.isEmpty() ? "none" : String.join(", ", names);
        }

        private static String abbreviated(String body) {
            return body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
        }
    }

    /** A path of the document, such as {@code /budgets/{deptCode}/{fiscalYear}}, as a pattern for request paths. */
    private record PathTemplate(String text, Pattern pattern, int parameters) {
        static PathTemplate of(String text) {
            StringBuilder regex = new StringBuilder("^");
            int parameters = 0;
            for (String part : text.split("(?=\\{)|(?<=\\})")) {
                if (part.startsWith("{")) {
                    regex.append("[^/]+");
                    parameters++;
                } else {
                    regex.append(Pattern.quote(part));
                }
            }
            return new PathTemplate(text, Pattern.compile(regex.append("/?$").toString()), parameters);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
