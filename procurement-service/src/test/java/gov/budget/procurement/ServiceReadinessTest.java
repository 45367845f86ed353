package gov.budget.procurement;

import gov.budget.web.testing.ServiceReadinessChecks;
import gov.budget.web.testing.TestSecurityResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The service starts, migrates its database, is ready only with both the database and Kafka, and shows its metrics. */
@QuarkusTest
// every test of this module runs against the module's test signing key
@WithTestResource(value = TestSecurityResource.class, scope = TestResourceScope.GLOBAL)
class ServiceReadinessTest extends ServiceReadinessChecks {
}
