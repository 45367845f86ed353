package gov.budget.imports.extract;

import gov.budget.imports.draft.Evidence;

/**
 * The narrative's sections as one text without white space, so that a figure wrapped across a line
 * or a paragraph reads whole, and where each of its characters was printed.
 */
interface NarrativeText {

    /** The sections' text, white space removed. */
    String text();

    /** Where the characters from {@code start} to {@code end} of {@link #text()} were printed, with {@code printed} as their text. */
    Evidence evidence(int start, int end, String printed);
}
