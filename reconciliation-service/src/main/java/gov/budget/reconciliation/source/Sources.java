package gov.budget.reconciliation.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every owning service that reconciliation consumes, in the order a full run reports them. */
@ApplicationScoped
public class Sources {

    private final List<Source> all;
    private final Map<String, ProjectedAggregate<?>> aggregatesByType = new HashMap<>();
    private final Map<String, Class<?>> payloadClasses = new HashMap<>();

    @Inject
    public Sources(Instance<Source> sources) {
        this.all = sources.stream().sorted(Comparator.comparingInt(Source::reportOrder)).toList();
        for (Source source : all) {
            for (ProjectedAggregate<?> aggregate : source.aggregates()) {
                Set<String> types = new HashSet<>(aggregate.groupTypes());
                types.add(aggregate.type());
                for (String type : types) {
                    if (aggregatesByType.put(type, aggregate) != null) {
                        throw new IllegalStateException("two aggregates project " + type);
                    }
                }
                payloadClasses.putAll(aggregate.payloadClasses());
            }
        }
    }

    public List<Source> all() {
        return all;
    }

    /** Every source's kinds of record filed per budget. */
    public List<RecordProjector> budgetRecords() {
        return all.stream().flatMap(source -> source.budgetRecords().stream()).toList();
    }

    public List<String> topics() {
        return all.stream().map(Source::topic).toList();
    }

    /** The topics whose events count in a whole department's register rather than in one budget. */
    public Set<String> departmentWideTopics() {
        Set<String> topics = new HashSet<>();
        all.stream().filter(source -> source.aggregates().stream().anyMatch(ProjectedAggregate::departmentWide))
                .forEach(source -> topics.add(source.topic()));
        return topics;
    }

    /** The classes that events' payloads are read into, by aggregate type ({@link ProjectedAggregate#payloadClasses}). */
    public Map<String, Class<?>> payloadClasses() {
        return payloadClasses;
    }

    /** The aggregate that events of this type carry, or null when no source projects them. */
    public ProjectedAggregate<?> aggregateOf(String aggregateType) {
        return aggregatesByType.get(aggregateType);
    }
}
