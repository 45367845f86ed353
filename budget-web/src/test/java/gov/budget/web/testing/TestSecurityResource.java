package gov.budget.web.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points the service under test at the module's test signing key, and gives it a {@code service}
 * token for the calls it makes to other services. Registered by each module's readiness test
 * for all of the module's tests.
 */
public class TestSecurityResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", TestSigningKeys.publicKey().toString(),
                "platform.service-token", TestTokens.service());
    }

    @Override
    public void stop() {
    }
}
