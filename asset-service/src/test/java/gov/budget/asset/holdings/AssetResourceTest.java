package gov.budget.asset.holdings;

import gov.budget.asset.AssetFixtures;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.web.testing.JsonAmounts;
import gov.budget.web.testing.OutboxRows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static gov.budget.asset.AssetFixtures.AS_OF;
import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.JsonAmounts.amount;
import static gov.budget.web.testing.JsonAmounts.assertAmount;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AssetResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private static final String HOLDINGS = "/assets/{dept}/holdings/{asOf}";
    private static final String REGISTER = "/assets/{dept}/register";
    private static final String CAR = """
            {"assetNumber": "X-1", "name": "公务用车", "categoryCode": "203010", "unit": "秦皇岛市海港区人力资源和社会保障局本级",
             "quantity": 1, "quantityUnit": "辆", "originalValue": 19.64, "acquiredOn": "2019-05-01"}""";

    @Test
    void theSeedHoldingsAndTheSyntheticRegisterLoadAndTheComputedTableEqualsThePublishedOne() {
        String dept = AssetFixtures.freshDept();
        AssetFixtures.putHoldings(dept);
        AssetFixtures.importRegister(dept);

        asFinanceAdmin().when().get(HOLDINGS, dept, AS_OF)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("fiscalYear", equalTo(2024))
                .body("rows[0].category", equalTo("TOTAL"))
                .body("rows[0].value", amount("393.70"))
                .body("rows[2].partOf", equalTo("BUILDINGS"));
        asFinanceAdmin().when().get(HOLDINGS + "/computed", dept, AS_OF)
                .then().statusCode(200)
                .body("assetsHeld", equalTo(981))
                .body("published", equalTo(true))
                .body("matches", equalTo(true))
                .body("rows.find { it.category == 'VEHICLES' }.computedQuantity", amount("3.00"))
                .body("rows.find { it.category == 'VEHICLES' }.computedValue", amount("58.92"))
                .body("rows.find { it.category == 'OTHER' }.computedQuantity", amount("978.00"))
                .body("rows.find { it.category == 'OTHER' }.computedValue", amount("334.78"))
                .body("rows.find { it.category == 'TOTAL' }.computedValue", amount("393.70"));

        // a car disposed of during 2023 leaves the year-end holdings; the register keeps it
        String etag = asFinanceAdmin().get(REGISTER + "/323-V001", dept).then().statusCode(200).extract().header("ETag");
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", etag).body("{\"disposedOn\": \"2023-06-30\"}")
                .when().post(REGISTER + "/323-V001/disposal", dept)
                .then().statusCode(200).body("status", equalTo("DISPOSED"));
        asFinanceAdmin().when().get(HOLDINGS + "/computed", dept, AS_OF)
                .then().body("matches", equalTo(false))
                .body("rows.find { it.category == 'VEHICLES' }.computedQuantity", amount("2.00"));
        asFinanceAdmin().when().get(HOLDINGS + "/computed", dept, "2023-01-01")
                .then().body("published", equalTo(false))
                .body("rows.find { it.category == 'VEHICLES' }.computedQuantity", amount("3.00"));
        asFinanceAdmin().when().get(REGISTER, dept).then().body("size()", equalTo(981));

        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"disposedOn\": \"2023-07-01\"}")
                .when().post(REGISTER + "/323-V001/disposal", dept)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("status")).body("violations[0].value", equalTo("DISPOSED"));
    }

    @Test
    void aHoldingsTableIsReplacedOnlyWithItsCurrentETag() {
        String dept = AssetFixtures.freshDept();
        String etag = AssetFixtures.putHoldings(dept);

        asFinanceAdmin().contentType(ContentType.JSON).body(AssetFixtures.holdingsJson(dept))
                .when().put(HOLDINGS, dept, AS_OF).then().statusCode(428);
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(AssetFixtures.holdingsJson(dept))
                .when().put(HOLDINGS, dept, AS_OF).then().statusCode(200).header("ETag", etag);
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", etag)
                .body(AssetFixtures.holdingsJson(dept).replace("\"value\": 58.92", "\"value\": 58.93"))
                .when().put(HOLDINGS, dept, AS_OF).then().statusCode(200).header("ETag", "\"2\"");
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(AssetFixtures.holdingsJson(dept))
                .when().put(HOLDINGS, dept, AS_OF).then().statusCode(412).header("ETag", "\"2\"");
        // an empty body with the current ETag names what is missing and changes nothing
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{}")
                .when().put(HOLDINGS, dept, AS_OF).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem("rows"));
        asFinanceAdmin().when().get(HOLDINGS, dept, AS_OF).then().statusCode(200).header("ETag", "\"2\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "negative quantity     | \"quantity\": 978  | \"quantity\": -978   | rows[5].quantity | -978",
            "negative value        | \"value\": 334.78  | \"value\": -334.78   | rows[5].value    | -334.78",
            "three decimals        | \"value\": 58.92   | \"value\": 58.925    | rows[3].value    | 58.925",
            "其中 above its parent  | \"其中：办公用房\", \"quantity\": 0, \"quantityUnit\": \"平方米\", \"value\": 0.00 | \"其中：办公用房\", \"quantity\": 0, \"quantityUnit\": \"平方米\", \"value\": 1.00 | rows[2].value | 1.00",
    })
    void aBadHoldingsTableIsRefusedAndNothingIsStored(String caseName, String before, String after, String field, String value) {
        String dept = AssetFixtures.freshDept();
        String body = AssetFixtures.holdingsJson(dept);
        if (!body.contains(before)) {
            throw new IllegalArgumentException("the sample has no " + before);
        }
        asFinanceAdmin().contentType(ContentType.JSON).body(body.replace(before, after))
                .when().put(HOLDINGS, dept, AS_OF)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field)).body("violations.value", hasItem(value));
        asFinanceAdmin().when().get(HOLDINGS, dept, AS_OF).then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "category code of the wrong shape | \"203010\"      | \"20301\"       | assets[0].categoryCode  | 20301",
            "category code beyond 6          | \"203010\"      | \"703010\"      | assets[0].categoryCode  | 703010",
            "negative value                  | \"originalValue\": 19.64 | \"originalValue\": -19.64 | assets[0].originalValue | -19.64",
            "three decimals                  | \"originalValue\": 19.64 | \"originalValue\": 19.645 | assets[0].originalValue | 19.645",
            "negative quantity               | \"quantity\": 1,  | \"quantity\": -1, | assets[0].quantity      | -1",
            "acquired after the as-of date   | \"2019-05-01\"  | \"2024-01-02\"  | assets[0].acquiredOn    | 2024-01-02",
    })
    void aBadRegisterEntryIsRefusedAndNothingIsStored(String caseName, String before, String after, String field, String value) {
        String dept = AssetFixtures.freshDept();
        asFinanceAdmin().contentType(ContentType.JSON)
                .body("{\"asOf\": \"" + AS_OF + "\", \"assets\": [" + CAR.replace(before, after) + "]}")
                .when().put(REGISTER, dept)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field)).body("violations.value", hasItem(value));
        asFinanceAdmin().when().get(REGISTER, dept).then().body("size()", equalTo(0));
    }

    @Test
    void aHoldingsTableWrittenPreferringMinimalAnswersWithTheNewETagAlone() {
        String dept = AssetFixtures.freshDept();
        asFinanceAdmin().contentType(ContentType.JSON).header("Prefer", "return=minimal").body(AssetFixtures.holdingsJson(dept))
                .when().put(HOLDINGS, dept, AS_OF)
                .then().statusCode(204).header("ETag", "\"1\"").header("Preference-Applied", "return=minimal")
                .body(emptyString());
        asFinanceAdmin().contentType(ContentType.JSON).header("Prefer", "return=minimal").header("If-Match", "\"1\"")
                .body(AssetFixtures.holdingsJson(dept).replace("\"value\": 58.92", "\"value\": 58.93"))
                .when().put(HOLDINGS, dept, AS_OF).then().statusCode(204).header("ETag", "\"2\"").body(emptyString());
        asFinanceAdmin().when().get(HOLDINGS, dept, AS_OF).then().statusCode(200).header("ETag", "\"2\"")
                .body("rows.find { it.category == 'VEHICLES' }.value", amount("58.93"));
    }

    @Test
    void aDuplicateAssetNumberIsRefused() {
        String dept = AssetFixtures.freshDept();
        asFinanceAdmin().contentType(ContentType.JSON).body("{\"assets\": [" + CAR + ", " + CAR + "]}")
                .when().put(REGISTER, dept)
                .then().statusCode(400).body("violations[0].field", equalTo("assets[1].assetNumber"))
                .body("violations[0].value", equalTo("X-1"));
        asFinanceAdmin().contentType(ContentType.JSON).body(CAR).when().post(REGISTER, dept).then().statusCode(201).header("ETag", "\"1\"");
        asFinanceAdmin().contentType(ContentType.JSON).body(CAR).when().post(REGISTER, dept)
                .then().statusCode(400).body("violations[0].field", equalTo("assetNumber"));
        asFinanceAdmin().when().get(REGISTER, dept).then().body("size()", equalTo(1));
    }

    @Test
    void aRegisterImportedAgainWritesOnlyWhatChangedAndKeepsADisposal() {
        String dept = AssetFixtures.freshDept();
        String car2 = CAR.replace("X-1", "X-2");
        importAssets(dept, 2, CAR, car2);
        importAssets(dept, 0, CAR, car2);
        asFinanceAdmin().get(REGISTER + "/X-1", dept).then().statusCode(200).header("ETag", "\"1\"");
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"disposedOn\": \"2023-06-30\"}")
                .when().post(REGISTER + "/X-2/disposal", dept).then().statusCode(200);

        // one value changed, one name changed on a disposed car, one car new
        importAssets(dept, 3, CAR.replace("19.64", "20.00"), car2.replace("公务用车", "公务用车（已处置）"), CAR.replace("X-1", "X-3"));

        asFinanceAdmin().get(REGISTER + "/X-1", dept).then().statusCode(200).header("ETag", "\"2\"").body("originalValue", amount("20.00"));
        asFinanceAdmin().get(REGISTER + "/X-2", dept).then().statusCode(200).header("ETag", "\"3\"")
                .body("name", equalTo("公务用车（已处置）")).body("status", equalTo("DISPOSED")).body("disposedOn", equalTo("2023-06-30"));
        asFinanceAdmin().get(REGISTER + "/X-3", dept).then().statusCode(200).header("ETag", "\"1\"").body("holdingsCategory", equalTo("VEHICLES"));
        asFinanceAdmin().when().get(REGISTER, dept).then().body("size()", equalTo(3));
    }

    @Test
    void anImportPublishesOneEventAYearWithItsChangedEntriesAndAuditsEachEntry() throws Exception {
        String dept = AssetFixtures.freshDept();
        String car2 = CAR.replace("X-1", "X-2");
        String car3 = CAR.replace("X-1", "X-3").replace("2019-05-01", "2021-03-01");
        importAssets(dept, 3, CAR, car2, car3);
        // the second import changes X-2 alone
        importAssets(dept, 1, CAR, car2.replace("19.64", "21.00"), car3);

        // keyed by the year after each one's acquisition: X-1 and X-2 by 2020, X-3 by 2022
        List<EventEnvelope> events = OutboxRows.eventsOf(dataSource, dept);
        assertEquals(List.of(dept + ":2020", dept + ":2022", dept + ":2020"), events.stream().map(EventEnvelope::kafkaKey).toList());
        assertEquals(List.of("AssetsChanged"), events.stream().map(EventEnvelope::eventType).distinct().toList());
        assertEquals(List.of("X-1@1", "X-2@1"), entries(events.get(0)));
        assertEquals(List.of("X-3@1"), entries(events.get(1)));
        assertEquals(List.of("X-2@2"), entries(events.get(2)));
        assertEquals(2L, events.get(2).version());
        assertEquals(new BigDecimal("21.00"), events.get(2).payload().path("assets").get(0).path("asset").path("originalValue").decimalValue());

        // the audit trail records each entry's change, as if each had been published alone
        JsonPath trail = JsonAmounts.of(asFinanceAdmin().when().get("/audit/{dept}/2020", dept).then().statusCode(200)
                .body("records.entityKey", equalTo(List.of(dept + ":X-1", dept + ":X-2", dept + ":X-2")))
                .body("records.action", equalTo(List.of("CREATED", "CREATED", "CHANGED")))
                .extract());
        assertAmount("19.64", trail, "records[2].before.originalValue");
        assertAmount("21.00", trail, "records[2].after.originalValue");
        asFinanceAdmin().when().get("/audit/{dept}/2022", dept).then().statusCode(200)
                .body("records.entityKey", equalTo(List.of(dept + ":X-3")));
    }

    @Test
    void anImportOfMoreEntriesThanAnEventCarriesPublishesThemInSeveralEventsOfTheirYear() throws Exception {
        String dept = AssetFixtures.freshDept();
        String[] cars = new String[201];
        for (int i = 0; i < cars.length; i++) {
            cars[i] = CAR.replace("X-1", "X-" + (i + 1));
        }
        importAssets(dept, 201, cars);

        List<EventEnvelope> events = OutboxRows.eventsOf(dataSource, dept);
        assertEquals(List.of(200, 1), events.stream().map(e -> e.payload().path("assets").size()).toList());
        assertEquals(List.of(dept + ":2020"), events.stream().map(EventEnvelope::kafkaKey).distinct().toList());
        assertEquals("X-201@1", entries(events.get(1)).get(0));
    }

    /** An {@code AssetsChanged} event's entries, as number@version. */
    private static List<String> entries(EventEnvelope event) {
        List<String> entries = new ArrayList<>();
        event.payload().path("assets").forEach(e -> entries.add(e.path("asset").path("assetNumber").asText() + "@" + e.path("version").asLong()));
        return entries;
    }

    private static void importAssets(String dept, int changed, String... assets) {
        asFinanceAdmin().contentType(ContentType.JSON).body("{\"assets\": [" + String.join(",", assets) + "]}")
                .when().put(REGISTER, dept).then().statusCode(200).body("changedAssets", equalTo(changed));
    }

    @Test
    void anAssetIsChangedOnlyWithItsCurrentETag() {
        String dept = AssetFixtures.freshDept();
        asFinanceAdmin().contentType(ContentType.JSON).body(CAR).when().post(REGISTER, dept).then().statusCode(201);
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(CAR.replace("19.64", "20.00"))
                .when().put(REGISTER + "/X-1", dept).then().statusCode(200).header("ETag", "\"2\"")
                .body("holdingsCategory", equalTo("VEHICLES"));
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(CAR)
                .when().put(REGISTER + "/X-1", dept).then().statusCode(412);
        asFinanceAdmin().when().get(REGISTER + "/X-2", dept).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theHoldingsTableExportsLikeThePublishedOneAndEveryChangeLeavesTheOutbox() throws Exception {
        String dept = AssetFixtures.freshDept();
        AssetFixtures.putHoldings(dept);
        byte[] xlsx = asFinanceAdmin().when().get(HOLDINGS + "/export.xlsx", dept, AS_OF).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("部门固定资产占用情况表", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("截止时间：2023-12-31", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("资产总额", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals("——", sheet.getRow(4).getCell(1).getStringCellValue());
            assertEquals(393.70, sheet.getRow(4).getCell(2).getNumericCellValue());
            assertEquals("车辆（台、辆）", sheet.getRow(7).getCell(0).getStringCellValue());
            assertEquals(3.0, sheet.getRow(7).getCell(1).getNumericCellValue());
        }
        asFinanceAdmin().contentType(ContentType.JSON).body(CAR).when().post(REGISTER, dept).then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> asFinanceAdmin().get("/outbox").jsonPath().getLong("pending") == 0);
        asFinanceAdmin().queryParam("deptCode", dept).when().get("/snapshot/assets")
                .then().statusCode(200).body("assets.size()", equalTo(1)).body("assets[0].asset.holdingsCategory", equalTo("VEHICLES"));
        asFinanceAdmin().queryParam("deptCode", dept).when().get("/snapshot/holdings")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].version", equalTo(1))
                .body("[0].fiscalYear", equalTo(2024)).body("[0].holdings.rows[0].category", equalTo("TOTAL"));
        asFinanceAdmin().when().get("/snapshot/budgets").then().statusCode(200).body("deptCode", hasItem(dept));
    }
}
