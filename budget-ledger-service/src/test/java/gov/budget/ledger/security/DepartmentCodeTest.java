package gov.budget.ledger.security;

import gov.budget.ledger.LedgerFixtures;
import gov.budget.web.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static gov.budget.web.testing.Callers.as;
import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.Callers.asFinanceViewer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A department code has one form, digits and capital letters, and is compared case-sensitively: a caller
 * given one code cannot reach another department through a code the database would take for it.
 */
@QuarkusTest
class DepartmentCodeTest {

    private static final String ROW = "/budgets/{dept}/2024/tables/3/rows/2080106";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anEditorOfALowerCaseCodeCannotChangeTheCapitalisedDepartment() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        String etag = LedgerFixtures.tableETag(dept, 3);
        String lower = dept.toLowerCase();

        as(TestTokens.deptEditor("mallory", lower)).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"amounts\": {\"total\": 1.00}}")
                .when().patch(ROW, lower)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("deptCode"))
                .body("violations[0].value", equalTo(lower));
        asFinanceViewer().when().get("/budgets/{dept}/2024/tables/3", dept).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void aTrailingSpaceOrFullWidthDigitsAreRefusedOnReadsToo() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        as(TestTokens.deptEditor("mallory", dept + " ")).when().get("/budgets/{dept}/2024", dept + " ")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].value", equalTo(dept + " "));
        String fullWidth = "７７７";
        as(TestTokens.deptEditor("mallory", fullWidth)).when().get("/budgets/{dept}/2024", fullWidth)
                .then().statusCode(400).body("violations[0].value", equalTo(fullWidth));
        asFinanceAdmin().queryParam("dept", dept.toLowerCase()).when().get("/budgets")
                .then().statusCode(400).body("violations[0].field", equalTo("dept"));
    }

    @Test
    void theDatabaseComparesCodesCaseSensitively() throws Exception {
        // utf8mb4_bin, in MySQL 8 and MariaDB alike; it still pads trailing spaces, which the code's form refuses at the edge
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT (SELECT COUNT(*) FROM budget WHERE dept_code = ?), (SELECT COUNT(*) FROM department WHERE code = ?)")) {
            count.setString(1, dept.toLowerCase());
            count.setString(2, dept);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                assertEquals(0, row.getInt(1), "a lower-case code is another code");
                assertEquals(1, row.getInt(2));
            }
        }
    }
}
