package gov.budget.imports.layout;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a region prints its disclosure, beyond what its ledger template says: how the cover names the
 * region, year and department, the header words that structure a table without being a column, and
 * for each table how its rows are printed.
 *
 * @param cover              a pattern of the cover's title line, with the groups {@code region} and {@code year}
 * @param department         a pattern of the cover's department line, with the group {@code name}
 * @param structuralHeaders  header words that name no amount column (项目, 类, 款, 项, spanning headers)
 * @param narrativeSections  patterns of the titles of the narrative's sections (编制说明, 其他相关情况说明)
 * @param narrative          the narrative's figures, in the order the ledger lists them
 * @param classes            the 类 of the national classification by name, for a table that prints them without code
 */
public record PrintedLayout(String templateId, String region, DocumentForm documentForm, String cover, String department,
                            Set<String> structuralHeaders, Map<String, String> classes, List<TableLayout> tables,
                            List<String> narrativeSections, List<NarrativeFigure> narrative) {

    /** How the region publishes: as a PDF, or as a Word document (DOCX, or its tab-indented text form). */
    public enum DocumentForm {
        PDF, GRID
    }

    public Optional<TableLayout> table(int number) {
        return tables.stream().filter(t -> t.number() == number).findFirst();
    }

    /**
     * One table's printed form. A table that prints income and expenditure side by side has two
     * sides; one that prints a single row of figures names that row.
     */
    public record TableLayout(int number, List<Side> sides, SingleRow singleRow, Map<String, String> items, List<String> totals) {

        /** A table printed as its template says, with nothing of its own. */
        public static TableLayout plain(int number) {
            return new TableLayout(number, null, null, null, null);
        }

        public boolean twoSided() {
            return sides != null && !sides.isEmpty();
        }
    }

    /**
     * One side of a two-sided table: its amount columns (template codes, left to right), the printed
     * items it names (label without its enumerator, to the row code), and whether its other rows are
     * 类 named as printed, whose codes the document's other tables give. An item printed under a group
     * (年初财政拨款结转和结余) is named {@code group/label}. A column may print under other labels than the
     * template's ({@code labels}, such as 预算数/合计 where a 单位预算 breaks its 预算数 down); {@code unkept}
     * are printed breakdowns the template does not have, whose figures other tables hold (表3, 表5, 表8).
     */
    public record Side(List<String> columns, Map<String, String> items, boolean classesByName, List<String> groups,
                       Map<String, List<String>> labels, List<String> unkept) {

        /** The printed labels a column may have, tried in order: the layout's, then the template's. */
        public List<String> labelsOf(String column, String templateLabel) {
            List<String> alternatives = new java.util.ArrayList<>(labels == null ? List.of() : labels.getOrDefault(column, List.of()));
            alternatives.add(templateLabel);
            return alternatives;
        }
    }

    /**
     * A figure of the narrative, found by a pattern of the sentence that states it (white space
     * removed), whose group {@code amount} is the figure; a comparison's group {@code text} is its phrase
     * (比2024年预算增加), which takes the place of {@value #PHRASE} in the label. A comparison stated as
     * unchanged (与2023年相比持平) has no group {@code amount} and reads 0. A repeated one (财政拨款支出主要内容)
     * takes its label from the group {@code label}, a 类/款/项 name, and its code is the prefix and the 项's code.
     */
    public record NarrativeFigure(String code, String label, String unit, String pattern, boolean repeated) {

        /** Where a comparison's label takes its phrase as printed. */
        public static final String PHRASE = "{text}";
    }

    /** The code and name of a table's only row, which prints figures without a label. */
    public record SingleRow(String code, String name) {
    }
}
