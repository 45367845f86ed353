package gov.budget.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads generated budgets through the services' bulk APIs, never into their databases. Like a system
 * loading in bulk, it prefers {@code return=minimal}: it needs a write's ETag, not the record echoed back.
 */
final class Loader {

    private final PlatformApi api;

    /** The answers a replacing PUT accepts: 204, and 428 when loading again what is there already. */
    private final int[] putAnswers;

    Loader(PlatformApi api) {
        this(api, 204);
    }

    private Loader(PlatformApi api, int... putAnswers) {
        this.api = api;
        this.putAnswers = putAnswers;
    }

    /**
     * A loader for budgets that an interrupted load may have written in part. Each PUT is atomic, so a
     * budget, plan, table or register that is there is whole, and the service's 428 (it exists: send
     * its ETag) means it is loaded. The generator is deterministic, so it holds the same figures.
     */
    Loader resuming() {
        return new Loader(api, 204, 428);
    }

    /** Creates the departments; they are the ledger's registry, which the other services check against. */
    void departments(List<GeneratedBudget> budgets, int clients) {
        parallel(budgets, clients, budget -> api.send("POST", api.ledger + "/departments", budget.department(), null, 201, 409));
    }

    /** The whole ledger of each budget, one bulk import each; returns the lines stored. */
    long ledgers(List<GeneratedBudget> budgets, int clients) {
        AtomicLong lines = new AtomicLong();
        parallel(budgets, clients, budget -> {
            api.send("PUT", api.ledger + "/budgets/" + budget.deptCode() + "/" + budget.fiscalYear(), budget.ledger(), null,
                    PlatformApi.RETURN_MINIMAL, putAnswers);
            lines.addAndGet(budget.ledgerLines());
        });
        return lines.get();
    }

    /**
     * The performance plan, procurement table, register and holdings table of each budget, a budget's
     * four after one another, as every table's load sent them. Loaded one service's part
     * after another over a chunk of 250 budgets (more than reconciliation's models hold: 60,000 rows,
     * some 236 seed budgets), reconciliation read each budget's model back from its projections once
     * per part, a third of its CPU in that load. {@code requestTimes} sums each part's request time
     * over the clients ({@link LoadSteps#shares}), so that the step still names the service it waited for.
     */
    void otherServices(List<GeneratedBudget> budgets, int clients, LoadSteps requestTimes) {
        parallel(budgets, clients, budget -> {
            requestTimes.time("performance plans", () -> api.send("PUT", api.performance + "/performance/" + key(budget),
                    budget.performance(), null, PlatformApi.RETURN_MINIMAL, putAnswers));
            requestTimes.time("procurement tables", () -> api.send("PUT", api.procurement + "/procurement/" + key(budget),
                    budget.procurement(), null, PlatformApi.RETURN_MINIMAL, putAnswers));
            // the register's import answers with a count of changed entries, never the register
            requestTimes.time("asset registers", () -> api.send("PUT", api.asset + "/assets/" + budget.deptCode() + "/register",
                    budget.register(), null, 200));
            requestTimes.time("holdings tables", () -> api.send("PUT", api.asset + "/assets/" + budget.deptCode() + "/holdings/"
                    + budget.asOf(), budget.holdings(), null, PlatformApi.RETURN_MINIMAL, putAnswers));
        });
    }

    private static String key(GeneratedBudget budget) {
        return budget.deptCode() + "/" + budget.fiscalYear();
    }

    static void parallel(List<GeneratedBudget> budgets, int clients, ThrowingConsumer task) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = budgets.stream().map(b -> pool.submit(() -> {
                task.accept(b);
                return null;
            })).<Future<?>>map(f -> f).toList();
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("loading failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A step of loading one budget. */
    interface ThrowingConsumer {
        void accept(GeneratedBudget budget) throws Exception;
    }
}
