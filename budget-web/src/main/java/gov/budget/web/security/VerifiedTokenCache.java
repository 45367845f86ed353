package gov.budget.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The bearer-token parser every request's authentication calls, remembering the tokens it verified
 * until they expire. A caller sends the same token with every request, and checking its RSA
 * signature again each time took a fifth of the ledger's CPU while one-cell changes arrived. A
 * token is remembered only once SmallRye JWT verified it (signature, issuer, audience, expiry), by
 * its whole text, so a token that differs in any character, its signature included, is verified
 * afresh; and only until its {@code exp}, after which the parser decides again. A refused token is
 * never remembered. The other checks on each request ({@link TokenLifetimeCheck}, the roles, the
 * department scope) still run on every request, on the remembered claims.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    /**
     * The tokens remembered at most: a token and its claims take a few kB, and the callers of one
     * service at a time (its users' and the platform's service tokens) are far fewer.
     */
    static final int MAX_TOKENS = 1_000;

    private final JWTParser verifier;
    private final Cache<String, JsonWebToken> verified;
    /** The current time in milliseconds since the epoch, against which a token's {@code exp} is read. */
    private final LongSupplier nowMillis;

    @Inject
    public VerifiedTokenCache(DefaultJWTParser verifier) {
        this(verifier, System::currentTimeMillis);
    }

    /** With the clock a test moves. */
    VerifiedTokenCache(JWTParser verifier, LongSupplier nowMillis) {
        this.verifier = verifier;
        this.nowMillis = nowMillis;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS).build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        // past its exp the parser decides again (it allows for clock skew), and its answer replaces this one
        if (known != null && nowMillis.getAsLong() < TimeUnit.SECONDS.toMillis(known.getExpirationTime())) {
            return known;
        }
        JsonWebToken parsed = verifier.parse(token);
        verified.put(token, parsed);
        return parsed;
    }

    /** How many tokens are remembered now. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    // the other ways to parse take keys or settings of their caller's own, so they are not remembered

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
