package gov.budget.asset.snapshot;

import gov.budget.asset.AssetFixtures;
import gov.budget.web.testing.SnapshotDigests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The digests the full reconciliation compares with its projections: read row by row, one per department and part. */
@QuarkusTest
class AssetDigestsTest {

    private static final int REGISTER_ENTRIES = 981;

    @Test
    void theDigestsCountEachDepartmentsRegisterAndHoldingsAndMoveOnlyWithItsOwnChange() {
        String first = AssetFixtures.freshDept();
        String second = AssetFixtures.freshDept();
        for (String dept : List.of(first, second)) {
            AssetFixtures.putHoldings(dept);
            AssetFixtures.importRegister(dept);
        }
        JsonPath before = SnapshotDigests.of(first, second);
        assertEquals(4, before.getInt("size()"));
        for (String dept : List.of(first, second)) {
            assertEquals(REGISTER_ENTRIES, before.getInt(part(dept, "Asset") + ".records"));
            assertEquals(1, before.getInt(part(dept, "Holdings") + ".records"));
            // the register and the holdings table belong to the whole department, not to one year
            assertEquals(0, before.getInt(part(dept, "Asset") + ".fiscalYear"));
        }

        // one entry of the first department's register is disposed of: its version moves, it stays counted
        String assetNumber = asFinanceAdmin().get("/assets/{dept}/register", first).jsonPath().getString("[0].assetNumber");
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"disposedOn\": \"2024-06-30\"}")
                .when().post("/assets/{dept}/register/{number}/disposal", first, assetNumber).then().statusCode(200);

        JsonPath after = SnapshotDigests.of(first, second);
        assertEquals(REGISTER_ENTRIES, after.getInt(part(first, "Asset") + ".records"));
        assertNotEquals(before.getLong(part(first, "Asset") + ".checksum"), after.getLong(part(first, "Asset") + ".checksum"));
        assertEquals(before.getLong(part(first, "Holdings") + ".checksum"), after.getLong(part(first, "Holdings") + ".checksum"));
        assertEquals(before.getLong(part(second, "Asset") + ".checksum"), after.getLong(part(second, "Asset") + ".checksum"));
    }

    private static String part(String dept, String part) {
        return "find { it.deptCode == '" + dept + "' && it.part == '" + part + "' }";
    }
}
