package gov.budget.ledger.fault;

import gov.budget.ledger.LedgerFixtures;
import gov.budget.web.testing.DatabaseOutage;
import gov.budget.web.testing.TcpOutage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The database goes away for 20 s while clients import whole budgets. Every request is answered
 * either 2xx, and then what it wrote is there, or 503 with Retry-After, and then nothing of it is
 * half-written; and the service serves again once the database is back, without a restart.
 * The outage is a forwarder cut between the service and MariaDB, not a stop of the server, which
 * other work on the machine may share. Skipped with {@code -Dsuite.fault-tests=false}.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.BehindForwarder.class)
@Tag("fault")
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int CLIENTS = 4;
    /** Tables of the sample budget: a committed import holds all of them. */
    private static final int SAMPLE_TABLES = 9;

    public static class BehindForwarder implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseOutage.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // a request waits at most this long for a connection before it is answered 503
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "PT3S");
        }
    }

    /** Injected by {@link DatabaseOutage}. */
    TcpOutage database;

    /** One answered request: which department's budget, and how. */
    private record Outcome(String dept, String step, int status, String retryAfter, String contentType, String etag) {
    }

    @Test
    void importsDuringA20SecondOutageAreCommittedOrRefusedWith503AndTheServiceRecovers() throws Exception {
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean importing = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (importing.get()) {
                    importOne(outcomes);
                }
            });
        }
        // imports commit before the outage, the clients meet it for its 20 s, and imports commit after it
        await().atMost(PATIENCE).until(() -> committedImports(outcomes) >= CLIENTS);
        database.cut();
        await().pollDelay(OUTAGE).atMost(OUTAGE.plus(PATIENCE)).until(() -> count(outcomes, 503) > 0);
        long committedBefore = committedImports(outcomes);
        database.restore();
        await().atMost(PATIENCE).until(() -> committedImports(outcomes) > committedBefore);
        importing.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES), "the clients finished");

        // served again without a restart
        await().atMost(Duration.ofSeconds(60)).until(() -> asFinanceAdmin().get("/departments").statusCode() == 200);

        assertTrue(count(outcomes, 503) > 0, "the outage was met: " + outcomes.size() + " requests");
        for (Outcome outcome : outcomes) {
            if (outcome.status() / 100 == 2) {
                if (outcome.step().equals("budget")) {
                    Response stored = asFinanceAdmin().get("/budgets/{dept}/2024", outcome.dept());
                    assertEquals(200, stored.statusCode(), "answered 2xx, so stored: " + outcome);
                    assertEquals(outcome.etag(), stored.header("ETag"), "stored as answered: " + outcome);
                    assertEquals(SAMPLE_TABLES, tablesOf(outcome.dept()), "stored whole: " + outcome);
                }
            } else if (outcome.status() == 503) {
                assertNotNull(outcome.retryAfter(), "a 503 says when to try again: " + outcome);
                assertTrue(outcome.contentType().startsWith("application/problem+json"), outcome.toString());
                if (outcome.step().equals("budget")) {
                    int tables = tablesOf(outcome.dept());
                    assertTrue(tables == 0 || tables == SAMPLE_TABLES, "never half-written: " + outcome + " left " + tables + " tables");
                }
            } else {
                fail("answered neither 2xx nor 503: " + outcome);
            }
        }
    }

    private static void importOne(List<Outcome> outcomes) {
        String dept = LedgerFixtures.freshDeptCode();
        Response created = asFinanceAdmin().contentType(ContentType.JSON).body(LedgerFixtures.departmentJson(dept)).post("/departments");
        outcomes.add(outcome(dept, "department", created));
        if (created.statusCode() == 503) {
            awaitRetryAfter(created);
        }
        if (created.statusCode() != 201) {
            return;
        }
        Response imported = asFinanceAdmin().contentType(ContentType.JSON).body(LedgerFixtures.budgetJson(dept))
                .put("/budgets/{dept}/2024", dept);
        outcomes.add(outcome(dept, "budget", imported));
        if (imported.statusCode() == 503) {
            awaitRetryAfter(imported);
        }
    }

    private static Outcome outcome(String dept, String step, Response response) {
        return new Outcome(dept, step, response.statusCode(), response.header("Retry-After"), String.valueOf(response.contentType()),
                response.header("ETag"));
    }

    /** The tables a department's 2024 budget holds now; 0 when it has none. */
    private static int tablesOf(String dept) {
        Response summary = asFinanceAdmin().get("/budgets/{dept}/2024/summary", dept);
        return summary.statusCode() == 404 ? 0 : summary.then().statusCode(200).extract().jsonPath().getList("tables").size();
    }

    /**
     * A refused client waits, as Retry-After asks, until the service serves a read again or the
     * time it names has passed, instead of spinning through the outage.
     */
    private static void awaitRetryAfter(Response refused) {
        String retryAfter = refused.header("Retry-After");
        Duration wait = Duration.ofSeconds(retryAfter == null ? 1 : Long.parseLong(retryAfter));
        try {
            await().atMost(wait).pollInterval(Duration.ofMillis(250))
                    .until(() -> asFinanceAdmin().get("/departments").statusCode() == 200);
        } catch (ConditionTimeoutException e) {
            // still unreachable: the client sends its next import all the same
        }
    }

    private static long committedImports(List<Outcome> outcomes) {
        synchronized (outcomes) {
            return outcomes.stream().filter(o -> o.step().equals("budget") && o.status() / 100 == 2).count();
        }
    }

    private static long count(List<Outcome> outcomes, int status) {
        synchronized (outcomes) {
            return outcomes.stream().filter(o -> o.status() == status).count();
        }
    }
}
