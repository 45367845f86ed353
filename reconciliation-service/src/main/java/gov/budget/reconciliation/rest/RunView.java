package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.nightly.ReconciliationRun;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The record of one full run. */
public record RunView(long id,
                      ReconciliationRun.Trigger trigger,
                      ReconciliationRun.Status status,
                      @Schema(nullable = true) String deptPrefix,
                      Instant startedAt,
                      @Schema(nullable = true) Instant finishedAt,
                      int budgetsChecked,
                      int findingsOpened,
                      int findingsResolved,
                      List<DriftView> drift,
                      @Schema(nullable = true) String error) {

    /** The drift found and repaired in one service's projection. */
    public record DriftView(String service, int missing, int stale, int extra, boolean unavailable) {
    }

    static RunView of(ReconciliationRun run) {
        return new RunView(run.id, run.trigger, run.status, run.deptPrefix, run.startedAt, run.finishedAt, run.budgetsChecked,
                run.findingsOpened, run.findingsResolved,
                run.drift.stream().map(d -> new DriftView(d.service, d.missing, d.stale, d.extra, d.unavailable)).toList(), run.error);
    }
}
