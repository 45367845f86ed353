package gov.budget.reconciliation.facts;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A map bounded by the total weight of its values, which drops the least recently used first.
 * Reconciliation's models are used in bursts: a budget's four services publish within seconds of
 * each other, and then it rests. Recency is what predicts the next use, so a plain LRU keeps them;
 * a frequency-based admission (Caffeine's) turned away most new budgets during a load, each of which
 * was then read back from the projections when its next service's events came.
 */
final class WeightedLru<K, V> {

    private record Weighed<V>(V value, long weight) {
    }

    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    /** In access order: the eldest entry is the least recently used. */
    private final LinkedHashMap<K, Weighed<V>> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long weight;

    WeightedLru(long maxWeight, ToLongFunction<V> weigher) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** The value held for the key, or null; a value found counts as used. */
    synchronized V get(K key) {
        Weighed<V> entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    /**
     * Holds the value, weighed now, as the most recently used; then drops the least recently used
     * until the bound holds again, this value too if it alone weighs more than the bound.
     */
    synchronized void put(K key, V value) {
        Weighed<V> entry = new Weighed<>(value, weigher.applyAsLong(value));
        Weighed<V> replaced = entries.put(key, entry);
        weight += entry.weight() - (replaced == null ? 0 : replaced.weight());
        Iterator<Weighed<V>> eldestFirst = entries.values().iterator();
        while (weight > maxWeight && eldestFirst.hasNext()) {
            weight -= eldestFirst.next().weight();
            eldestFirst.remove();
        }
    }

    synchronized void remove(K key) {
        Weighed<V> removed = entries.remove(key);
        if (removed != null) {
            weight -= removed.weight();
        }
    }

    synchronized void removeKeys(Predicate<K> matching) {
        Iterator<Map.Entry<K, Weighed<V>>> all = entries.entrySet().iterator();
        while (all.hasNext()) {
            Map.Entry<K, Weighed<V>> entry = all.next();
            if (matching.test(entry.getKey())) {
                weight -= entry.getValue().weight();
                all.remove();
            }
        }
    }

    /** The weight of the values held now, as they were weighed when put. */
    synchronized long weight() {
        return weight;
    }
}
