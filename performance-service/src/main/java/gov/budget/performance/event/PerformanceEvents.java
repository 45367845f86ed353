package gov.budget.performance.event;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.EventIds;
import gov.budget.contracts.event.Topics;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.performance.plan.PerformancePlan;
import gov.budget.performance.plan.ProjectSheet;
import gov.budget.performance.plan.service.SheetViews;
import gov.budget.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;

/** Writes a ProjectSheetChanged event to the outbox for every added, changed or removed sheet, keyed by budget. */
@ApplicationScoped
public class PerformanceEvents {

    static final String SOURCE = "performance-service";

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "budget.topics.performance", defaultValue = Topics.PERFORMANCE)
    String topic;

    public void sheetChanged(PerformancePlan plan, ProjectSheet sheet, String actor) {
        outbox.append(topic, new EventEnvelope(EventIds.next(), ProjectSheetPayload.EVENT_TYPE, SOURCE,
                ProjectSheetPayload.AGGREGATE_TYPE, ProjectSheetPayload.aggregateId(plan.deptCode, plan.fiscalYear, sheet.projectCode),
                plan.deptCode, plan.fiscalYear, sheet.version, sheet.updatedAt != null ? sheet.updatedAt : Instant.now(), actor,
                EventCodec.toPayload(SheetViews.payload(sheet))));
    }
}
