package gov.budget.asset.fault;

import gov.budget.asset.AssetFixtures;
import gov.budget.web.testing.BrokerOutage;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** The broker stopped during a bulk import of the asset register and holdings. Runs by default; {@code -Dsuite.fault-tests=false} skips it. */
@QuarkusTest
@DisabledIfSystemProperty(named = "suite.fault-tests", matches = "false", disabledReason = "fault tests skipped on request")
class BrokerOutageTest {

    @Test
    void theRegisterAndHoldingsImportedWhileTheBrokerIsDownArePublishedAfterItReturnsNoneLostOrChanged() throws Exception {
        String dept = AssetFixtures.freshDept();
        BrokerOutage.writesArePublishedAfterTheBrokerReturns("budget.topics.asset", dept, () -> {
            AssetFixtures.importRegister(dept);
            AssetFixtures.putHoldings(dept);
        });
    }
}
