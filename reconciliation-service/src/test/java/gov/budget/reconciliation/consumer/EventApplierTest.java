package gov.budget.reconciliation.consumer;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.TransactionPart;
import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.reconciliation.FindingPayload;
import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.finding.Finding;
import gov.budget.reconciliation.finding.FindingChange;
import gov.budget.reconciliation.finding.FindingStatus;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.projection.RejectedEvent;
import gov.budget.reconciliation.source.ledger.BudgetProjection;
import gov.budget.reconciliation.source.ledger.LedgerLineProjection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.JsonAmounts.amount;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events sent straight to the broker, the way a misbehaving network would deliver them. */
@QuarkusTest
class EventApplierTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "budget.topics.ledger")
    String topic;

    @Inject
    BatchEvaluation evaluation;

    @ConfigProperty(name = "budget.topics.asset")
    String assetTopic;

    @ConfigProperty(name = "budget.topics.procurement")
    String procurementTopic;

    @ConfigProperty(name = "budget.reconciliation.group-id")
    String groupId;

    private KafkaProducer<String, String> producer;
    private final String dept = "E" + Long.toString(System.nanoTime(), 36).toUpperCase();

    @BeforeEach
    void openProducer() {
        producer = EventProducers.of(kafkaConfig);
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() throws Exception {
        EventEnvelope event = line("2080106", 1, "580.21", "528.21", "52.00");

        send(EventCodec.toJson(event));
        send(EventCodec.toJson(event));
        EventEnvelope marker = line("2080107", 1, "3.00", null, "3.00");
        awaitConsumed(send(EventCodec.toJson(marker)));

        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("eventsApplied", equalTo(2))
                // the rows agree with themselves; that the budget lacks its other tables is R28's business
                .body("findings.findAll { it.ruleId == 'R05' }.size()", equalTo(0));
        assertEquals(1L, projected(event).version);
    }

    @Test
    void aBudgetIsNotJudgedOnPartOfATransactionButOnceTheTransactionsLastEventArrived() throws Exception {
        // one transaction of the ledger's that breaks a row and then mends it, read in two polls
        sendTheFirstOfATwoEventTransaction();

        assertEquals(1L, waitingEvents(), "the budget waits in the queue");
        assertNotYetEvaluated();

        sendTheLastEventAndExpectTheBudgetEvaluated();
        List<Finding> everR05 = QuarkusTransaction.requiringNew().call(() -> Finding.ofBudget(dept, 2024).stream()
                .filter(f -> "R05".equals(f.ruleId)).toList());
        assertEquals(List.of(), everR05, "the half-changed row was never judged, so no finding opened and resolved");
    }

    @Test
    void aBudgetHeldForItsTransactionIsNotDrainedByAnInstanceThatDoesNotKnowIt() throws Exception {
        sendTheFirstOfATwoEventTransaction();
        assertEquals(1L, waitingEvents(), "the budget waits in the queue");

        // another instance's drain, or this one's after a restart: neither has the consumer's memory
        evaluation.evaluateWaiting(1_000);

        assertEquals(1L, waitingEvents(), "the budget still waits for the rest of its transaction");
        assertNotYetEvaluated();

        sendTheLastEventAndExpectTheBudgetEvaluated();
    }

    @Test
    void aBudgetMarkedHeldLongerAgoThanTheHoldIsDrainedByAnInstanceThatDoesNotKnowIt() throws Exception {
        sendTheFirstOfATwoEventTransaction();
        evaluation.evaluateWaiting(1_000);
        assertEquals(1L, waitingEvents(), "held, the budget is not drained");

        // the instance that marked it stopped before the hold was over, and no batch will queue it again
        QuarkusTransaction.requiringNew().run(() -> Finding.getEntityManager()
                .createNativeQuery("UPDATE pending_evaluation SET held_at = ?1 WHERE dept_code = ?2 AND fiscal_year = 2024")
                .setParameter(1, Timestamp.from(Instant.now().minus(Duration.ofMinutes(1)))).setParameter(2, dept)
                .executeUpdate());
        evaluation.evaluateWaiting(1_000);

        assertEquals(-1L, waitingEvents(), "past the hold, any drain takes the budget");
        // evaluated as it stands: the one event of its transaction that came
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept).then().statusCode(200).body("eventsApplied", equalTo(1));
    }

    @Test
    void aBudgetWaitingOnlyForItsDepartmentsRegisterIsDrainedOnceTheRegistersTransactionEnds() throws Exception {
        // the register's transaction, read in part, holds every budget of the department
        awaitConsumed(sendAssetPart("ZC-0001", 1, 2));
        awaitConsumed(sendPart(EventCodec.toJson(line("2080106", 1, "580.21", "528.21", "52.00")), 1, 1));
        assertEquals(1L, waitingEvents(), "the budget waits while its department's register changes");

        awaitConsumed(sendAssetPart("ZC-0002", 2, 2));

        // no holdings table: the register's last event counts in no budget, so the budget is drained
        // like any other waiting one, not kept for good
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingEvents() == -1L);
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("eventsApplied", equalTo(1));
    }

    @Test
    void aLateOlderVersionDoesNotUndoANewerOne() throws Exception {
        EventEnvelope newer = line("2080106", 2, "580.21", "528.21", "52.00");
        EventEnvelope older = line("2080106", 1, "999.99", "528.21", "52.00");

        // the older version comes late: after the newer one was applied, as a batch of its own
        awaitConsumed(send(EventCodec.toJson(newer)));
        awaitConsumed(send(EventCodec.toJson(older)));

        LedgerLineProjection line = projected(newer);
        assertEquals(2, line.version);
        assertEquals(new BigDecimal("580.21"), line.amounts.get("total"));
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("eventsApplied", equalTo(1))
                .body("findings.findAll { it.ruleId == 'R05' }.size()", equalTo(0));
    }

    @Test
    void aTablesLinesEventProjectsEachLineAsItsOwnEventWouldAndALateOlderLineChangesNothing() throws Exception {
        EventEnvelope newer = line("2080106", 2, "580.21", "528.21", "52.00");
        EventEnvelope older = line("2080106", 1, "999.99", "528.21", "52.00");
        EventEnvelope other = line("2080107", 1, "3.00", null, "3.00");
        // the older line comes late: after the newer one was applied, as a batch of its own
        awaitConsumed(send(EventCodec.toJson(newer)));
        awaitConsumed(send(EventCodec.toJson(LineEvents.lines(dept, 2024, 3, 1, List.of(older, other)))));

        assertEquals(2L, projected(newer).version);
        assertEquals(new BigDecimal("580.21"), projected(newer).amounts.get("total"));
        LedgerLineProjection line = projected(other);
        assertEquals(1L, line.version);
        assertEquals(Map.of("total", new BigDecimal("3.00"), "project", new BigDecimal("3.00")), line.amounts);
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("eventsApplied", equalTo(2))
                .body("findings.findAll { it.ruleId == 'R05' }.size()", equalTo(0));
    }

    @Test
    void anOlderVersionInTheSameBatchAsTheNewerOneIsStaleAndNotCountedAsApplied() throws Exception {
        EventEnvelope newer = line("2080106", 2, "580.21", "528.21", "52.00");
        EventEnvelope older = line("2080106", 1, "999.99", "528.21", "52.00");
        EventEnvelope other = line("2080107", 1, "3.00", null, "3.00");
        // one record, so one batch: the newer entry, then a late older one of the same line
        awaitConsumed(send(EventCodec.toJson(LineEvents.lines(dept, 2024, 3, 1, List.of(newer, older, other)))));

        assertEquals(2L, projected(newer).version);
        assertEquals(new BigDecimal("580.21"), projected(newer).amounts.get("total"));
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("eventsApplied", equalTo(2))
                .body("findings.findAll { it.ruleId == 'R05' }.size()", equalTo(0));
    }

    @Test
    void aGroupOfFirstVersionsWithOneStoredAlreadyAppliesEveryNewLineAndNotTheRepeat() throws Exception {
        EventEnvelope stored = line("2080106", 1, "580.21", "528.21", "52.00");
        awaitConsumed(send(EventCodec.toJson(stored)));
        // 33 new lines and the stored one again: two inserts (32 rows and 2), the repeat in the second
        List<EventEnvelope> group = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            group.add(line(Integer.toString(2090100 + i), 1, "1.00", null, "1.00"));
        }
        group.add(stored);
        awaitConsumed(send(EventCodec.toJson(LineEvents.lines(dept, 2024, 3, 1, group))));

        assertEquals(34L, QuarkusTransaction.requiringNew().call(() -> LedgerLineProjection.count("deptCode = ?1 and fiscalYear = 2024", dept)));
        assertEquals(new BigDecimal("1.00"), projected(group.get(0)).amounts.get("total"));
        assertEquals(new BigDecimal("580.21"), projected(stored).amounts.get("total"));
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("eventsApplied", equalTo(34));
    }

    @Test
    void aNewerHeaderReplacesTheNarrativeAndALateOlderOneChangesNothing() throws Exception {
        EventEnvelope first = header(1, "测试单位", figure("expenditure", "580.21"), figure("income", "580.21"));
        EventEnvelope second = header(3, "测试单位（更名）", figure("expenditure", "600.00"));
        EventEnvelope late = header(2, "旧名", figure("expenditure", "1.00"), figure("income", "1.00"), figure("other", "1.00"));

        awaitConsumed(send(EventCodec.toJson(first)));
        assertEquals(List.of("1|expenditure|580.21", "2|income|580.21"), projectedNarrative());
        send(EventCodec.toJson(second));
        awaitConsumed(send(EventCodec.toJson(late)));

        assertEquals(List.of("1|expenditure|600.00"), projectedNarrative(), "the figures of version 3 alone");
        QuarkusTransaction.requiringNew().run(() -> {
            BudgetProjection budget = BudgetProjection.of(dept, 2024).orElseThrow();
            assertEquals(3L, budget.version);
            assertEquals("测试单位（更名）", budget.deptName);
        });
    }

    @Test
    void anUnreadableRecordIsSetAsideAndTheEventsAfterItStillApply() throws Exception {
        // a broker started afresh reuses offsets an earlier run's rows in the shared database may carry
        Instant sentFrom = Instant.now().minusSeconds(1);
        RecordMetadata notAnEvent = send("{ this is not an event");
        RecordMetadata noRowKind = send(EventCodec.toJson(line("2080106", 1, "1.00", null, "1.00")).replace("\"rowKind\":\"FUNCTIONAL\",", ""));
        // the projection is keyed by the budget and the line's id, which must name that same budget
        EventEnvelope misnamed = line("2080106", 1, "9.99", "9.99", "0.00");
        RecordMetadata otherBudgetsId = send(EventCodec.toJson(new EventEnvelope(misnamed.eventId(), misnamed.eventType(),
                misnamed.source(), misnamed.aggregateType(), LedgerLinePayload.aggregateId(dept + "X", 2024, 3, "2080106"),
                misnamed.deptCode(), misnamed.fiscalYear(), misnamed.version(), misnamed.occurredAt(), misnamed.actor(),
                misnamed.payload())));
        EventEnvelope after = line("2080106", 1, "580.22", "528.21", "52.00");
        awaitConsumed(send(EventCodec.toJson(after)));

        // the three records are set aside, by their place on the topic
        assertEquals(3L, (long) QuarkusTransaction.requiringNew().call(() -> RejectedEvent.count(
                "topic = ?1 and partition = ?2 and offset in ?3 and receivedAt >= ?4", topic, notAnEvent.partition(),
                List.of(notAnEvent.offset(), noRowKind.offset(), otherBudgetsId.offset()), sentFrom)));
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("findings.findAll { it.ruleId == 'R05' }.size()", equalTo(1))
                .body("findings.find { it.ruleId == 'R05' }.severity", equalTo("ERROR"))
                .body("findings.find { it.ruleId == 'R05' }.expected", amount("580.21"))
                .body("findings.find { it.ruleId == 'R05' }.actual", amount("580.22"));
    }

    @Test
    void anAssetCountsInTheBudgetsWithAHoldingsTableAndMakesUpNoBudgetOfItsOwnYear() throws Exception {
        // an asset bought in 2016 is keyed by 2017, a year this department filed nothing for
        EventEnvelope asset = AssetEvents.vehicle(dept, "ZC-0001");
        awaitConsumed(producer.send(new ProducerRecord<>(assetTopic, dept, EventCodec.toJson(asset))).get());

        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> RecordProjection.count(
                "aggregateType = ?1 and aggregateId = ?2 and version = 1", AssetPayload.AGGREGATE_TYPE, asset.aggregateId())));
        asFinanceAdmin().when().get("/reconciliations/{dept}/2017", dept)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anImportsEventProjectsEachEntryAsItsOwnEventWouldAndAnEntryNotNewerThanTheProjectedOneChangesNothing() throws Exception {
        EventEnvelope changedAlone = AssetEvents.vehicle(dept, "ZC-0001", 2, "20.00");
        EventEnvelope second = AssetEvents.vehicle(dept, "ZC-0002", 1, "18.50");
        // the import carries ZC-0001 at a version older than the one that arrived on its own before it
        EventEnvelope imported = AssetEvents.imported(dept, List.of(AssetEvents.vehicle(dept, "ZC-0001", 1, "18.50"), second));
        sendAsset(changedAlone);
        awaitConsumed(sendAsset(imported));

        assertEquals(Map.of(changedAlone.aggregateId(), 2L, second.aggregateId(), 1L), projectedVersions());
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(changedAlone.payload().toString(), RecordProjection.<RecordProjection>find("aggregateType = ?1 and aggregateId = ?2",
                    AssetPayload.AGGREGATE_TYPE, changedAlone.aggregateId()).firstResult().payload, "the newer entry kept");
            RecordProjection stored = RecordProjection.find("aggregateType = ?1 and aggregateId = ?2", AssetPayload.AGGREGATE_TYPE,
                    second.aggregateId()).firstResult();
            assertEquals(second.payload().toString(), stored.payload, "stored as its own AssetChanged event would be");
        });

        // delivered again, and a newer import of ZC-0002 whose other entry is broken: the whole event is set aside
        Instant sentFrom = Instant.now().minusSeconds(1);
        sendAsset(imported);
        EventEnvelope broken = AssetEvents.imported(dept, List.of(AssetEvents.vehicle(dept, "ZC-0002", 2, "30.00"), second));
        RecordMetadata brokenSent = sendAsset(new EventEnvelope(broken.eventId(), broken.eventType(), broken.source(),
                broken.aggregateType(), broken.aggregateId(), broken.deptCode(), broken.fiscalYear(), broken.version(),
                broken.occurredAt(), broken.actor(), EventCodec.mapper().readTree(broken.payload().toString()
                        .replace("\"version\":1", "\"version\":0"))));
        awaitConsumed(sendAsset(AssetEvents.vehicle(dept, "ZC-0003")));

        assertEquals(Map.of(changedAlone.aggregateId(), 2L, second.aggregateId(), 1L, dept + ":ZC-0003", 1L), projectedVersions());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> RejectedEvent.count(
                "topic = ?1 and partition = ?2 and offset = ?3 and receivedAt >= ?4", assetTopic, brokenSent.partition(),
                brokenSent.offset(), sentFrom)));
    }

    @Test
    void anImportsProcurementLinesEventProjectsEachLineAsItsOwnEventWouldAndALateOlderLineChangesNothing() throws Exception {
        EventEnvelope changedAlone = ProcurementEvents.line(dept, 1, 2, "3.00", false);
        EventEnvelope second = ProcurementEvents.line(dept, 2, 1, "4.50", false);
        EventEnvelope removed = ProcurementEvents.line(dept, 3, 2, "1.00", true);
        // the import carries line 1 at a version older than the one that arrived on its own before it
        EventEnvelope imported = ProcurementEvents.imported(dept, 5,
                List.of(ProcurementEvents.line(dept, 1, 1, "2.00", false), second, removed));
        sendProcurement(changedAlone);
        awaitConsumed(sendProcurement(imported));

        QuarkusTransaction.requiringNew().run(() -> {
            Map<String, Long> versions = new TreeMap<>();
            Map<String, String> payloads = new TreeMap<>();
            Map<String, Boolean> deleted = new TreeMap<>();
            RecordProjection.<RecordProjection>list("aggregateType = ?1 and deptCode = ?2", ProcurementLinePayload.AGGREGATE_TYPE, dept)
                    .forEach(r -> {
                        versions.put(r.aggregateId, r.version);
                        payloads.put(r.aggregateId, r.payload);
                        deleted.put(r.aggregateId, r.deleted);
                    });
            assertEquals(Map.of(changedAlone.aggregateId(), 2L, second.aggregateId(), 1L, removed.aggregateId(), 2L), versions);
            // each line is stored as its own ProcurementLineChanged event would store it
            assertEquals(Map.of(changedAlone.aggregateId(), changedAlone.payload().toString(),
                    second.aggregateId(), second.payload().toString(), removed.aggregateId(), removed.payload().toString()), payloads);
            assertEquals(Map.of(changedAlone.aggregateId(), false, second.aggregateId(), false, removed.aggregateId(), true), deleted);
        });
    }

    /** Sends a procurement event keyed as the procurement service keys it: the budget. */
    private RecordMetadata sendProcurement(EventEnvelope event) throws Exception {
        return producer.send(new ProducerRecord<>(procurementTopic, dept + ":2024", EventCodec.toJson(event))).get();
    }

    /** Sends a register event keyed as the asset service keys it: the department and the year after the acquisition. */
    private RecordMetadata sendAsset(EventEnvelope event) throws Exception {
        return producer.send(new ProducerRecord<>(assetTopic, dept + ":" + AssetEvents.VEHICLE_YEAR, EventCodec.toJson(event))).get();
    }

    /** The projected version of each of the department's assets, by aggregate id. */
    private Map<String, Long> projectedVersions() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> versions = new TreeMap<>();
            RecordProjection.<RecordProjection>list("aggregateType = ?1 and deptCode = ?2", AssetPayload.AGGREGATE_TYPE, dept)
                    .forEach(r -> versions.put(r.aggregateId, r.version));
            return versions;
        });
    }

    @Test
    void aBudgetWhoseEvaluationFailsIsSetAsideAndTheRestOfItsPartitionGoesOn() throws Exception {
        String lineId = LedgerLinePayload.aggregateId(dept, 2024, 3, "2080106");
        awaitConsumed(send(EventCodec.toJson(line("2080106", 1, "580.21", "528.21", "52.00"))));
        // a stored line that cannot be read, met when the budget's facts are next read from the projection
        storeAmounts(lineId, "total=not-a-number");
        String other = dept + "B";
        send(EventCodec.toJson(line("2080107", 1, "3.00", null, "3.00")));
        awaitConsumed(send(EventCodec.toJson(lineOf(other, "2080106", 1, "580.21", "528.21", "52.00"))));

        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("status", equalTo("EVALUATION_FAILED"))
                .body("evaluationError", containsString("NumberFormatException"))
                .body("retryAt", notNullValue())
                .body("eventsApplied", equalTo(2));
        // the budget after it, on the same partition, was applied and evaluated
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", other)
                .then().statusCode(200)
                .body("status", not(equalTo("EVALUATION_FAILED")))
                .body("eventsApplied", equalTo(1));
        String metrics = asFinanceAdmin().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("budget_evaluation_failures_total"), "the failure is counted");

        // once the line is repaired, the retry evaluates the budget again
        storeAmounts(lineId, "basic=528.21;project=52.00;total=580.21");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("status", not(equalTo("EVALUATION_FAILED")))
                .body("evaluationError", nullValue())
                .body("retryAt", nullValue()));
    }

    @Test
    void findingsOfManyBudgetsInOneBatchEachGetTheirOwnHistoryAndEventVersion() throws Exception {
        // sent in one burst on one partition, so that one batch, or few, opens the findings of all three
        List<String> departments = List.of(dept + "X", dept + "Y", dept + "Z");
        RecordMetadata last = null;
        for (int i = 0; i < departments.size(); i++) {
            last = send(EventCodec.toJson(lineOf(departments.get(i), "2080106", 1, (581 + i) + ".21", "528.21", "52.00")));
        }
        awaitConsumed(last);

        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < departments.size(); i++) {
                Finding finding = Finding.openOfBudget(departments.get(i), 2024).stream()
                        .filter(f -> f.ruleId.equals("R05")).findFirst().orElseThrow();
                assertEquals(0, new BigDecimal((581 + i) + ".21").compareTo(finding.actual), "the budget's own numbers");
                List<FindingChange> history = FindingChange.of(finding);
                assertEquals(1, history.size());
                assertEquals(FindingChange.Kind.OPENED, history.get(0).kind);
                assertEquals(0, finding.actual.compareTo(history.get(0).actual), "the step belongs to this budget's finding");
                // the published event's version is the step's id
                Object version = FindingChange.getEntityManager()
                        .createNativeQuery("SELECT aggregate_version FROM outbox_event WHERE aggregate_id = ?1")
                        .setParameter(1, FindingPayload.aggregateId(finding.deptCode, 2024, "R05", finding.locationKey))
                        .getSingleResult();
                assertEquals(history.get(0).id.longValue(), ((Number) version).longValue());
            }
        });
    }

    @Test
    void aFindingKeepsItsIdThroughEveryStepAndASightingMovesOnlyItsLastSeen() throws Exception {
        awaitConsumed(send(EventCodec.toJson(line("2080106", 1, "581.21", "528.21", "52.00"))));
        Finding opened = r05();
        assertEquals(FindingStatus.OPEN, opened.status);

        // the same numbers again, as a newer version: seen again, nothing else changes; sent in a later
        // second, as the server may keep whole seconds only
        await().atMost(Duration.ofSeconds(2)).until(() -> Instant.now().getEpochSecond() > opened.lastSeenAt.getEpochSecond());
        awaitConsumed(send(EventCodec.toJson(line("2080106", 2, "581.21", "528.21", "52.00"))));
        Finding seen = r05();
        assertEquals(opened.id, seen.id);
        assertEquals(opened.firstSeenAt, seen.firstSeenAt);
        assertTrue(seen.lastSeenAt.isAfter(opened.lastSeenAt), seen.lastSeenAt + " after " + opened.lastSeenAt);
        assertEquals(0, opened.actual.compareTo(seen.actual));
        assertEquals(List.of(FindingChange.Kind.OPENED), historyOf(seen));

        awaitConsumed(send(EventCodec.toJson(line("2080106", 3, "582.21", "528.21", "52.00"))));
        Finding changed = r05();
        assertEquals(opened.id, changed.id);
        assertEquals(0, new BigDecimal("582.21").compareTo(changed.actual), "the new numbers, on the same finding");

        awaitConsumed(send(EventCodec.toJson(line("2080106", 4, "580.21", "528.21", "52.00"))));
        Finding resolved = r05();
        assertEquals(FindingStatus.RESOLVED, resolved.status);
        assertNotNull(resolved.resolvedAt);

        awaitConsumed(send(EventCodec.toJson(line("2080106", 5, "581.21", "528.21", "52.00"))));
        Finding reopened = r05();
        assertEquals(opened.id, reopened.id);
        assertEquals(FindingStatus.OPEN, reopened.status);
        assertNull(reopened.resolvedAt);
        assertEquals(0, new BigDecimal("581.21").compareTo(reopened.actual));
        assertEquals(opened.firstSeenAt, reopened.firstSeenAt);
        assertEquals(List.of(FindingChange.Kind.OPENED, FindingChange.Kind.CHANGED, FindingChange.Kind.RESOLVED,
                FindingChange.Kind.REOPENED), historyOf(reopened));
        // one state for the budget, written back at every evaluation
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("eventsApplied", equalTo(5))
                .body("status", equalTo("ERRORS"));
    }

    /** The budget's one R05 finding as stored now, whatever its status. */
    private Finding r05() {
        List<Finding> r05 = QuarkusTransaction.requiringNew().call(() -> Finding.ofBudget(dept, 2024).stream()
                .filter(f -> "R05".equals(f.ruleId)).toList());
        assertEquals(1, r05.size(), r05.toString());
        return r05.get(0);
    }

    private static List<FindingChange.Kind> historyOf(Finding finding) {
        return QuarkusTransaction.requiringNew().call(() -> FindingChange.of(finding).stream().map(c -> c.kind).toList());
    }

    @Test
    void aBudgetThatNoRuleSetCoversIsReportedAsSuchNeverAsConsistent() throws Exception {
        // the Hebei rule set starts with 2024: a 2023 budget under its template has none, even with a broken row
        EventEnvelope line = lineOf(dept, 2023, "2080106", 1, "581.21", "528.21", "52.00");
        awaitConsumed(producer.send(new ProducerRecord<>(topic, dept + ":2023", EventCodec.toJson(line))).get());

        asFinanceAdmin().when().get("/reconciliations/{dept}/2023", dept)
                .then().statusCode(200)
                .body("status", equalTo("NO_RULES"))
                .body("ruleSet", nullValue())
                .body("checks", equalTo(0))
                .body("findings.size()", equalTo(0));
    }

    /** Writes a line's stored amounts behind the consumer's back, as a repair would, and marks the budget's facts changed. */
    private void storeAmounts(String aggregateId, String amountsText) {
        QuarkusTransaction.requiringNew().run(() -> {
            LedgerLineProjection.getEntityManager()
                    .createNativeQuery("UPDATE ledger_line_projection SET amounts = ?1 WHERE aggregate_id = ?2")
                    .setParameter(1, amountsText)
                    .setParameter(2, aggregateId)
                    .executeUpdate();
            BudgetReconciliation.bumpFacts(dept, 2024);
        });
    }

    private EventEnvelope line(String code, long version, String total, String basic, String project) {
        return lineOf(dept, code, version, total, basic, project);
    }

    private static EventEnvelope lineOf(String dept, String code, long version, String total, String basic, String project) {
        return lineOf(dept, 2024, code, version, total, basic, project);
    }

    private static EventEnvelope lineOf(String dept, int year, String code, long version, String total, String basic, String project) {
        return LineEvents.line(dept, year, 3, code, version, total, basic, project);
    }

    /** Sends with the budget's key, so every record of this test lands on one partition, in order. */
    private RecordMetadata send(String value) throws Exception {
        return producer.send(new ProducerRecord<>(topic, dept + ":2024", value)).get();
    }

    /** Half of one transaction of the ledger's: a row broken by its first event and mended by its second. */
    private void sendTheFirstOfATwoEventTransaction() throws Exception {
        awaitConsumed(sendPart(EventCodec.toJson(line("2080106", 1, "581.21", "528.21", "52.00")), 1, 2));
    }

    private void assertNotYetEvaluated() {
        assertTrue(QuarkusTransaction.requiringNew().call(() -> BudgetReconciliation.of(dept, 2024)).isEmpty(),
                "not evaluated on half the transaction");
    }

    private void sendTheLastEventAndExpectTheBudgetEvaluated() throws Exception {
        awaitConsumed(sendPart(EventCodec.toJson(line("2080106", 2, "580.21", "528.21", "52.00")), 2, 2));

        assertEquals(-1L, waitingEvents(), "taken off the queue by the batch that completed the transaction");
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("eventsApplied", equalTo(2));
    }

    /** An asset of the department's register, sent as part {@code position} of {@code size} of one transaction. */
    private RecordMetadata sendAssetPart(String number, int position, int size) throws Exception {
        EventEnvelope asset = AssetEvents.vehicle(dept, number);
        // keyed as the asset service keys it: the department and the year after the acquisition
        ProducerRecord<String, String> record = new ProducerRecord<>(assetTopic, dept + ":" + AssetEvents.VEHICLE_YEAR, EventCodec.toJson(asset));
        record.headers().add(TransactionPart.POSITION, Integer.toString(position).getBytes(StandardCharsets.US_ASCII));
        record.headers().add(TransactionPart.SIZE, Integer.toString(size).getBytes(StandardCharsets.US_ASCII));
        return producer.send(record).get();
    }

    /** Sends as the outbox relay does: the record's place among its transaction's events of the budget as headers. */
    private RecordMetadata sendPart(String value, int position, int size) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, dept + ":2024", value);
        record.headers().add(TransactionPart.POSITION, Integer.toString(position).getBytes(StandardCharsets.US_ASCII));
        record.headers().add(TransactionPart.SIZE, Integer.toString(size).getBytes(StandardCharsets.US_ASCII));
        return producer.send(record).get();
    }

    /** The events the budget's queue entry counts, or -1 when it does not wait. */
    private long waitingEvents() {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> Finding.getEntityManager()
                .createNativeQuery("SELECT events FROM pending_evaluation WHERE dept_code = ?1 AND fiscal_year = 2024")
                .setParameter(1, dept).getResultList());
        return rows.isEmpty() ? -1 : ((Number) rows.get(0)).longValue();
    }

    /** Waits until the consumer committed the record's offset, which it does only after the batch's transaction committed. */
    private void awaitConsumed(RecordMetadata sent) {
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        try (Admin admin = Admin.create(kafkaConfig)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > sent.offset();
            });
        }
    }

    /** A header of the budget at {@code version}, with its narrative's figures. */
    private EventEnvelope header(long version, String deptName, NarrativeFigure... narrative) {
        BudgetPayload payload = new BudgetPayload("hebei-2024", deptName, List.of(narrative));
        return new EventEnvelope(UUID.randomUUID(), BudgetPayload.EVENT_TYPE, "budget-ledger-service", BudgetPayload.AGGREGATE_TYPE,
                BudgetPayload.aggregateId(dept, 2024), dept, 2024, version, Instant.now(), "test", EventCodec.toPayload(payload));
    }

    private static NarrativeFigure figure(String code, String amount) {
        return new NarrativeFigure(code, code + "（万元）", new BigDecimal(amount), "万元", null);
    }

    /** The budget's projected narrative as position|code|amount, in order. */
    private List<String> projectedNarrative() {
        return QuarkusTransaction.requiringNew().call(() -> BudgetProjection.of(dept, 2024).orElseThrow().narrative.stream()
                .map(f -> f.position + "|" + f.code + "|" + f.amount.toPlainString())
                .toList());
    }

    private static LedgerLineProjection projected(EventEnvelope event) {
        return QuarkusTransaction.requiringNew().call(() ->
                LedgerLineProjection.byAggregate(event.deptCode(), event.fiscalYear(), event.aggregateId()).orElseThrow());
    }
}
