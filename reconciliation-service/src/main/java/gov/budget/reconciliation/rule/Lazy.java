package gov.budget.reconciliation.rule;

import java.util.function.Supplier;

/** A value read on first use and kept, for facts that only some rules read, such as a whole asset register. */
public final class Lazy<T> implements Supplier<T> {

    private Supplier<T> source;
    private T value;

    private Lazy(Supplier<T> source) {
        this.source = source;
    }

    public static <T> Lazy<T> of(Supplier<T> source) {
        return new Lazy<>(source);
    }

    public static <T> Lazy<T> ready(T value) {
        return new Lazy<>(() -> value);
    }

    @Override
    public synchronized T get() {
        if (source != null) {
            value = source.get();
            source = null;
        }
        return value;
    }
}
