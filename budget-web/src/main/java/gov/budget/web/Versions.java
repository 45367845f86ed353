package gov.budget.web;

import gov.budget.web.problem.PreconditionFailedException;
import gov.budget.web.problem.PreconditionRequiredException;

/**
 * Versions as strong ETags ({@code "7"}) and the {@code If-Match} check that guards every replace
 * and patch, so that no update is lost silently.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Passes when {@code ifMatch} names the current version, or is {@code *} for something that exists.
     * Something that does not exist yet (version 0) may also be written without the header.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (currentVersion == 0) {
                return;
            }
            throw new PreconditionRequiredException(what + " exists; send If-Match: " + etag(currentVersion)
                    + " (its current ETag) so that a concurrent change is not overwritten");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") ? currentVersion > 0 : tag.equals(etag(currentVersion))) {
                return;
            }
        }
        throw new PreconditionFailedException(what + " changed meanwhile: If-Match was " + ifMatch
                + " but the current ETag is " + etag(currentVersion) + "; read it again and retry",
                ifMatch, etag(currentVersion));
    }
}
