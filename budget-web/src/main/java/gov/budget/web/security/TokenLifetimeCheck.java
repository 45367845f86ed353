package gov.budget.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Limits how long a token may live, beyond the signature and expiry that SmallRye JWT checks: it
 * may not be issued in the future (beyond the clock skew), and may not live longer than a user's
 * working day or, for a {@code service} token, a month. A stolen token is then of use for hours,
 * not years. A refused token is answered 401 like any bad token; the log says which limit it broke.
 */
@ApplicationScoped
public class TokenLifetimeCheck implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(TokenLifetimeCheck.class);

    @ConfigProperty(name = "budget.security.clock-skew", defaultValue = "PT60S")
    Duration clockSkew;

    @ConfigProperty(name = "budget.security.max-user-token-lifetime", defaultValue = "PT12H")
    Duration maxUserLifetime;

    @ConfigProperty(name = "budget.security.max-service-token-lifetime", defaultValue = "P30D")
    Duration maxServiceLifetime;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String broken = brokenLimit(token, identity.hasRole(Roles.SERVICE), Instant.now());
        if (broken != null) {
            LOG.infof("token of %s refused: %s", token.getSubject(), broken);
            return Uni.createFrom().failure(new AuthenticationFailedException(broken));
        }
        return Uni.createFrom().item(identity);
    }

    /** Which limit the token breaks, or null. */
    String brokenLimit(JsonWebToken token, boolean service, Instant now) {
        long issuedAt = token.getIssuedAtTime();
        long expiresAt = token.getExpirationTime();
        if (issuedAt <= 0) {
            return "no iat (issued-at) claim";
        }
        if (Instant.ofEpochSecond(issuedAt).isAfter(now.plus(clockSkew))) {
            return "issued in the future (iat " + Instant.ofEpochSecond(issuedAt) + ")";
        }
        Duration limit = service ? maxServiceLifetime : maxUserLifetime;
        Duration lifetime = Duration.ofSeconds(expiresAt - issuedAt);
        if (lifetime.compareTo(limit) > 0) {
            return "lives " + lifetime + ", longer than the " + limit + " a " + (service ? "service" : "user") + " token may";
        }
        return null;
    }
}
