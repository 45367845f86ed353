package gov.budget.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Loads generated budgets through the services' bulk APIs, never into their databases. */
final class Loader {

    private final PlatformApi api;

    Loader(PlatformApi api) {
        this.api = api;
    }

    /** Creates the departments; they are the ledger's registry, which the other services check against. */
    void departments(List<GeneratedBudget> budgets, int clients) {
        parallel(budgets, clients, budget -> api.send("POST", api.ledger + "/departments", budget.department(), null, 201, 409));
    }

    /** The whole ledger of each budget, one bulk import each; returns the lines stored. */
    long ledgers(List<GeneratedBudget> budgets, int clients) {
        AtomicLong lines = new AtomicLong();
        parallel(budgets, clients, budget -> {
            api.send("PUT", api.ledger + "/budgets/" + budget.deptCode() + "/" + budget.fiscalYear(), budget.ledger(), null, 200);
            lines.addAndGet(budget.ledgerLines());
        });
        return lines.get();
    }

    /** The performance plan, procurement table, holdings table and register of each budget. */
    void otherServices(List<GeneratedBudget> budgets, int clients) {
        parallel(budgets, clients, budget -> {
            String key = budget.deptCode() + "/" + budget.fiscalYear();
            api.send("PUT", api.performance + "/performance/" + key, budget.performance(), null, 200);
            api.send("PUT", api.procurement + "/procurement/" + key, budget.procurement(), null, 200);
            api.send("PUT", api.asset + "/assets/" + budget.deptCode() + "/register", budget.register(), null, 200);
            api.send("PUT", api.asset + "/assets/" + budget.deptCode() + "/holdings/" + budget.asOf(), budget.holdings(), null, 200);
        });
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
