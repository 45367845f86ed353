package gov.budget.performance.fault;

import gov.budget.web.testing.BrokerOutage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;

import static gov.budget.web.testing.Callers.asFinanceAdmin;

/** The broker stopped during a bulk import of project sheets. Runs by default; {@code -Dsuite.fault-tests=false} skips it. */
@QuarkusTest
@Tag("fault")
class BrokerOutageTest {

    @Test
    void sheetsImportedWhileTheBrokerIsDownArePublishedAfterItReturnsNoneLostOrChanged() throws Exception {
        String dept = "G" + Long.toString(System.nanoTime(), 36).toUpperCase();
        BrokerOutage.writesArePublishedAfterTheBrokerReturns("budget.topics.performance", dept, () ->
                asFinanceAdmin().contentType(ContentType.JSON).body(sample(dept)).when().put("/performance/{dept}/2024", dept)
                        .then().statusCode(200));
    }

    private static String sample(String dept) {
        try {
            String json = Files.readString(Path.of("..", "deploy", "samples", "323-2024", "performance.json"), StandardCharsets.UTF_8);
            return json.replaceFirst("\"deptCode\": \"323\"", Matcher.quoteReplacement("\"deptCode\": \"" + dept + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
