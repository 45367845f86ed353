package gov.budget.web.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Registers {@link ContractCheck} before every {@code @QuarkusTest} method of every service whose
 * tests use this test jar, so that every response a REST test receives is held to the contract.
 * {@code -Dsuite.contract-check=false} turns it off, to see a test's own failure first.
 */
public class ContractCheckCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (Boolean.parseBoolean(System.getProperty("suite.contract-check", "true"))
                && !RestAssured.filters().contains(ContractCheck.INSTANCE)) {
            RestAssured.filters(ContractCheck.INSTANCE);
        }
    }
}
