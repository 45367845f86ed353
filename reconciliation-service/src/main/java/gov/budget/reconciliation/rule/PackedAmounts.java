package gov.budget.reconciliation.rule;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A ledger row's amounts, unmodifiable, packed into arrays: the budgets' models hold rows by the
 * hundred thousand, and a hash map of {@link BigDecimal}s weighed some 300 bytes a row. The column
 * names are one array shared by every row with the same columns; each amount is one {@code long},
 * its unscaled value shifted left by a byte that holds its scale. An amount that does not fit keeps
 * its {@code BigDecimal}. A read gives back an equal {@code BigDecimal}, same value and same scale,
 * so the rules read exactly what the row said. The columns are in name order, whatever the order
 * they came in, so that a row read from the database and one from an event iterate alike.
 */
public final class PackedAmounts extends AbstractMap<String, BigDecimal> {

    private static final PackedAmounts EMPTY = new PackedAmounts(new String[0], new long[0], null);

    /** The distinct column lists seen; past the bound, a rare list is simply no longer shared. */
    private static final Cache<List<String>, String[]> COLUMN_SETS = Caffeine.newBuilder().maximumSize(4_096).build();

    /** The unscaled values that fit beside their scale byte in a long. */
    private static final long MAX_PACKED = Long.MAX_VALUE >> 8;
    private static final long MIN_PACKED = Long.MIN_VALUE >> 8;

    private final String[] columns;
    private final long[] packed;
    /** The amounts that did not fit, by position; null when all did. */
    private final BigDecimal[] wide;

    private PackedAmounts(String[] columns, long[] packed, BigDecimal[] wide) {
        this.columns = columns;
        this.packed = packed;
        this.wide = wide;
    }

    /** The non-null amounts of {@code amounts}, packed; a null or empty map gives the empty one. */
    public static PackedAmounts of(Map<String, BigDecimal> amounts) {
        if (amounts instanceof PackedAmounts already) {
            return already;
        }
        if (amounts == null || amounts.isEmpty()) {
            return EMPTY;
        }
        // the non-null cells, in name order: a row has a handful, so an insertion sort does
        String[] names = new String[amounts.size()];
        BigDecimal[] values = new BigDecimal[amounts.size()];
        int count = 0;
        for (Map.Entry<String, BigDecimal> cell : amounts.entrySet()) {
            if (cell.getKey() == null || cell.getValue() == null) {
                continue;
            }
            int at = count++;
            while (at > 0 && names[at - 1].compareTo(cell.getKey()) > 0) {
                names[at] = names[at - 1];
                values[at] = values[at - 1];
                at--;
            }
            names[at] = cell.getKey();
            values[at] = cell.getValue();
        }
        if (count == 0) {
            return EMPTY;
        }
        // the cache keeps the first list of a column set as its key; nothing changes the array after
        String[] columns = COLUMN_SETS.get(Arrays.asList(Arrays.copyOf(names, count)),
                set -> set.stream().map(String::intern).toArray(String[]::new));
        long[] packed = new long[count];
        BigDecimal[] wide = null;
        for (int i = 0; i < count; i++) {
            if (fits(values[i])) {
                packed[i] = (values[i].unscaledValue().longValue() << 8) | values[i].scale();
            } else {
                if (wide == null) {
                    wide = new BigDecimal[count];
                }
                wide[i] = values[i];
            }
        }
        return new PackedAmounts(columns, packed, wide);
    }

    /** Whether the amount's unscaled value and scale fit in one long beside each other. */
    private static boolean fits(BigDecimal amount) {
        int scale = amount.scale();
        if (scale < 0 || scale > 255 || amount.precision() > 18) {
            return false;
        }
        long unscaled = amount.unscaledValue().longValue();
        return unscaled <= MAX_PACKED && unscaled >= MIN_PACKED;
    }

    private BigDecimal amountAt(int i) {
        if (wide != null && wide[i] != null) {
            return wide[i];
        }
        long value = packed[i];
        return BigDecimal.valueOf(value >> 8, (int) (value & 0xFF));
    }

    private int indexOf(Object column) {
        for (int i = 0; i < columns.length; i++) {
            // the names are interned, so the same name is most often the same instance
            if (columns[i] == column || columns[i].equals(column)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public BigDecimal get(Object column) {
        int i = indexOf(column);
        return i < 0 ? null : amountAt(i);
    }

    @Override
    public boolean containsKey(Object column) {
        return indexOf(column) >= 0;
    }

    @Override
    public int size() {
        return columns.length;
    }

    @Override
    public boolean isEmpty() {
        return columns.length == 0;
    }

    @Override
    public Set<String> keySet() {
        // a fresh view each time, in name order: AbstractMap would keep one per row, in every model
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return List.of(columns).iterator();
            }

            @Override
            public int size() {
                return columns.length;
            }

            @Override
            public boolean contains(Object column) {
                return indexOf(column) >= 0;
            }
        };
    }

    @Override
    public Set<Entry<String, BigDecimal>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, BigDecimal>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < columns.length;
                    }

                    @Override
                    public Entry<String, BigDecimal> next() {
                        if (next >= columns.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(columns[i], amountAt(i));
                    }
                };
            }

            @Override
            public int size() {
                return columns.length;
            }
        };
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < columns.length; i++) {
            text.append(i == 0 ? "" : ", ").append(columns[i]).append('=').append(amountAt(i));
        }
        return text.append('}').toString();
    }

    /** Whether the two hold one array of column names, as rows with the same columns do. */
    boolean sharesColumnsWith(PackedAmounts other) {
        return columns == other.columns;
    }
}
