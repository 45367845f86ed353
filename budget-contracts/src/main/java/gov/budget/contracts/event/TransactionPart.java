package gov.budget.contracts.event;

/**
 * The Kafka headers that place an event among the events one transaction of its owner published for
 * the same budget (the same Kafka key): position {@code 3} of size {@code 17} is the third of
 * seventeen. A poll can end in the middle of them, and a consumer that judged the budget then would
 * judge it half changed; it waits instead for the event whose position equals the size. An event
 * without these headers stands alone.
 */
public final class TransactionPart {

    /** The event's place among its transaction's events of the same budget, from 1, as decimal text. */
    public static final String POSITION = "budget-tx-position";
    /** How many events its transaction published for the same budget, as decimal text. */
    public static final String SIZE = "budget-tx-size";

    private TransactionPart() {
    }
}
