package gov.budget.asset.fault;

import gov.budget.asset.AssetFixtures;
import gov.budget.web.testing.BrokerOutage;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.util.Map;

/** The broker stopped during a bulk import of the asset register and holdings. Skipped with {@code -Dbudget.fault-tests=false}. */
@QuarkusTest
@DisabledIfSystemProperty(named = "budget.fault-tests", matches = "false", disabledReason = "fault tests skipped on request")
class BrokerOutageTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "budget.topics.asset")
    String topic;

    @Test
    void theRegisterAndHoldingsImportedWhileTheBrokerIsDownArePublishedAfterItReturnsNoneLostOrChanged() throws Exception {
        String dept = AssetFixtures.freshDept();
        BrokerOutage.writesArePublishedAfterTheBrokerReturns(kafkaConfig, topic, dept, () -> {
            AssetFixtures.importRegister(dept);
            AssetFixtures.putHoldings(dept);
        });
    }
}
