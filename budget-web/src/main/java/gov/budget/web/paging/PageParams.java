package gov.budget.web.paging;

import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.QueryNumberConverters;

/**
 * The {@code page} and {@code size} query parameters of a paged list, read the same way by every
 * service: a page from 0, a size within the list's bounds, and 400 naming the field and the value otherwise.
 */
public final class PageParams {

    /** The last page a caller may ask for: far beyond any data, and its offset still fits the database's int. */
    public static final int MAX_PAGE = 1_000_000;

    private PageParams() {
    }

    public static int page(String value) {
        Integer page = QueryNumberConverters.wholeNumber("page", value);
        if (page != null && (page < 0 || page > MAX_PAGE)) {
            throw InvalidInputException.of("page", value, "pages count from 0 to " + MAX_PAGE);
        }
        return page == null ? 0 : page;
    }

    /** The size asked for, or {@code absent} without one. */
    public static int size(String value, int absent, int max) {
        Integer size = QueryNumberConverters.wholeNumber("size", value);
        if (size != null && (size < 1 || size > max)) {
            throw InvalidInputException.of("size", value, "a page holds 1 to " + max + " items");
        }
        return size == null ? absent : size;
    }
}
