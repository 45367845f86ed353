package gov.budget.reconciliation.rest;

import gov.budget.web.problem.InvalidInputException;

/** Reads query parameters that must have a given shape, answering 400 with the field and value otherwise. */
final class QueryParams {

    static final int MAX_PAGE_SIZE = 500;
    /** The last page a caller may ask for: far beyond any data, and its offset still fits the database's int. */
    static final int MAX_PAGE = 1_000_000;

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

    static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, value, "a whole number");
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
        Integer page = integer("page", value);
        if (page != null && (page < 0 || page > MAX_PAGE)) {
            throw InvalidInputException.of("page", value, "pages count from 0 to " + MAX_PAGE);
        }
        return page == null ? 0 : page;
    }

    static int size(String value) {
        Integer size = integer("size", value);
        if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
            throw InvalidInputException.of("size", value, "a page holds 1 to " + MAX_PAGE_SIZE + " items");
        }
        return size == null ? 50 : size;
    }
}
