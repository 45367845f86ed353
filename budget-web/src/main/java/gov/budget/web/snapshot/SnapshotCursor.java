package gov.budget.web.snapshot;

import gov.budget.web.problem.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a snapshot stands: lines are read in id order after {@code afterId}, and only up to
 * {@code upToId}, the highest id when the snapshot began. Lines created later are left out (they
 * reach the reader as events), so that no line is skipped or read twice while others write.
 */
public record SnapshotCursor(long upToId, long afterId) {

    public static SnapshotCursor parse(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            if (parts.length == 2) {
                return new SnapshotCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw InvalidInputException.of("cursor", cursor, "not a cursor this service returned; start again without one");
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((upToId + ":" + afterId).getBytes(StandardCharsets.US_ASCII));
    }
}
