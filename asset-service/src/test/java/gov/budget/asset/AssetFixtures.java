package gov.budget.asset;

import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static gov.budget.web.testing.Callers.asFinanceAdmin;


/** The seed department's holdings table and the synthetic register behind it, under a department code no other test uses. */
public final class AssetFixtures {

    private static final Path SAMPLE = Path.of("..", "deploy", "samples", "323-2024");
    public static final String AS_OF = "2023-12-31";

    private AssetFixtures() {
    }

    public static String freshDept() {
        return "A" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    public static String holdingsJson(String dept) {
        return read("asset-holdings.json").replace("\"deptCode\": \"323\"", "\"deptCode\": \"" + dept + "\"");
    }

    public static String registerJson(String dept) {
        return read("asset-register.json").replace("\"deptCode\": \"323\"", "\"deptCode\": \"" + dept + "\"");
    }

    /** The seed's holdings table; returns its ETag. */
    public static String putHoldings(String dept) {
        return asFinanceAdmin().contentType(ContentType.JSON).body(holdingsJson(dept))
                .when().put("/assets/{dept}/holdings/{asOf}", dept, AS_OF)
                .then().statusCode(200).extract().header("ETag");
    }

    public static void importRegister(String dept) {
        asFinanceAdmin().contentType(ContentType.JSON).body(registerJson(dept))
                .when().put("/assets/{dept}/register", dept)
                .then().statusCode(200);
    }

    private static String read(String file) {
        try {
            return Files.readString(SAMPLE.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
