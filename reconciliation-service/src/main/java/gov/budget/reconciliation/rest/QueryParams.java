package gov.budget.reconciliation.rest;

import gov.budget.web.paging.PageParams;
import gov.budget.web.problem.InvalidInputException;

/** Reads query parameters that must have a given shape, answering 400 with the field and value otherwise. */
final class QueryParams {

    static final int MAX_PAGE_SIZE = 500;
    static final int DEFAULT_PAGE_SIZE = 50;

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, value, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Text stripped of its surrounding blanks, or null when there is none; refused when longer than {@code maxLength}. */
    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw InvalidInputException.of(field, value, "at most " + maxLength + " characters");
        }
        return text;
    }

    static int page(String value) {
        return PageParams.page(value);
    }

    static int size(String value) {
        return PageParams.size(value, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    }
}
