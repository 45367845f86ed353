package gov.budget.outbox.jdbc;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * A new id for a row that set-based code inserts itself, from the pooled generator its entity
 * declares: the same sequence whether a row is written as an entity or by a multi-row insert, and
 * a block of ids per database round trip.
 */
public final class PooledIds {

    private PooledIds() {
    }

    public static long next(Class<?> entity) {
        SharedSessionContractImplementor session = Panache.getEntityManager().unwrap(SharedSessionContractImplementor.class);
        BeforeExecutionGenerator generator = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(entity).getGenerator();
        return ((Number) generator.generate(session, null, null, EventType.INSERT)).longValue();
    }
}
