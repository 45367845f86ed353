package gov.budget.imports.extract;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.draft.DraftRow;
import gov.budget.imports.draft.ImportProblem;
import gov.budget.imports.layout.PrintedLayouts;
import gov.budget.imports.pdf.PrintedDocument;
import gov.budget.imports.pdf.PrintedWord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A printed 表5 laid out word by word: codes printed joined, split over 类/款/项, and wrongly, across a page break. */
class TableReaderTest {

    private static final DisclosureReader READER = new DisclosureReader(PrintedLayouts.load(), TemplateCatalog.load());

    @Test
    void codesPrintedJoinedOrSplitAreReadAndAWronglyPrintedOneIsReportedAsPrinted() {
        List<PrintedWord> words = new ArrayList<>();
        words.add(word(1, 300, 90, "2025年部门一般公共预算支出功能分类预算表"));
        words.add(word(1, 740, 112, "单位：元"));
        header(words, 1, 140);
        // 类 款 项 printed in their columns, then joined in the 类 column
        row(words, 1, 170, List.of(word(1, 64, 170, "201")), "一般公共服务支出", "100.00");
        row(words, 1, 190, List.of(word(1, 64, 190, "201"), word(1, 105, 190, "13")), "商贸事务", "100.00");
        row(words, 1, 210, List.of(word(1, 64, 210, "2011301")), "行政运行", "60.00");
        // the next page repeats the header, and a code is printed wrongly
        header(words, 2, 60);
        row(words, 2, 100, List.of(word(2, 64, 100, "201"), word(2, 105, 100, "13"), word(2, 143, 100, "02")), "一般行政管理事务", "40.00");
        row(words, 2, 120, List.of(word(2, 64, 120, "301"), word(2, 105, 120, "2")), "错印的科目", "1.00");
        words.add(word(2, 232, 140, "合计"));
        words.add(word(2, 480, 140, "100.00"));
        DraftBudget draft = READER.read(new PrintedDocument(2, words), new DisclosureReader.Cover("上海市普陀区", 2025, "测试部门"));

        List<DraftRow> rows = draft.tables().stream().filter(t -> t.tableNo() == 5).findFirst().orElseThrow().rows();
        assertEquals(List.of("201", "20113", "2011301", "2011302", "合计"),
                rows.stream().map(r -> r.code() != null ? r.code() : r.name()).toList());
        assertEquals(RowKind.TOTAL, rows.get(4).kind());
        assertEquals(0, new BigDecimal("40.00").compareTo(rows.get(3).amounts().get("total")));
        assertEquals(2, rows.get(3).evidence().get("total").page());
        ImportProblem misprint = draft.problems().stream().filter(p -> p.kind() == ImportProblem.Kind.MALFORMED_CODE).findFirst()
                .orElseThrow();
        assertEquals("301 2", misprint.evidence().printed());
        assertEquals(5, misprint.tableNo());
    }

    private static void header(List<PrintedWord> words, int page, double y) {
        words.add(word(page, 63, y, "功能分类科目编码"));
        words.add(word(page, 253, y + 10, "功能分类科目名称"));
        words.add(word(page, 482, y + 10, "合计"));
        words.add(word(page, 586, y + 10, "基本支出"));
        words.add(word(page, 702, y + 10, "项目支出"));
        words.add(word(page, 67, y + 20, "类"));
        words.add(word(page, 105, y + 20, "款"));
        words.add(word(page, 143, y + 20, "项"));
    }

    private static void row(List<PrintedWord> words, int page, double y, List<PrintedWord> code, String name, String total) {
        words.addAll(code);
        words.add(word(page, 170, y, name));
        words.add(word(page, 480, y, total));
    }

    /** A word 6 points high whose box starts at x, each character 6 points wide. */
    private static PrintedWord word(int page, double x, double baseline, String text) {
        return new PrintedWord(page, x, baseline - 6, x + 6 * text.length(), baseline, text);
    }
}
