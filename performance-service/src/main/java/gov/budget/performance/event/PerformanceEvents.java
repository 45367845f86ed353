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
        outbox.appendGroups(topic, sheets, "sheets", "sheet",
                part -> new ProjectSheetsPayload(part.stream()
                        .map(sheet -> new ProjectSheetsPayload.Entry(sheet.version, sheet.updatedAt, SheetViews.payload(sheet)))
                        .toList()),
                (sheet, payload) -> sheetEnvelope(plan, sheet, payload, actor),
                (part, payload) -> new EventEnvelope(EventIds.next(), ProjectSheetsPayload.EVENT_TYPE, SOURCE,
                        ProjectSheetsPayload.AGGREGATE_TYPE, ProjectSheetsPayload.aggregateId(plan.deptCode, plan.fiscalYear),
                        plan.deptCode, plan.fiscalYear, plan.version, plan.updatedAt != null ? plan.updatedAt : Instant.now(), actor,
                        payload));
    }

    private static EventEnvelope sheetEnvelope(PerformancePlan plan, ProjectSheet sheet, JsonNode payload, String actor) {
        return new EventEnvelope(EventIds.next(), ProjectSheetPayload.EVENT_TYPE, SOURCE, ProjectSheetPayload.AGGREGATE_TYPE,
                ProjectSheetPayload.aggregateId(plan.deptCode, plan.fiscalYear, sheet.projectCode), plan.deptCode,
                plan.fiscalYear, sheet.version, sheet.updatedAt != null ? sheet.updatedAt : Instant.now(), actor, payload);
    }
}
