package gov.budget.outbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * What is still waiting to reach Kafka.
 *
 * @param pending                  rows not yet acknowledged by the broker
 * @param oldestPendingAt          when the oldest of them was written, or null
 * @param oldestPendingAgeSeconds  its age in seconds, 0 when nothing is pending
 * @param lastError                the last send failure of a pending row, or null
 */
public record OutboxBacklog(long pending,
                            @Schema(nullable = true) Instant oldestPendingAt,
                            long oldestPendingAgeSeconds,
                            @Schema(nullable = true) String lastError) {
}
