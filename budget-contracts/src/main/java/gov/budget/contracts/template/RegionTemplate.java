package gov.budget.contracts.template;

import java.util.List;
import java.util.Optional;

/**
 * A region's set of disclosure tables, for example Hebei's nine tables in 万元.
 *
 * @param id         stable identifier, for example {@code hebei-2024}
 * @param region     the region it applies to
 * @param codeLayout how codes are printed in this region's tables; COMBINED when the file leaves it out
 * @param tables     the tables, in published order
 */
public record RegionTemplate(String id, String region, CodeLayout codeLayout, List<TableTemplate> tables) {

    public RegionTemplate {
        codeLayout = codeLayout == null ? CodeLayout.COMBINED : codeLayout;
    }

    public Optional<TableTemplate> table(int number) {
        return tables.stream().filter(t -> t.number() == number).findFirst();
    }
}
