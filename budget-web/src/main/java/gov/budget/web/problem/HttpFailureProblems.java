package gov.budget.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.budget.contracts.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The failures that reach the HTTP layer instead of an exception mapper, answered as problem+json
 * like every other refusal: a body over the size limit (413), refused from its declared length
 * before any endpoint sees it, a database that cannot be reached (503 with Retry-After), a write
 * that a unique key refused because another request wrote the same record first (409), and any
 * error nothing mapped (500). A 500 carries an error id, which the log line that holds the stack
 * trace also carries, and says nothing else about the error.
 */
@ApplicationScoped
public class HttpFailureProblems {

    private static final Logger LOG = Logger.getLogger(HttpFailureProblems.class);

    /** How long a caller waits before it sends a request again that found the database unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    ObjectMapper json;

    /** The largest body a caller may send; the server's own, higher limit stops only bodies sent without a length. */
    @ConfigProperty(name = "platform.http.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseTooLarge).failureHandler(this::answer);
    }

    /** A body whose declared length is over the limit is refused before a byte of it is read. */
    private void refuseTooLarge(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBodySize.asLongValue()) {
                    context.response().putHeader("Connection", "close");
                    write(context, new Problem("about:blank", "Content Too Large", 413,
                            "the request body is larger than the " + maxBodySize.asLongValue() + " bytes this service accepts",
                            context.normalizedPath(), List.of()));
                    return;
                }
            } catch (NumberFormatException e) {
                // the server itself refuses a malformed length
            }
        }
        context.next();
    }

    private void answer(RoutingContext context) {
        if (context.response().headWritten() || context.response().ended()) {
            context.next();
            return;
        }
        int status = context.statusCode();
        boolean failed = status == -1 || status >= 500;
        // each walks the failure's causes once, the second only when the first found nothing
        String unreachable = failed ? Unavailable.unreachable(context.failure()) : null;
        SQLException duplicate = failed && unreachable == null ? DuplicateKeys.refusal(context.failure()) : null;
        if (status == 413) {
            write(context, new Problem("about:blank", "Content Too Large", 413,
                    "the request body is larger than the " + maxBodySize.asLongValue() + " bytes this service accepts",
                    context.normalizedPath(), List.of()));
        } else if (unreachable != null) {
            LOG.warnf("%s %s answered 503: %s cannot be reached (%s)", context.request().method(), context.normalizedPath(),
                    unreachable, context.failure());
            context.response().putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            write(context, new Problem("about:blank", "Service Unavailable", 503,
                    unreachable + " cannot be reached for now, so the request was not completed; try again in "
                            + RETRY_AFTER_SECONDS + " s (a change that took effect is refused then with 428 or 412, as its ETag moved)",
                    context.normalizedPath(), List.of()));
        } else if (duplicate != null) {
            LOG.warnf("%s %s answered 409: %s", context.request().method(), context.normalizedPath(),
                    duplicate.getMessage());
            write(context, new Problem("about:blank", "Conflict", 409, DuplicateKeys.detail(duplicate),
                    context.normalizedPath(), List.of()));
        } else if (failed) {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(context.failure(), "error %s: %s %s failed", errorId, context.request().method(), context.normalizedPath());
            write(context, new Problem("about:blank", "Internal Server Error", 500,
                    "the service failed to answer; quote error id " + errorId + " when reporting it", context.normalizedPath(), List.of()));
        } else {
            context.next();
        }
    }

    private void write(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
