package gov.budget.contracts.snapshot;

import gov.budget.contracts.ledger.NarrativeFigure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One part of a department-year (its ledger lines, its project sheets, …) folded into a count and a
 * checksum of its live records' ids and versions. An owning service and reconciliation's projection
 * hold the same part when their digests are equal, so the full run reads a snapshot only where
 * they differ. Both sides fold with {@link Builder}, so they cannot disagree on the arithmetic.
 *
 * @param fiscalYear 0 for a part that belongs to the whole department (the asset register, the holdings tables)
 * @param part       the aggregate type of the part's records, or {@link #HEADER}
 * @param records    how many live records it holds
 * @param checksum   the wrapping sum of each record's 64-bit hash of its id and version; order does not matter
 */
public record BudgetDigest(String deptCode,
                           @Schema(minimum = "0", maximum = "9999",
                                   description = "the fiscal year, or 0 for a part that belongs to the whole department") int fiscalYear,
                           String part, long records, long checksum) {

    /** A budget's header: template, department name and narrative, compared by content. */
    public static final String HEADER = "budget-header";
    /** The year of a part that belongs to the whole department. */
    public static final int WHOLE_DEPARTMENT = 0;
    /** The most departments one request may name. */
    public static final int MAX_DEPARTMENTS = 200;

    /** Where a digest belongs: a part of a department-year. */
    public record Key(String deptCode, int fiscalYear, String part) {
    }

    public Key key() {
        return new Key(deptCode, fiscalYear, part);
    }

    /** Folds records into the digests of their parts. Not thread-safe. */
    public static final class Builder {

        private final Map<Key, long[]> sums = new LinkedHashMap<>();

        /** Adds one live record, by its aggregate id and version. */
        public Builder add(String deptCode, int fiscalYear, String part, String aggregateId, long version) {
            long[] sum = sums.computeIfAbsent(new Key(deptCode, fiscalYear, part), k -> new long[2]);
            sum[0]++;
            sum[1] += mix(fnv(aggregateId) ^ mix(version));
            return this;
        }

        /** Adds a budget's header, whose content is its version. */
        public Builder addHeader(String deptCode, int fiscalYear, String templateId, String deptName, List<NarrativeFigure> narrative) {
            return add(deptCode, fiscalYear, HEADER, headerText(templateId, deptName, narrative), 0);
        }

        public List<BudgetDigest> build() {
            List<BudgetDigest> digests = new ArrayList<>(sums.size());
            sums.forEach((key, sum) -> digests.add(new BudgetDigest(key.deptCode(), key.fiscalYear(), key.part(), sum[0], sum[1])));
            return digests;
        }
    }

    /** A header as one text; amounts by value, so that 1.5 and 1.50 are the same figure. */
    static String headerText(String templateId, String deptName, List<NarrativeFigure> narrative) {
        StringBuilder text = new StringBuilder().append(templateId).append('\u001f').append(deptName);
        for (NarrativeFigure figure : narrative) {
            text.append('\u001e').append(figure.code()).append('\u001f').append(figure.label())
                    .append('\u001f').append(plain(figure.amount())).append('\u001f').append(figure.unit())
                    .append('\u001f').append(figure.text());
        }
        return text.toString();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    /** 64-bit FNV-1a over the text's UTF-16 units. */
    private static long fnv(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word, so sums of hashes do not cancel. */
    private static long mix(long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
