package gov.budget.reconciliation.consumer;

import gov.budget.contracts.event.TransactionPart;
import gov.budget.reconciliation.projection.BudgetKey;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The Kafka keys whose latest transaction the consumer has read only in part: a poll ended among the
 * events that one transaction of an owning service published for a budget ({@link TransactionPart}
 * headers). Judged then, a half-imported budget opens findings that resolve a moment later and stay
 * in their history; so its evaluation waits until the transaction's last event arrives. Kept in
 * memory, per partition, and shared by the instance's consumer threads: a register's transaction read
 * on one holds the department's budgets whose lines another reads; a partition taken away is forgotten, and its next
 * owner reads the rest and takes the waiting budget off the queue. The queue marks a held budget
 * ({@link PendingEvaluations#queue}), so that no drain takes it meanwhile: not another instance's,
 * nor this one's after a restart. A key whose last event has not come within the hold closes
 * ({@link #expire()}): a part sent twice can arrive after its transaction's end, and its rest never comes.
 */
final class OpenTransactions {

    private final Set<String> departmentWideTopics;
    private final long holdNanos;
    private final LongSupplier clock;
    /** Per partition, each open key and when (the clock's nanoseconds) its latest part was read. */
    private final Map<TopicPartition, Map<String, Long>> openKeys = new HashMap<>();

    /**
     * @param departmentWideTopics topics whose events count in a whole department rather than one budget
     * @param hold                 how long a key stays open after its latest part was read, if its last event never comes
     */
    OpenTransactions(Set<String> departmentWideTopics, Duration hold) {
        this(departmentWideTopics, hold, System::nanoTime);
    }

    OpenTransactions(Set<String> departmentWideTopics, Duration hold, LongSupplier clock) {
        this.departmentWideTopics = Set.copyOf(departmentWideTopics);
        this.holdNanos = hold.toNanos();
        this.clock = clock;
    }

    /** Takes in a polled batch, in order: after it, a key is open when its last record did not end its transaction. */
    synchronized void read(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.key() == null) {
                continue;
            }
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (endsTransaction(record)) {
                Map<String, Long> open = openKeys.get(partition);
                if (open != null && open.remove(record.key()) != null && open.isEmpty()) {
                    openKeys.remove(partition);
                }
            } else {
                openKeys.computeIfAbsent(partition, p -> new HashMap<>()).put(record.key(), clock.getAsLong());
            }
        }
    }

    /** Forgets partitions this instance's consumers no longer read. */
    synchronized void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(openKeys::remove);
    }

    /** The budgets, and departments, that a transaction read in part is changing. */
    synchronized HeldBudgets held() {
        return heldBy(openKeys);
    }

    /**
     * Closes the keys whose latest part was read longer ago than the hold, and returns what they held.
     * The queue's marks on those budgets are as old, so the next drain takes them ({@link PendingEvaluations#take}).
     */
    synchronized HeldBudgets expire() {
        long now = clock.getAsLong();
        Map<TopicPartition, Map<String, Long>> expired = new HashMap<>();
        for (Iterator<Map.Entry<TopicPartition, Map<String, Long>>> partitions = openKeys.entrySet().iterator(); partitions.hasNext(); ) {
            Map.Entry<TopicPartition, Map<String, Long>> partition = partitions.next();
            for (Iterator<Map.Entry<String, Long>> keys = partition.getValue().entrySet().iterator(); keys.hasNext(); ) {
                Map.Entry<String, Long> key = keys.next();
                if (now - key.getValue() >= holdNanos) {
                    expired.computeIfAbsent(partition.getKey(), p -> new HashMap<>()).put(key.getKey(), key.getValue());
                    keys.remove();
                }
            }
            if (partition.getValue().isEmpty()) {
                partitions.remove();
            }
        }
        return heldBy(expired);
    }

    private HeldBudgets heldBy(Map<TopicPartition, Map<String, Long>> keysByPartition) {
        if (keysByPartition.isEmpty()) {
            return HeldBudgets.NONE;
        }
        Set<BudgetKey> budgets = new HashSet<>();
        Set<String> departments = new HashSet<>();
        keysByPartition.forEach((partition, keys) -> keys.keySet().forEach(key -> {
            BudgetKey budget = budgetOf(key);
            if (budget == null) {
                return;
            }
            if (departmentWideTopics.contains(partition.topic())) {
                departments.add(budget.deptCode());
            } else {
                budgets.add(budget);
            }
        }));
        return new HeldBudgets(budgets, departments);
    }

    /**
     * Whether the record is the last its transaction published for its key. A record without the
     * headers, or with headers that do not read as numbers, stands alone.
     */
    static boolean endsTransaction(ConsumerRecord<String, byte[]> record) {
        Integer position = number(record.headers().lastHeader(TransactionPart.POSITION));
        Integer size = number(record.headers().lastHeader(TransactionPart.SIZE));
        return position == null || size == null || position >= size;
    }

    private static Integer number(Header header) {
        if (header == null || header.value() == null) {
            return null;
        }
        try {
            return Integer.valueOf(new String(header.value(), StandardCharsets.US_ASCII).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The budget of a key {@code deptCode:fiscalYear}, or null for a key of another shape. */
    private static BudgetKey budgetOf(String key) {
        try {
            return BudgetKey.parse(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
