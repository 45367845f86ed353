package gov.budget.procurement;

import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static gov.budget.web.testing.Callers.asFinanceAdmin;


/** The seed department's procurement table from the project's sample data, under a department code no other test uses. */
public final class ProcurementFixtures {

    private static final Path SAMPLE = Path.of("..", "deploy", "samples", "323-2024");

    private ProcurementFixtures() {
    }

    /** A fresh department, registered in the ledger with the seed's three sub-units. */
    public static String freshDepartment() {
        String dept = "P" + Long.toString(System.nanoTime(), 36).toUpperCase();
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON)
                .body(read("department.json").replace("\"code\": \"323\"", "\"code\": \"" + dept + "\""))
                .when().post("/departments").then().statusCode(201);
        return dept;
    }

    public static String procurementJson(String dept) {
        return read("procurement.json").replace("\"deptCode\": \"323\"", "\"deptCode\": \"" + dept + "\"");
    }

    /** Imports the seed's table for the department; returns its ETag. */
    public static String importSample(String dept) {
        return asFinanceAdmin().contentType(ContentType.JSON).body(procurementJson(dept))
                .when().put("/procurement/{dept}/2024", dept)
                .then().statusCode(200).extract().header("ETag");
    }

    private static String read(String file) {
        try {
            return Files.readString(SAMPLE.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
