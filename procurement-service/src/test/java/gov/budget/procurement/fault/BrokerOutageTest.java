package gov.budget.procurement.fault;

import gov.budget.procurement.LedgerServiceResource;
import gov.budget.procurement.ProcurementFixtures;
import gov.budget.web.testing.BrokerOutage;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.util.Map;

/** The broker stopped during a bulk import of procurement lines. Skipped with {@code -Dbudget.fault-tests=false}. */
@QuarkusTest
@WithTestResource(value = LedgerServiceResource.class, scope = TestResourceScope.GLOBAL)
@DisabledIfSystemProperty(named = "budget.fault-tests", matches = "false", disabledReason = "fault tests skipped on request")
class BrokerOutageTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "budget.topics.procurement")
    String topic;

    @Test
    void linesImportedWhileTheBrokerIsDownArePublishedAfterItReturnsNoneLostOrChanged() throws Exception {
        String dept = ProcurementFixtures.freshDepartment();
        BrokerOutage.writesArePublishedAfterTheBrokerReturns(kafkaConfig, topic, dept, () -> ProcurementFixtures.importSample(dept));
    }
}
