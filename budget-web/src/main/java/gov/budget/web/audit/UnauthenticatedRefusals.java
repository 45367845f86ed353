package gov.budget.web.audit;

import gov.budget.web.validation.PrintableText;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes refused to callers without a valid token. They are not audited: anyone could fill the
 * trail with rows and path text of their choosing. They are counted instead
 * ({@code budget.refused.unauthenticated}), and logged at most once a minute with how many there were.
 */
@ApplicationScoped
public class UnauthenticatedRefusals {

    private static final Logger LOG = Logger.getLogger(UnauthenticatedRefusals.class);
    static final Duration LOG_EVERY = Duration.ofMinutes(1);
    private static final int PATH_SHOWN = 200;

    @Inject
    MeterRegistry registry;

    private Counter counter;
    private final AtomicLong sinceLastLog = new AtomicLong();
    private final AtomicLong lastLoggedAt = new AtomicLong();

    @PostConstruct
    void register() {
        counter = Counter.builder("budget.refused.unauthenticated")
                .description("Writes refused to callers without a valid token; not audited")
                .register(registry);
    }

    void refused(String method, String path, int status) {
        counter.increment();
        long waiting = sinceLastLog.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLoggedAt.get();
        if ((last == 0 || now - last >= LOG_EVERY.toNanos()) && lastLoggedAt.compareAndSet(last, now)) {
            sinceLastLog.addAndGet(-waiting);
            LOG.warnf("%d write(s) refused without a valid token since the last such line; the latest: %s %s answered %d",
                    waiting, method, printable(path), status);
        }
    }

    /** The path as sent, cut short and with control characters shown as '?', so that a caller cannot forge log lines. */
    private static String printable(String path) {
        String shown = path.length() > PATH_SHOWN ? path.substring(0, PATH_SHOWN) + "…" : path;
        StringBuilder printable = new StringBuilder(shown.length());
        shown.chars().forEach(c -> printable.append(PrintableText.isText((char) c) && c != '\n' && c != '\r' ? (char) c : '?'));
        return printable.toString();
    }
}
