package gov.budget.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is calling: the verified token's subject, roles and departments. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    /** The actor recorded on every change and audit record: the token's subject. */
    public String actor() {
        return actorOf(identity);
    }

    /** The token's subject of any identity; {@code anonymous} when there is no valid token. */
    public static String actorOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return "anonymous";
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** True when no finance or service role lifts the department limit of an editor. */
    public boolean limitedToOwnDepartments() {
        return !(identity.hasRole(Roles.FINANCE_ADMIN) || identity.hasRole(Roles.FINANCE_VIEWER) || identity.hasRole(Roles.SERVICE));
    }

    /** The department codes listed in the token; empty when there are none. */
    public Set<String> departments() {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Set.of();
        }
        Object claim = token.getClaim(Roles.DEPARTMENTS_CLAIM);
        if (claim instanceof JsonArray array) {
            return array.stream()
                    .map(value -> value instanceof JsonString text ? text.getString() : value.toString())
                    .collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof JsonString text) {
            return Set.of(text.getString());
        }
        return claim == null ? Set.of() : Set.of(String.valueOf(claim));
    }

    /** Whether this caller may touch the given department at all. */
    public boolean mayAccess(String deptCode) {
        return !limitedToOwnDepartments() || departments().contains(deptCode);
    }
}
