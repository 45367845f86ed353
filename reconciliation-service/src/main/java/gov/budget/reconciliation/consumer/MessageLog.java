package gov.budget.reconciliation.consumer;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.reconciliation.projection.RejectedEvent;
import gov.budget.reconciliation.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The consumer's log of what it received: the records of a batch that read as events, once each by
 * event id, and the records that do not, set aside by their place on the topic so that they cannot
 * block their partition. Repeats across batches need no log: their version is not above the
 * projected one, so they are stale.
 */
@ApplicationScoped
public class MessageLog {

    private static final Logger LOG = Logger.getLogger(MessageLog.class);

    @Inject
    Sources sources;

    /** A record that reads as an event. */
    public record Received(ConsumerRecord<String, byte[]> record, EventEnvelope event) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Received> read(List<ConsumerRecord<String, byte[]>> records) {
        List<Received> readable = new ArrayList<>(records.size());
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                EventEnvelope event = parse(record);
                if (ids.add(event.eventId().toString())) {
                    readable.add(new Received(record, event));
                }
            } catch (MalformedEventException e) {
                reject(record, e.getMessage());
            }
        }
        return readable;
    }

    /** Sets a record aside, with why; it is kept for operators and skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reject(ConsumerRecord<String, byte[]> record, String reason) {
        LOG.warnf("skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        RejectedEvent rejected = new RejectedEvent();
        rejected.topic = record.topic();
        rejected.partition = record.partition();
        rejected.offset = record.offset();
        rejected.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        rejected.receivedAt = Instant.now();
        rejected.persist();
    }

    private EventEnvelope parse(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event = EventCodec.fromJson(record.value(), sources.payloadClasses());
        if (event.eventId() == null || event.deptCode() == null || event.aggregateType() == null) {
            throw new MalformedEventException("event lacks eventId, deptCode or aggregateType", null);
        }
        return event;
    }
}
