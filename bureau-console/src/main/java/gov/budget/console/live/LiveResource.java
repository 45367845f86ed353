package gov.budget.console.live;

import gov.budget.console.session.CurrentSession;
import gov.budget.console.session.Session;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.Duration;

/**
 * The server-sent events an open page listens to: the department-years (deptCode:fiscalYear) whose
 * findings changed, those of the user's own departments only when the user is a department's editor.
 * A page fetches itself again when one it shows changed.
 */
@Path("/live")
public class LiveResource {

    @Inject
    CurrentSession sessions;

    @Inject
    FindingFeed feed;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    public Multi<String> changes() {
        Session session = sessions.current();
        Multi<String> visible = feed.changes().filter(key -> session.bureauWide()
                || session.departments().contains(key.substring(0, Math.max(0, key.lastIndexOf(':')))));
        // a keep-alive event every 20 s keeps proxies from closing a quiet stream; pages ignore it
        return Multi.createBy().merging().streams(visible, Multi.createFrom().ticks().every(Duration.ofSeconds(20)).map(tick -> "keep-alive"));
    }
}
