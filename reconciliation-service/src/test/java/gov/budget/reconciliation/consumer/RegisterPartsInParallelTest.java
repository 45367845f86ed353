package gov.budget.reconciliation.consumer;

import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.finding.Finding;
import gov.budget.reconciliation.finding.FindingStatus;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two consumers, on two threads or two instances, each apply a part of what one department's budget
 * is judged on: one the register's second asset, the other the holdings table the register must add
 * up to. The asset is keyed by the year after its acquisition and the table by the budget's year, so
 * the two parts come on different partitions, and nothing orders their transactions but the
 * evaluation's own locks.
 */
@QuarkusTest
class RegisterPartsInParallelTest {

    private static final int HOLDINGS_YEAR = 2024;
    private static final int OTHER_YEAR = 2025;
    private static final String LOCKING_STATES = "SELECT id, % FROM budget_reconciliation WHERE (dept_code, fiscal_year) IN (%) FOR UPDATE";
    private static final String LOCKING_DEPARTMENTS = "INSERT INTO department_lock %";

    @Inject
    EventApplier applier;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "budget.topics.ledger")
    String ledgerTopic;

    @ConfigProperty(name = "budget.topics.asset")
    String assetTopic;

    private final String dept = "P" + Long.toString(System.nanoTime(), 36).toUpperCase();
    private long offset;

    @Test
    void theLastOfTwoParallelEvaluationsOfADepartmentSeesBothParts() throws Exception {
        // the register's first asset, and a budget of another year whose evaluation the test can hold up
        applier.apply(List.of(asset("ZC-0001"), ledgerLine(OTHER_YEAR, 1)));

        CompletableFuture<Void> registerPart;
        CompletableFuture<Void> holdingsPart;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            lockState(holder, OTHER_YEAR);
            // the register's second asset, in a batch that also evaluates the other year's budget: it waits on the test
            registerPart = CompletableFuture.runAsync(() -> applier.apply(List.of(asset("ZC-0002"), ledgerLine(OTHER_YEAR, 2))));
            await().atMost(Duration.ofSeconds(30)).until(() -> statementsRunning(LOCKING_STATES) >= 1);

            // the holdings table, which the two assets add up to, in a batch of its own
            holdingsPart = CompletableFuture.runAsync(() -> applier.apply(List.of(holdings())));
            // either it waits for the department, or it evaluated without the uncommitted second asset
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> holdingsPart.isDone() || statementsRunning(LOCKING_STATES, LOCKING_DEPARTMENTS) >= 2);
            holder.rollback();
        }
        registerPart.get(30, TimeUnit.SECONDS);
        holdingsPart.get(30, TimeUnit.SECONDS);

        assertTrue(QuarkusTransaction.requiringNew().call(() -> BudgetReconciliation.of(dept, HOLDINGS_YEAR)).isPresent(),
                "the budget with the holdings table was evaluated");
        List<String> openRegisterFindings = QuarkusTransaction.requiringNew().call(() -> Finding.ofBudget(dept, HOLDINGS_YEAR).stream()
                .filter(f -> "R26".equals(f.ruleId) && f.status == FindingStatus.OPEN && f.locationKey.contains("register"))
                .map(f -> f.locationKey + " " + f.expected + " ≠ " + f.actual).toList());
        assertEquals(List.of(), openRegisterFindings, "both assets add up to the holdings table");
    }

    private void lockState(Connection holder, int fiscalYear) throws Exception {
        try (PreparedStatement lock = holder.prepareStatement(
                "SELECT id FROM budget_reconciliation WHERE dept_code = ? AND fiscal_year = ? FOR UPDATE")) {
            lock.setString(1, dept);
            lock.setInt(2, fiscalYear);
            try (ResultSet row = lock.executeQuery()) {
                assertTrue(row.next(), "the other year's budget was evaluated once already");
            }
        }
    }

    /**
     * The service's statements now running that match one of {@code sqlPatterns}: the locks the two
     * batches wait in. The service's own connections are listed without the PROCESS privilege.
     */
    private long statementsRunning(String... sqlPatterns) throws Exception {
        String matches = String.join(" OR ", Collections.nCopies(sqlPatterns.length, "INFO LIKE ?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                     + "WHERE ID <> CONNECTION_ID() AND COMMAND = 'Query' AND (" + matches + ")")) {
            for (int i = 0; i < sqlPatterns.length; i++) {
                count.setString(i + 1, sqlPatterns[i]);
            }
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private ConsumerRecord<String, byte[]> ledgerLine(int fiscalYear, long version) {
        return record(ledgerTopic, dept + ":" + fiscalYear, LineEvents.line(dept, fiscalYear, 3, "2080106", version, "52.00", null, "52.00"));
    }

    /** A vehicle of 18.50 万元, keyed as the asset service keys it: the year after the acquisition. */
    private ConsumerRecord<String, byte[]> asset(String number) {
        return record(assetTopic, dept + ":" + AssetEvents.VEHICLE_YEAR, AssetEvents.vehicle(dept, number));
    }

    /** The holdings table of 2024: vehicles worth 37.00 万元, the two assets together. */
    private ConsumerRecord<String, byte[]> holdings() {
        LocalDate asOf = LocalDate.of(HOLDINGS_YEAR - 1, 12, 31);
        HoldingsPayload payload = new HoldingsPayload(asOf, null, List.of(
                new HoldingsPayload.Row("TOTAL", "资产总额", null, null, new BigDecimal("37.00"), null),
                new HoldingsPayload.Row("VEHICLES", "车辆", null, null, new BigDecimal("37.00"), null)));
        return record(assetTopic, dept + ":" + HOLDINGS_YEAR, new EventEnvelope(UUID.randomUUID(), HoldingsPayload.EVENT_TYPE,
                "asset-service", HoldingsPayload.AGGREGATE_TYPE, HoldingsPayload.aggregateId(dept, asOf), dept, HOLDINGS_YEAR, 1,
                Instant.now(), "test", EventCodec.toPayload(payload)));
    }

    private ConsumerRecord<String, byte[]> record(String topic, String key, EventEnvelope event) {
        return new ConsumerRecord<>(topic, 0, offset++, key, EventCodec.toJson(event).getBytes(StandardCharsets.UTF_8));
    }
}
