package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.nightly.ReconciliationRun;

import java.time.Instant;
import java.util.List;

/** The record of one full run. */
public record RunView(long id, ReconciliationRun.Trigger trigger, ReconciliationRun.Status status, String deptPrefix, Instant startedAt,
                      Instant finishedAt, int budgetsChecked, int findingsOpened, int findingsResolved,
                      List<DriftView> drift, String error) {

    /** The drift found and repaired in one service's projection. */
    public record DriftView(String service, int missing, int stale, int extra, boolean unavailable) {
    }

    static RunView of(ReconciliationRun run) {
        return new RunView(run.id, run.trigger, run.status, run.deptPrefix, run.startedAt, run.finishedAt, run.budgetsChecked,
                run.findingsOpened, run.findingsResolved,
                run.drift.stream().map(d -> new DriftView(d.service, d.missing, d.stale, d.extra, d.unavailable)).toList(), run.error);
    }
}
