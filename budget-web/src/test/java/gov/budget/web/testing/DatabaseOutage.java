package gov.budget.web.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Puts a {@link TcpOutage} between the service under test and its database: the service's
 * {@code BUDGET_DB_PORT} becomes the forwarder's, and the test gets the forwarder in its
 * {@code TcpOutage} field, to cut the database away and bring it back while requests run.
 */
public class DatabaseOutage implements QuarkusTestResourceLifecycleManager {

    private TcpOutage outage;

    @Override
    public Map<String, String> start() {
        String host = System.getenv().getOrDefault("BUDGET_DB_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("BUDGET_DB_PORT", "3306"));
        try {
            outage = new TcpOutage(host, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("BUDGET_DB_PORT", String.valueOf(outage.port()));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(outage, new TestInjector.MatchesType(TcpOutage.class));
    }

    @Override
    public void stop() {
        if (outage != null) {
            outage.close();
        }
    }
}
