package gov.budget.imports.extract;

import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.draft.DraftFigure;
import gov.budget.imports.draft.DraftTable;
import gov.budget.imports.draft.ImportProblem;
import gov.budget.imports.grid.GridDocument;
import gov.budget.imports.layout.PrintedLayout;
import gov.budget.imports.layout.PrintedLayouts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Word disclosure (DOCX or its text form) into a draft budget under the layout of the regions
 * that publish that way (Hebei): the department and year from the first table's heading row, then
 * every table of the template and the figures of the narrative (情况说明) that the layout knows.
 */
public final class GridDisclosureReader {

    private static final Pattern YEAR = Pattern.compile("^预算年度[:：](?<year>\\d{4})$");
    /** The department as the tables print it: its code, then its name. */
    private static final Pattern DEPARTMENT = Pattern.compile("^\\d*(?<name>\\D.*)$");

    private final PrintedLayouts layouts;
    private final TemplateCatalog templates;

    public GridDisclosureReader(PrintedLayouts layouts, TemplateCatalog templates) {
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The layout the document is read with: the one named by its region, or the only one of Word disclosures. */
    public Optional<PrintedLayout> layoutFor(String region) {
        List<PrintedLayout> grid = layouts.ofForm(PrintedLayout.DocumentForm.GRID);
        return region == null ? grid.stream().findFirst() : grid.stream().filter(l -> l.region().equals(region)).findFirst();
    }

    /** What the first table's heading row says: the department's name and the fiscal year. */
    public DisclosureReader.Cover cover(GridDocument document, PrintedLayout layout) {
        for (GridDocument.Block block : document.blocks()) {
            if (block instanceof GridDocument.Table table && !table.rows().isEmpty()) {
                String name = null;
                Integer year = null;
                for (String cell : table.rows().get(0)) {
                    String compact = PrintedText.compact(cell);
                    Matcher y = YEAR.matcher(compact);
                    if (y.matches()) {
                        year = Integer.parseInt(y.group("year"));
                    } else if (name == null && !compact.startsWith("单位") && DEPARTMENT.matcher(compact).matches()) {
                        Matcher d = DEPARTMENT.matcher(cell.strip());
                        name = d.matches() ? d.group("name").strip() : null;
                    }
                }
                return new DisclosureReader.Cover(layout.region(), year, name);
            }
        }
        return new DisclosureReader.Cover(layout.region(), null, null);
    }

    public DraftBudget read(GridDocument document, PrintedLayout layout, DisclosureReader.Cover cover) {
        List<ImportProblem> problems = new ArrayList<>();
        RegionTemplate template = templates.find(layout.templateId()).orElseThrow();
        if (cover.fiscalYear() == null) {
            problems.add(new ImportProblem(ImportProblem.Kind.COVER, null, "the tables name no 预算年度", null));
        }
        List<DraftTable> tables = new ArrayList<>();
        for (TableTemplate table : template.tables()) {
            new GridTableReader(table, layout, problems).read(document).ifPresent(tables::add);
        }
        List<DraftFigure> narrative = new NarrativeReader(layout, tables, problems).read(document);
        return new DraftBudget(cover.region(), cover.fiscalYear(), cover.deptName(), template.id(), tables, narrative, problems);
    }
}
