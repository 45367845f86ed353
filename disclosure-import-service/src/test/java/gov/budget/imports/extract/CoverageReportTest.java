package gov.budget.imports.extract;

import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.draft.ImportProblem;
import gov.budget.imports.layout.PrintedLayouts;
import gov.budget.imports.pdf.PdfWordReader;
import gov.budget.imports.pdf.PrintedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The other published Putuo disclosures: two 单位预算 and a 2026 department and unit pair. Each is
 * read with its report printed (tables found, cells read, problems with their pages). The 单位预算
 * print 表1's expenditure side under 预算数/合计, broken into 基本支出 (人员经费, 公用经费) and 项目支出,
 * which the template's 表1 does not keep (表3, 表5 and 表8 hold them).
 */
class CoverageReportTest {

    private static final DisclosureReader READER = new DisclosureReader(PrintedLayouts.load(), TemplateCatalog.load());

    @ParameterizedTest
    @ValueSource(strings = {"putuo-commerce-unit-2025-budget.pdf", "putuo-office-unit-2025-budget.pdf", "putuo-justice-2026-budget.pdf",
            "putuo-justice-unit-2026-budget.pdf"})
    void everyTableIsReadWithoutProblems(String file) {
        PrintedDocument document = new PdfWordReader(500, 30_000).read(Samples.bytes("putuo-pdf/" + file));
        DraftBudget draft = READER.read(document, READER.cover(document));
        System.out.printf("%s: %s %d %s, %d pages, %d tables found, %d cells read, %d problems%n", file, draft.region(),
                draft.fiscalYear(), draft.deptName(), document.pageCount(), draft.tables().size(), draft.cells(), draft.problems().size());
        for (ImportProblem problem : draft.problems()) {
            System.out.printf("  %s 表%s p%s: %s%n", problem.kind(), problem.tableNo(),
                    problem.evidence() == null ? "-" : problem.evidence().page(), problem.message());
        }
        assertEquals(9, draft.tables().size(), file);
        assertEquals(List.of(), draft.problems(), file);
    }

    /** The commerce commission is one unit: its 单位预算 prints the same tables as its 部门预算, whose transcription we have. */
    @Test
    void theCommerceCommissionsUnitDisclosureReadsTheSameTablesAsItsDepartmentDisclosure() {
        PrintedDocument document = new PdfWordReader(500, 30_000).read(Samples.bytes("putuo-pdf/putuo-commerce-unit-2025-budget.pdf"));
        DraftBudget draft = READER.read(document, READER.cover(document));
        // the unit's document words its items (1、) and notes (本单位) its own way; its rows, codes and figures are the department's
        assertEquals(List.of(), Transcription.of("putuo-commerce-2025").figureDifferences(draft));
    }
}
