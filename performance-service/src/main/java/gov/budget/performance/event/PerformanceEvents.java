package gov.budget.performance.event;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.EventIds;
import gov.budget.contracts.event.Topics;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.performance.ProjectSheetsPayload;
import gov.budget.performance.plan.PerformancePlan;
import gov.budget.performance.plan.ProjectSheet;
import gov.budget.performance.plan.service.SheetViews;
import gov.budget.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes the events of added, changed or removed project sheets to the outbox, keyed by budget. */
@ApplicationScoped
public class PerformanceEvents {

    static final String SOURCE = "performance-service";

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "budget.topics.performance", defaultValue = Topics.PERFORMANCE)
    String topic;

    public void sheetChanged(PerformancePlan plan, ProjectSheet sheet, String actor) {
        outbox.append(topic, sheetEnvelope(plan, sheet, EventCodec.toPayload(SheetViews.payload(sheet)), actor));
    }

    /**
     * The sheets one import changed, once the plan has its new version: a {@code ProjectSheetChanged}
     * event for one sheet, else {@code ProjectSheetsChanged} events of at most
     * {@link Outbox#MAX_GROUP_CHANGES} sheets, in each of which every sheet is still recorded as a
     * change of its own ({@link Outbox#appendGroup}).
     */
    public void sheetsChanged(PerformancePlan plan, List<ProjectSheet> sheets, String actor) {
        if (sheets.size() == 1) {
            sheetChanged(plan, sheets.get(0), actor);
            return;
        }
        for (int from = 0; from < sheets.size(); from += Outbox.MAX_GROUP_CHANGES) {
            List<ProjectSheet> part = sheets.subList(from, Math.min(from + Outbox.MAX_GROUP_CHANGES, sheets.size()));
            JsonNode group = EventCodec.toPayload(new ProjectSheetsPayload(part.stream()
                    .map(sheet -> new ProjectSheetsPayload.Entry(sheet.version, sheet.updatedAt, SheetViews.payload(sheet)))
                    .toList()));
            // each sheet's own change is its entry's subtree: the payload's tree is built once
            List<EventEnvelope> changes = new ArrayList<>(part.size());
            for (int i = 0; i < part.size(); i++) {
                changes.add(sheetEnvelope(plan, part.get(i), group.path("sheets").get(i).path("sheet"), actor));
            }
            outbox.appendGroup(topic, new EventEnvelope(EventIds.next(), ProjectSheetsPayload.EVENT_TYPE, SOURCE,
                    ProjectSheetsPayload.AGGREGATE_TYPE, ProjectSheetsPayload.aggregateId(plan.deptCode, plan.fiscalYear),
                    plan.deptCode, plan.fiscalYear, plan.version, plan.updatedAt != null ? plan.updatedAt : Instant.now(), actor,
                    group), changes);
        }
    }

    private static EventEnvelope sheetEnvelope(PerformancePlan plan, ProjectSheet sheet, JsonNode payload, String actor) {
        return new EventEnvelope(EventIds.next(), ProjectSheetPayload.EVENT_TYPE, SOURCE, ProjectSheetPayload.AGGREGATE_TYPE,
                ProjectSheetPayload.aggregateId(plan.deptCode, plan.fiscalYear, sheet.projectCode), plan.deptCode,
                plan.fiscalYear, sheet.version, sheet.updatedAt != null ? sheet.updatedAt : Instant.now(), actor, payload);
    }
}
