package gov.budget.ledger.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class UnexpectedErrorTest {

    @Test
    void anUnexpectedErrorIsAProblemWithAnErrorIdThatTheLogAlsoHolds() throws IOException {
        String detail = given().when().get("/test-only/failing")
                .then().statusCode(500).contentType("application/problem+json")
                .body("status", equalTo(500))
                .body("instance", equalTo("/test-only/failing"))
                .body("detail", not(containsString("secret")))
                .extract().jsonPath().getString("detail");
        Matcher id = Pattern.compile("error id ([0-9a-f-]{36})").matcher(detail);
        assertTrue(id.find(), detail);
        String log = Files.readString(Path.of("target", "test-log.json"));
        assertTrue(log.contains("error " + id.group(1)) && log.contains("secret 42"), "the log holds the id with the error");
    }
}
