package gov.budget.asset.fault;

import gov.budget.asset.AssetFixtures;
import gov.budget.web.testing.BrokerOutage;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The broker stopped during a bulk import of the asset register and holdings. Runs by default; {@code -Dsuite.fault-tests=false} skips it. */
@QuarkusTest
@Tag("fault")
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
