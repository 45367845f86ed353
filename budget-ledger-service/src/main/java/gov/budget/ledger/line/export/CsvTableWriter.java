package gov.budget.ledger.line.export;

import gov.budget.web.export.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Writes a published table as CSV (RFC 4180): the heading lines, the header, the rows and the note. */
public final class CsvTableWriter {

    /** Lets spreadsheet programs recognise the file as UTF-8. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvTableWriter() {
    }

    public static String write(PublishedTable table) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(SpreadsheetText.neutralise(table.title()));
            for (String heading : table.headingLines()) {
                printer.printRecord(SpreadsheetText.neutralise(heading));
            }
            printer.printRecord(table.header());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (Object cell : row) {
                    cells.add(cell == null ? "" : cell instanceof BigDecimal amount ? amount.toPlainString()
                            : SpreadsheetText.neutralise(cell.toString()));
                }
                printer.printRecord(cells);
            }
            if (table.note() != null) {
                printer.printRecord(SpreadsheetText.neutralise(table.note()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
