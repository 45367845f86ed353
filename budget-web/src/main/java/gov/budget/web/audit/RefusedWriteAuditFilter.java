package gov.budget.web.audit;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.problem.Problem;
import gov.budget.web.RequestIds;
import gov.budget.web.security.Caller;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records every write refused to an authenticated caller (a 4xx answer to POST, PUT, PATCH or
 * DELETE) in the audit trail: who sent it, to which path, and why it was refused. A write refused
 * for want of a valid token is only counted, by {@link UnauthenticatedRefusals}.
 */
public class RefusedWriteAuditFilter {

    private static final Logger LOG = Logger.getLogger(RefusedWriteAuditFilter.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    AuditTrail trail;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    UnauthenticatedRefusals unauthenticated;

    @ServerResponseFilter
    public void recordRefusal(ContainerRequestContext request, ContainerResponseContext response, UriInfo uri) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || !WRITES.contains(request.getMethod())) {
            return;
        }
        String requestId = RequestIds.current();
        String deptCode = uri.getPathParameters().getFirst("deptCode");
        Integer fiscalYear = year(uri.getPathParameters().getFirst("fiscalYear"));
        String reason = reason(response.getEntity(), response.getStatusInfo().getReasonPhrase());
        String method = request.getMethod();
        String path = uri.getPath();
        // the identity may still be unresolved (a bad token), and the write must not wait on it
        identities.getDeferredIdentity()
                .map(identity -> identity.isAnonymous() ? null : Caller.actorOf(identity))
                .onFailure().recoverWithNull()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .subscribe().with(
                        actor -> {
                            if (actor == null) {
                                unauthenticated.refused(method, path, status);
                                return;
                            }
                            LOG.infof("refused %s %s: %d %s", method, path, status, reason);
                            trail.recordRefusal(new RefusedWrite(actor, requestId, method, path, deptCode, fiscalYear, status, reason));
                        },
                        failure -> LOG.errorf(failure, "could not audit the refused %s %s", method, path));
    }

    private static String reason(Object entity, String fallback) {
        if (!(entity instanceof Problem problem)) {
            return fallback;
        }
        String violations = problem.violations() == null ? "" : problem.violations().stream()
                .map(RefusedWriteAuditFilter::describe)
                .collect(Collectors.joining("; "));
        return problem.title() + ": " + problem.detail() + (violations.isEmpty() ? "" : " [" + violations + "]");
    }

    private static String describe(FieldViolation violation) {
        return violation.field() + "=" + violation.value() + " (" + violation.message() + ")";
    }

    private static Integer year(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
