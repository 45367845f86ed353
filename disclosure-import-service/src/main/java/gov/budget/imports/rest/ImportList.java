package gov.budget.imports.rest;

import gov.budget.imports.service.ImportSummary;

import java.util.List;

/**
 * One page of imports, latest first.
 *
 * @param page  the page number, from 0
 * @param total how many imports all pages hold
 */
public record ImportList(List<ImportSummary> items, int page, int size, long total) {
}
