package gov.budget.outbox.jdbc;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The rows a transaction appends to one table, held until the transaction completes and then
 * written together, after Hibernate's own flush, in multi-row inserts on the same connection. A
 * bulk change that appends hundreds of rows thus writes them in a few statements instead of one
 * each (an {@code AUTO_INCREMENT} id keeps Hibernate from batching them). A rolled-back transaction
 * never writes them. Hibernate Envers writes its audit rows at the same point, in the same way.
 *
 * @param <T> one row
 */
public final class RowsAtCommit<T> {

    private final String name;
    private final BiConsumer<SharedSessionContractImplementor, List<T>> writer;

    /**
     * @param name   what the rows are, unique among the buffers of a transaction
     * @param writer writes the rows, in the order they were appended, on the session's connection
     */
    public RowsAtCommit(String name, BiConsumer<SharedSessionContractImplementor, List<T>> writer) {
        this.name = name;
        this.writer = writer;
    }

    /**
     * Appends a row to the current transaction's rows; the first append registers their write.
     * Returns whether the row is the first the transaction appended here.
     */
    public boolean append(TransactionSynchronizationRegistry transactions, T row) {
        List<T> rows = pending(transactions);
        rows.add(row);
        return rows.size() == 1;
    }

    /** The rows the current transaction appended so far and has not written yet. */
    @SuppressWarnings("unchecked")
    private List<T> pending(TransactionSynchronizationRegistry transactions) {
        String key = RowsAtCommit.class.getName() + ":" + name;
        List<T> rows = (List<T>) transactions.getResource(key);
        if (rows == null) {
            List<T> created = new ArrayList<>();
            transactions.putResource(key, created);
            SharedSessionContractImplementor session = Panache.getEntityManager().unwrap(SharedSessionContractImplementor.class);
            session.getTransactionCompletionCallbacks().registerCallback(
                    (TransactionCompletionCallbacks.BeforeCompletionCallback) completing -> {
                        if (!created.isEmpty()) {
                            writer.accept(completing, List.copyOf(created));
                            created.clear();
                        }
                    });
            rows = created;
        }
        return rows;
    }
}
