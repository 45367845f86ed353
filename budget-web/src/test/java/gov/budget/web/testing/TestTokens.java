package gov.budget.web.testing;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.security.PrivateKey;
import java.util.List;

/**
 * Bearer tokens for the tests, signed with the module's {@link TestSigningKeys} and, unless a test
 * breaks one on purpose, for the issuer and audience the services expect by default.
 */
public final class TestTokens {

    public static final String ISSUER = "https://budget.local/issuer";
    public static final String AUDIENCE = "budget-platform";

    private TestTokens() {
    }

    public static String financeAdmin() {
        return token("test-admin", List.of("finance-admin"), List.of());
    }

    public static String financeViewer() {
        return token("test-viewer", List.of("finance-viewer"), List.of());
    }

    public static String service() {
        return token("reconciliation-service", List.of("service"), List.of());
    }

    public static String deptEditor(String subject, String... depts) {
        return token(subject, List.of("dept-editor"), List.of(depts));
    }

    public static String token(String subject, List<String> roles, List<String> depts) {
        return builder(subject, roles, depts).sign(TestSigningKeys.privateKey());
    }

    public static Builder builder(String subject, List<String> roles, List<String> depts) {
        return new Builder(subject, roles, depts);
    }

    /** A token that a test can spoil on purpose: another issuer, audience, expiry or key. */
    public static final class Builder {
        private final JwtClaims claims = new JwtClaims();

        private Builder(String subject, List<String> roles, List<String> depts) {
            claims.setIssuer(ISSUER);
            claims.setAudience(AUDIENCE);
            claims.setSubject(subject);
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(120);
            claims.setStringListClaim("groups", roles);
            if (!depts.isEmpty()) {
                claims.setStringListClaim("depts", depts);
            }
        }

        public Builder issuer(String issuer) {
            claims.setIssuer(issuer);
            return this;
        }

        public Builder audience(String audience) {
            claims.setAudience(audience);
            return this;
        }

        public Builder expiredSecondsAgo(long seconds) {
            NumericDate at = NumericDate.now();
            at.addSeconds(-seconds);
            claims.setExpirationTime(at);
            NumericDate issued = NumericDate.now();
            issued.addSeconds(-seconds - 600);
            claims.setIssuedAt(issued);
            return this;
        }

        /** Issued now, expiring {@code seconds} later. */
        public Builder livesSeconds(long seconds) {
            claims.setIssuedAtToNow();
            NumericDate at = NumericDate.now();
            at.addSeconds(seconds);
            claims.setExpirationTime(at);
            return this;
        }

        /** Issued {@code seconds} from now, valid for two hours after that. */
        public Builder issuedSecondsFromNow(long seconds) {
            NumericDate issued = NumericDate.now();
            issued.addSeconds(seconds);
            claims.setIssuedAt(issued);
            NumericDate expires = NumericDate.now();
            expires.addSeconds(seconds + 7200);
            claims.setExpirationTime(expires);
            return this;
        }

        public String sign(PrivateKey key) {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            try {
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException("cannot sign a test token", e);
            }
        }
    }
}
