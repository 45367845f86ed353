package gov.budget.imports.extract;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.draft.DraftFigure;
import gov.budget.imports.draft.DraftRow;
import gov.budget.imports.draft.DraftTable;
import gov.budget.imports.draft.ImportProblem;
import gov.budget.imports.layout.PrintedLayout;
import gov.budget.imports.layout.PrintedLayouts;
import gov.budget.imports.pdf.PrintedDocument;
import gov.budget.imports.pdf.PrintedLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed disclosure into a draft budget: the region, year and department from its cover,
 * then each table of its region's template, with the evidence of every value. What cannot be read
 * for certain is a problem, never a guess.
 */
public final class DisclosureReader {

    private final PrintedLayouts layouts;
    private final TemplateCatalog templates;

    public DisclosureReader(PrintedLayouts layouts, TemplateCatalog templates) {
        this.layouts = layouts;
        this.templates = templates;
    }

    /** What the cover says: the region, the fiscal year and the department's name. */
    public record Cover(String region, Integer fiscalYear, String deptName) {
    }

    /** The cover of the document, read with each layout's patterns until one matches. */
    public Cover cover(PrintedDocument document) {
        for (PrintedLayout layout : layouts.ofForm(PrintedLayout.DocumentForm.PDF)) {
            Pattern title = Pattern.compile(layout.cover());
            Pattern department = Pattern.compile(layout.department());
            String region = null;
            Integer year = null;
            String name = null;
            for (PrintedLine line : firstPages(document)) {
                String text = PrintedText.compact(line.compactText());
                Matcher t = title.matcher(text);
                if (region == null && t.matches()) {
                    region = t.group("region");
                    year = Integer.parseInt(t.group("year"));
                }
                Matcher d = department.matcher(text);
                if (name == null && d.matches()) {
                    name = d.group("name");
                }
            }
            if (region != null) {
                return new Cover(region, year, name);
            }
        }
        return new Cover(null, null, null);
    }

    /**
     * Reads the document's tables under the layout of its region.
     *
     * @param cover the cover as read, with what the caller overrode
     */
    public DraftBudget read(PrintedDocument document, Cover cover) {
        List<ImportProblem> problems = new ArrayList<>();
        PrintedLayout layout = layouts.ofRegion(cover.region()).orElseThrow(() -> new IllegalArgumentException(
                "no template knows the region " + cover.region()));
        RegionTemplate template = templates.find(layout.templateId()).orElseThrow();
        if (cover.fiscalYear() == null) {
            problems.add(new ImportProblem(ImportProblem.Kind.COVER, null, "the cover names no fiscal year", null));
        }
        List<DraftTable> tables = new ArrayList<>();
        for (TableTemplate table : template.tables()) {
            new TableReader(table, layout, document.lines(), problems).read().ifPresent(tables::add);
        }
        List<DraftTable> coded = codeClasses(tables, problems);
        List<DraftFigure> narrative = new NarrativeReader(layout, coded, problems).read(document.lines());
        return new DraftBudget(cover.region(), cover.fiscalYear(), cover.deptName(), template.id(), coded, narrative, problems);
    }

    /** Gives each 类 printed by name alone (表1 and 表4's expenditure side) the code its name has in the document's other tables. */
    private static List<DraftTable> codeClasses(List<DraftTable> tables, List<ImportProblem> problems) {
        Map<String, String> classCodes = new HashMap<>();
        for (DraftTable table : tables) {
            for (DraftRow row : table.rows()) {
                if (row.kind() == RowKind.FUNCTIONAL && row.code() != null && row.code().length() == 3) {
                    classCodes.putIfAbsent(PrintedText.bare(row.name()), row.code());
                }
            }
        }
        List<DraftTable> coded = new ArrayList<>();
        for (DraftTable table : tables) {
            List<DraftRow> rows = new ArrayList<>();
            for (DraftRow row : table.rows()) {
                if (row.kind() == RowKind.FUNCTIONAL && row.code() == null) {
                    String code = classCodes.get(PrintedText.bare(row.name()));
                    if (code == null) {
                        problems.add(new ImportProblem(ImportProblem.Kind.UNKNOWN_ROW, table.tableNo(),
                                "the 类 " + row.name() + " has no code in the document's other tables", row.evidence().get("name")));
                        continue;
                    }
                    row = row.withCode(RowKind.FUNCTIONAL, code);
                }
                rows.add(row);
            }
            coded.add(new DraftTable(table.tableNo(), table.note(), rows, table.title()));
        }
        return coded;
    }

    private static List<PrintedLine> firstPages(PrintedDocument document) {
        return document.lines().stream().filter(l -> l.page() <= 2).toList();
    }

    public Optional<PrintedLayout> layoutOf(String region) {
        return layouts.ofRegion(region);
    }
}
