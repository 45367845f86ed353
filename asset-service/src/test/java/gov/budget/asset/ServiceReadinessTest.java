package gov.budget.asset;

import gov.budget.web.testing.ServiceReadinessChecks;
import io.quarkus.test.junit.QuarkusTest;

/** The service starts, migrates its database, is ready only with both the database and Kafka, and shows its metrics. */
@QuarkusTest
class ServiceReadinessTest extends ServiceReadinessChecks {
}
