package gov.budget.contracts.template;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Optional;

/**
 * A region's set of disclosure tables, for example Hebei's nine tables in 万元.
 *
 * @param id         stable identifier, for example {@code hebei-2024}
 * @param region     the region it applies to
 * @param version    the layout's version, for example {@code 2024.1}
 * @param fromYear   the first fiscal year whose documents print this layout
 * @param toYear     the last one; null while it is still in use
 * @param codeLayout how codes are printed in this region's tables; COMBINED when the file leaves it out
 * @param tables     the tables, in published order
 */
public record RegionTemplate(String id, String region, String version, Integer fromYear, @Schema(nullable = true) Integer toYear,
                             CodeLayout codeLayout,
                             List<TableTemplate> tables) {

    public RegionTemplate {
        codeLayout = codeLayout == null ? CodeLayout.COMBINED : codeLayout;
    }

    /** Whether the fiscal year falls in the template's years; a bound left out is open. */
    public boolean covers(int fiscalYear) {
        return (fromYear == null || fiscalYear >= fromYear) && (toYear == null || fiscalYear <= toYear);
    }

    /** Whether its years and the other's have a year in common. */
    public boolean overlaps(RegionTemplate other) {
        int from = Math.max(fromYear == null ? Integer.MIN_VALUE : fromYear, other.fromYear == null ? Integer.MIN_VALUE : other.fromYear);
        int to = Math.min(toYear == null ? Integer.MAX_VALUE : toYear, other.toYear == null ? Integer.MAX_VALUE : other.toYear);
        return from <= to;
    }

    public Optional<TableTemplate> table(int number) {
        // a loop, not a stream: reconciliation asks once per comparison, hundreds of times per budget
        for (TableTemplate table : tables) {
            if (table.number() == number) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }
}
