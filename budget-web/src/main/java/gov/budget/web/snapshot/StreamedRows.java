package gov.budget.web.snapshot;

import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.AvailableHints;

import java.util.stream.Stream;

/**
 * A query's result read row by row. MySQL Connector/J otherwise reads a whole result into the heap
 * before the first row is seen: a digest request names up to 200 departments, some 50,000 ledger
 * lines or 200,000 register entries, and a full run sends four at once.
 */
public final class StreamedRows {

    /** The driver's fetch size that streams a result instead of holding all of it. */
    private static final int STREAMED = Integer.MIN_VALUE;

    private StreamedRows() {
    }

    /**
     * The query's rows, streamed. Hibernate closes the stream when its terminal operation ends; until
     * then the connection can run no other statement, so consume one stream before the next query.
     */
    public static <T> Stream<T> of(TypedQuery<T> query) {
        return query.setHint(AvailableHints.HINT_FETCH_SIZE, STREAMED).getResultStream();
    }
}
