package gov.budget.web.testing;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.List;

import static gov.budget.web.testing.Callers.asFinanceAdmin;

/** An owning service's {@code POST /snapshot/digests}, as the full reconciliation run asks for it. */
public final class SnapshotDigests {

    private SnapshotDigests() {
    }

    /** The digests of these departments' parts, the request answered 200. */
    public static JsonPath of(String... departments) {
        return request(List.of(departments)).then().statusCode(200).extract().jsonPath();
    }

    /** The answer to a request with this body, whatever its status. */
    public static Response request(Object body) {
        return asFinanceAdmin().contentType(ContentType.JSON).body(body).when().post("/snapshot/digests");
    }
}
