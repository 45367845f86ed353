package gov.budget.reconciliation.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import gov.budget.contracts.event.EventCodec;
import gov.budget.outbox.jdbc.MultiRowSql;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The latest known state of one aggregate of the performance, procurement or asset service: its
 * event's payload as JSON text, so that one table serves every kind (portable: no engine JSON type).
 * The table's key is the budget, the kind and the aggregate id, so that a budget's records are one
 * range of it; kind and aggregate id are unique together as well, and are the entity's id.
 */
@Entity
@Table(name = "record_projection")
@IdClass(RecordProjection.Key.class)
public class RecordProjection extends PanacheEntityBase {

    @Id
    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;

    @Id
    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String payload;

    /** The payload as the record it was published as. */
    public <T> T payloadAs(Class<T> type) {
        try {
            return EventCodec.mapper().readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + aggregateType + " " + aggregateId + " cannot be read as " + type.getSimpleName(), e);
        }
    }

    public static Optional<RecordProjection> of(String aggregateType, String aggregateId) {
        return findByIdOptional(new Key(aggregateType, aggregateId));
    }

    /** A record's id: its kind and its aggregate id. */
    public record Key(String aggregateType, String aggregateId) implements Serializable {
    }

    /** The years under which records of the kind are filed, for each of these departments that has any, in one statement. */
    public static Map<String, List<Integer>> fiscalYearsOf(String aggregateType, Collection<String> deptCodes) {
        Map<String, List<Integer>> years = new HashMap<>();
        MultiRowSql.selectIn("SELECT DISTINCT dept_code, fiscal_year FROM record_projection WHERE aggregate_type = ? AND dept_code IN (?)",
                List.of(aggregateType), deptCodes, row -> years.computeIfAbsent(row.getString(1), d -> new ArrayList<>()).add(row.getInt(2)));
        return years;
    }

    public ProjectedVersion projectedVersion() {
        return new ProjectedVersion(aggregateId, version, deleted, occurredAt);
    }

    /**
     * The version of every record of one kind in a scope, removed ones included, read as plain values
     * without their payloads; {@code fiscalYear} null means every year of the department.
     */
    public static List<ProjectedVersion> versionsOf(String aggregateType, String deptCode, Integer fiscalYear) {
        var query = getEntityManager().createQuery("select r.aggregateId, r.version, r.deleted, r.occurredAt from RecordProjection r "
                        + "where r.aggregateType = ?1 and r.deptCode = ?2" + (fiscalYear == null ? "" : " and r.fiscalYear = ?3"), Object[].class)
                .setParameter(1, aggregateType)
                .setParameter(2, deptCode);
        if (fiscalYear != null) {
            query.setParameter(3, fiscalYear);
        }
        return query.getResultStream()
                .map(row -> new ProjectedVersion((String) row[0], (Long) row[1], (Boolean) row[2], (Instant) row[3]))
                .toList();
    }
}
