package gov.budget.web.paging;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param page  the page number, from 0
 * @param total how many items all pages hold
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
