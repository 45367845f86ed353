package gov.budget.console.page;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.console.api.ApiAnswer;
import gov.budget.console.api.ReconciliationApi;
import gov.budget.console.session.CurrentSession;
import gov.budget.console.session.Session;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 全面核对: the full runs, latest first, with their duration, budgets checked, findings opened and
 * resolved and the drift repaired per service. A finance-bureau administrator can start one.
 */
@Path("/runs")
public class RunsPage {

    @Inject
    CurrentSession sessions;

    static final int PAGE_SIZE = 20;

    @Inject
    @RestClient
    ReconciliationApi reconciliation;

    /** One run as the page lists it. */
    public record Run(long id, String trigger, String status, String deptPrefix, String startedAt, String duration, int budgetsChecked,
                      int findingsOpened, int findingsResolved, String drift, String error) {

        public String statusText() {
            return switch (status) {
                case "RUNNING" -> "进行中";
                case "SUCCEEDED" -> "完成";
                case "FAILED" -> "失败";
                default -> status;
            };
        }

        public String triggerText() {
            return "MANUAL".equals(trigger) ? "手动" : "定时";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance runs(Session session, List<Run> runs, int page, boolean hasNext, boolean canStart, String error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("page") Integer page) {
        return show(sessions.current(), page == null || page < 0 ? 0 : page, 200, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response start(@RestForm String deptPrefix) {
        Session session = sessions.current();
        String prefix = deptPrefix == null || deptPrefix.isBlank() ? null : deptPrefix.strip();
        ApiAnswer started = ApiAnswer.of(reconciliation.startRun(session.authorization(), prefix));
        if (started.status() != 202) {
            return show(session, 0, started.status(), started.refusal());
        }
        return Response.seeOther(URI.create("/runs")).build();
    }

    private Response show(Session session, int page, int status, String error) {
        ApiAnswer answer = ApiAnswer.of(reconciliation.runs(session.authorization(), page, PAGE_SIZE));
        if (!answer.ok()) {
            return Response.status(answer.status()).entity(DepartmentPage.Templates.refused(session, answer.status(), answer.refusal())).build();
        }
        List<Run> runs = new ArrayList<>();
        answer.body().path("items").forEach(run -> runs.add(runOf(run)));
        boolean hasNext = (long) (page + 1) * PAGE_SIZE < answer.body().path("total").asLong();
        boolean canStart = session.roles().contains("finance-admin");
        return Response.status(status).entity(Templates.runs(session, runs, page, hasNext, canStart, error)).build();
    }

    private static Run runOf(JsonNode run) {
        List<String> drift = new ArrayList<>();
        for (JsonNode service : run.path("drift")) {
            drift.add(service.path("unavailable").asBoolean() ? service.path("service").asText() + " 不可用"
                    : service.path("service").asText() + " 缺 " + service.path("missing").asInt() + " 旧 " + service.path("stale").asInt()
                    + " 多 " + service.path("extra").asInt());
        }
        return new Run(run.path("id").asLong(), run.path("trigger").asText(), run.path("status").asText(), run.path("deptPrefix").asText(""),
                Times.minute(run.path("startedAt")), duration(run), run.path("budgetsChecked").asInt(), run.path("findingsOpened").asInt(),
                run.path("findingsResolved").asInt(), String.join("；", drift), run.path("error").asText(""));
    }

    private static String duration(JsonNode run) {
        if (!run.hasNonNull("finishedAt")) {
            return "—";
        }
        Duration took = Duration.between(Instant.parse(run.path("startedAt").asText()), Instant.parse(run.path("finishedAt").asText()));
        return took.toSeconds() + " 秒";
    }
}
