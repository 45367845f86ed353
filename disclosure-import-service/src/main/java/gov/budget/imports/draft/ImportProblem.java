package gov.budget.imports.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something the import could not read for certain. It is never filled in: a person decides.
 *
 * @param tableNo  the table it concerns, or null for the document
 * @param evidence where it was printed, when it was
 */
public record ImportProblem(Kind kind, @Schema(nullable = true) Integer tableNo, String message,
                            @Schema(nullable = true) Evidence evidence) {

    public enum Kind {
        /** No printed title matched the table's. */
        TABLE_NOT_FOUND,
        /** A header of the table matches none of the template's columns. */
        UNKNOWN_HEADER,
        /** A column of the template has no printed header. */
        COLUMN_NOT_FOUND,
        /** A row's label is neither a code nor a label the layout knows. */
        UNKNOWN_ROW,
        /** A printed code is not a classification code: reported as printed. */
        MALFORMED_CODE,
        /** A figure is not in any column, or two are in one. */
        UNREADABLE_CELL,
        /** The table's printed unit is not the template's. */
        UNIT_MISMATCH,
        /** The cover does not say what the import needs. */
        COVER
    }
}
