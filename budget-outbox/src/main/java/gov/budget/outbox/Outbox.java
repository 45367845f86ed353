package gov.budget.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.outbox.jdbc.RowsAtCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Writes events into the outbox table inside the caller's transaction, so that an event exists
 * exactly when the change it describes was committed. A transaction's events are written together,
 * in multi-row inserts as it commits, in the order they were appended: a bulk import appends
 * hundreds, and one insert each was a fifth of the ledger's import time. Each row carries its place
 * among the rows its transaction wrote for the same key (the relay's {@code TransactionPart} headers),
 * and each row's id goes to {@code outbox_pending} with it, where the relay finds what it has to send.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_event (event_id, topic, message_key, aggregate_type, aggregate_id, "
            + "aggregate_version, envelope, created_at, attempts, tx_position, tx_size)";
    /** Where in a row the message key stands, and its last two places: the transaction part. */
    private static final int KEY = 2;
    private static final int COLUMNS = 11;
    /** The ids of the insert just run, its row count the parameter (MultiRowSql.insertThen). */
    private static final String PENDING_OF_LAST_INSERT = "INSERT INTO outbox_pending (id) SELECT id FROM outbox_event "
            + "WHERE id >= LAST_INSERT_ID() AND id < LAST_INSERT_ID() + ? * @@auto_increment_increment";

    /**
     * The most changes one group event carries: some 100 KB of a seed budget's lines or a register's
     * entries, well under Kafka's default limit of 1 MB a message with the longest texts allowed.
     */
    public static final int MAX_GROUP_CHANGES = 200;

    private final RowsAtCommit<Object[]> rows = new RowsAtCommit<>("outbox_event", Outbox::write);

    @Inject
    Event<OutboxAppended> appended;

    @Inject
    Event<OutboxTransactionAppended> transactionAppended;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Must run inside the transaction of the change; refuses to run without one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, EventEnvelope envelope) {
        appendRow(topic, envelope);
        appended.fire(new OutboxAppended(topic, envelope));
    }

    /**
     * Appends one event that carries several changes, keyed alike, where each change would otherwise
     * be an event of its own: {@code changes} are those events, which are not written, but each is
     * recorded as a change ({@link OutboxAppended}) as if it were. An import publishes a table's
     * changed lines and a register's changed entries this way, a few rows and records instead of
     * hundreds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendGroup(String topic, EventEnvelope group, List<EventEnvelope> changes) {
        if (changes.isEmpty() || changes.size() > MAX_GROUP_CHANGES) {
            throw new IllegalArgumentException("group " + group.aggregateId() + " carries " + changes.size()
                    + " changes; a group carries 1 to " + MAX_GROUP_CHANGES);
        }
        for (EventEnvelope change : changes) {
            if (!change.kafkaKey().equals(group.kafkaKey())) {
                throw new IllegalArgumentException("change " + change.aggregateId() + " is keyed " + change.kafkaKey()
                        + ", its group " + group.kafkaKey());
            }
        }
        appendRow(topic, group);
        changes.forEach(change -> appended.fire(new OutboxAppended(topic, change)));
    }

    /**
     * Appends {@code records}, which one write changed and which share a key, as group events of at
     * most {@link #MAX_GROUP_CHANGES} records each ({@link #appendGroup}). A group's payload tree is
     * built once, by {@code payload} from its records: its field {@code entriesField} lists an entry a
     * record in their order, and each record's own change is {@code change} of the record and its
     * entry's field {@code recordField}, a subtree of the group's. {@code group} makes the group's
     * event from its records and its payload.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> void appendGroups(String topic, List<T> records, String entriesField, String recordField,
                                 Function<List<T>, Object> payload, BiFunction<T, JsonNode, EventEnvelope> change,
                                 BiFunction<List<T>, JsonNode, EventEnvelope> group) {
        for (int from = 0; from < records.size(); from += MAX_GROUP_CHANGES) {
            List<T> part = records.subList(from, Math.min(from + MAX_GROUP_CHANGES, records.size()));
            JsonNode tree = EventCodec.toPayload(payload.apply(part));
            JsonNode entries = tree.path(entriesField);
            if (!entries.isArray() || entries.size() != part.size()) {
                throw new IllegalArgumentException("a group's payload lists " + entries.size() + " entries in '" + entriesField
                        + "' for " + part.size() + " records");
            }
            List<EventEnvelope> changes = new ArrayList<>(part.size());
            for (int i = 0; i < part.size(); i++) {
                // a record's change without its payload would leave its audit record empty
                JsonNode record = entries.get(i).path(recordField);
                if (!record.isObject()) {
                    throw new IllegalArgumentException("entry " + i + " of a group's payload has no object '" + recordField + "'");
                }
                changes.add(change.apply(part.get(i), record));
            }
            appendGroup(topic, group.apply(part, tree), changes);
        }
    }

    private void appendRow(String topic, EventEnvelope envelope) {
        boolean first = rows.append(transactions, new Object[] {envelope.eventId().toString(), topic, envelope.kafkaKey(),
                envelope.aggregateType(), envelope.aggregateId(), envelope.version(), EventCodec.toJson(envelope), Instant.now(), 0,
                null, null});
        if (first) {
            transactionAppended.fire(new OutboxTransactionAppended());
        }
    }

    /**
     * Writes a committing transaction's rows, and their ids to the pending ones that the relay reads:
     * the database copies each insert's ids, so that they never travel back and forth.
     */
    private static void write(SharedSessionContractImplementor session, List<Object[]> pending) {
        MultiRowSql.insertThen(session, INSERT, "", COLUMNS, withTransactionParts(pending), PENDING_OF_LAST_INSERT);
    }

    /**
     * Numbers a committing transaction's rows within each message key, 1 to the key's count, so that
     * a consumer knows when it has read all that the transaction published for a budget.
     */
    static List<Object[]> withTransactionParts(List<Object[]> rows) {
        Map<Object, Integer> sizes = new HashMap<>();
        rows.forEach(row -> sizes.merge(row[KEY], 1, Integer::sum));
        Map<Object, Integer> positions = new HashMap<>();
        for (Object[] row : rows) {
            row[COLUMNS - 2] = positions.merge(row[KEY], 1, Integer::sum);
            row[COLUMNS - 1] = sizes.get(row[KEY]);
        }
        return rows;
    }
}
