package gov.budget.procurement.fault;

import gov.budget.procurement.LedgerServiceResource;
import gov.budget.procurement.ProcurementFixtures;
import gov.budget.web.testing.BrokerOutage;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The broker stopped during a bulk import of procurement lines. Runs by default; {@code -Dsuite.fault-tests=false} skips it. */
@QuarkusTest
@WithTestResource(value = LedgerServiceResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fault")
class BrokerOutageTest {

    @Test
    void linesImportedWhileTheBrokerIsDownArePublishedAfterItReturnsNoneLostOrChanged() throws Exception {
        String dept = ProcurementFixtures.freshDepartment();
        BrokerOutage.writesArePublishedAfterTheBrokerReturns("budget.topics.procurement", dept, () -> ProcurementFixtures.importSample(dept));
    }
}
