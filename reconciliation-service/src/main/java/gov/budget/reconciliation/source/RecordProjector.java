package gov.budget.reconciliation.source;

import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.reconciliation.facts.BudgetChanges;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.projection.RecordRow;
import gov.budget.reconciliation.projection.VersionedUpsert;
import gov.budget.reconciliation.projection.Written;
import gov.budget.reconciliation.rule.RuleInput;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Projects one kind of aggregate of the performance, procurement or asset service into
 * {@link RecordProjection}, set-based: the newest version of each aggregate wins; an older or equal
 * one is stale. Each of those sources declares one per kind it publishes; the consumer and the full
 * run's repair both write through {@link #apply}.
 */
public final class RecordProjector implements ProjectedAggregate<RecordRow> {

    private static final VersionedUpsert<RecordRow> UPSERT = new VersionedUpsert<>("record_projection",
            List.of("aggregate_type", "aggregate_id", "dept_code", "fiscal_year", "version", "deleted", "occurred_at", "payload"),
            List.of("aggregate_type", "aggregate_id"), RecordRow::aggregateType, RecordRow::aggregateId, RecordRow::version,
            r -> new Object[] {r.aggregateType(), r.aggregateId(),
                    r.deptCode(), r.fiscalYear(), r.version(), r.deleted(), r.occurredAt(), r.json()});

    private final String type;
    private final Class<?> payloadType;
    private final Set<RuleInput> touched;
    private final boolean departmentWide;
    /** The aggregate type of the events that carry several records at once, or null. */
    private final String groupType;
    private final Function<EventEnvelope, List<RecordRow>> groupRows;

    /**
     * @param payloadType    the record its payload is published as
     * @param touched        the rule inputs a change of it touches
     * @param departmentWide whether it counts in its department's register rather than one budget
     */
    public RecordProjector(String type, Class<?> payloadType, Set<RuleInput> touched, boolean departmentWide) {
        this(type, payloadType, touched, departmentWide, null, null);
    }

    private RecordProjector(String type, Class<?> payloadType, Set<RuleInput> touched, boolean departmentWide, String groupType,
                            Function<EventEnvelope, List<RecordRow>> groupRows) {
        this.type = type;
        this.payloadType = payloadType;
        this.touched = touched;
        this.departmentWide = departmentWide;
        this.groupType = groupType;
        this.groupRows = groupRows;
    }

    /**
     * This projector, also reading the events of {@code groupType}, each of which carries several
     * records: {@code rows} reads them, or throws a {@code MalformedEventException}.
     */
    public RecordProjector withGroups(String groupType, Function<EventEnvelope, List<RecordRow>> rows) {
        return new RecordProjector(type, payloadType, touched, departmentWide, groupType, rows);
    }

    /** An aggregate's key in {@link Written}: its kind and id. */
    public static String key(String aggregateType, String aggregateId) {
        return VersionedUpsert.key(aggregateType, aggregateId);
    }

    @Override
    public String type() {
        return type;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    @Override
    public RecordRow rowOf(EventEnvelope event) {
        if (event.aggregateId() == null || event.version() < 1 || event.occurredAt() == null || event.payload() == null) {
            throw new MalformedEventException("event " + event.eventId() + " lacks its aggregate id, version, time or payload", null);
        }
        return new RecordRow(event.aggregateType(), event.aggregateId(), event.deptCode(), event.fiscalYear(), event.version(),
                event.payload().path("deleted").asBoolean(false), event.occurredAt(), event.payload(), event.payload().toString());
    }

    @Override
    public Set<String> groupTypes() {
        return groupType == null ? Set.of() : Set.of(groupType);
    }

    @Override
    public List<RecordRow> rowsOf(EventEnvelope event) {
        return groupType != null && groupType.equals(event.aggregateType()) ? groupRows.apply(event) : List.of(rowOf(event));
    }

    @Override
    public Written<RecordRow> apply(Collection<RecordRow> rows) {
        return UPSERT.apply(rows);
    }

    @Override
    public String key(RecordRow row) {
        return row.key();
    }

    @Override
    public long version(RecordRow row) {
        return row.version();
    }

    @Override
    public BudgetKey budgetOf(RecordRow row) {
        return row.budget();
    }

    @Override
    public Set<RuleInput> touched(RecordRow row) {
        return touched;
    }

    @Override
    public void addTo(BudgetChanges changes, RecordRow row) {
        changes.record(row);
    }

    @Override
    public boolean departmentWide() {
        return departmentWide;
    }
}
