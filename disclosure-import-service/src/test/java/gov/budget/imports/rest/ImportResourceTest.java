package gov.budget.imports.rest;

import gov.budget.imports.extract.Samples;
import gov.budget.web.testing.JsonAmounts;
import gov.budget.web.testing.TestSecurityResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import static gov.budget.web.testing.Callers.asDeptEditor;
import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.Callers.asFinanceViewer;
import static gov.budget.web.testing.JsonAmounts.amount;
import static gov.budget.web.testing.JsonAmounts.assertAmount;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = TestSecurityResource.class, scope = TestResourceScope.GLOBAL)
class ImportResourceTest {

    private static final String COMMERCE = "putuo-pdf/putuo-commerce-2025-budget.pdf";

    @Inject
    EntityManager entities;

    @Test
    void aPublishedPdfIsReadInTheBackgroundIntoADraftWithThePageOfEveryValue() {
        int id = asDeptEditor("PTSW").multiPart("file", "commerce.pdf", Samples.bytes(COMMERCE), "application/pdf")
                .multiPart("deptCode", "PTSW")
                .when().post("/imports")
                .then().statusCode(202)
                .header("Location", containsString("/imports/"))
                .body("status", equalTo("RECEIVED"))
                .body("region", equalTo("上海市普陀区"))
                .body("fiscalYear", equalTo(2025))
                .body("deptName", equalTo("上海市普陀区商务委员会"))
                .extract().path("id");
        awaitRead(id, "READY")
                .body("templateId", equalTo("shanghai-putuo"))
                .body("pageCount", equalTo(26))
                .body("tablesFound", equalTo(9))
                .body("cellsRead", equalTo(329))
                .body("problemCount", equalTo(0))
                .body("draft.tables[4].rows.find { it.code == '2011301' }.amounts.total", amount("9389913.00"))
                .body("draft.tables[4].rows.find { it.code == '2011301' }.evidence.total.page", equalTo(15))
                .body("draft.tables[4].rows.find { it.code == '2011301' }.evidence.total.printed", equalTo("9,389,913.00"))
                .body("draft.tables[4].rows.find { it.code == '2011301' }.evidence.total.box.size()", equalTo(4))
                .body("draft.tables[5].note", containsString("无政府性基金预算"));
    }

    @Test
    void aWordDisclosuresTextFormIsReadUnderTheHebeiTemplateWithTheTableRowAndCellOfEveryValue() {
        int id = asFinanceAdmin().multiPart("file", "published.txt", Samples.bytes("323-2024/published.txt"), "text/plain")
                .multiPart("deptCode", "323")
                .when().post("/imports")
                .then().statusCode(202)
                .body("region", equalTo("河北省"))
                .body("fiscalYear", equalTo(2024))
                .body("deptName", equalTo("秦皇岛市海港区人力资源和社会保障局"))
                .extract().path("id");
        JsonPath read = JsonAmounts.of(awaitRead(id, "READY")
                .body("templateId", equalTo("hebei-2024"))
                .body("pageCount", nullValue())
                .body("tablesFound", equalTo(9))
                .body("draft.tables[1].rows.find { it.code == '2080101' }.evidence.total.printed", equalTo("279.52"))
                .body("draft.tables[1].rows.find { it.code == '2080101' }.evidence.total.table", equalTo(2))
                .body("draft.tables[1].rows.find { it.code == '2080101' }.evidence.total.cell", equalTo(4))
                .body("draft.tables[6].note", containsString("空表列示"))
                .body("draft.narrative.size()", equalTo(19))
                .body("draft.narrative.find { it.code == 'running_cost' }.evidence.printed", equalTo("131.92"))
                .body("draft.narrative.find { it.code == 'running_cost' }.evidence.paragraph", notNullValue())
                .extract());
        assertAmount("131.92", read, "draft.narrative.find { it.code == 'running_cost' }.amount");
    }

    @Test
    void aWordDocumentOfARegionWithoutAWordLayoutIsRefused() {
        long before = stored();
        asFinanceAdmin().multiPart("file", "published.txt", Samples.bytes("323-2024/published.txt"), "text/plain")
                .multiPart("deptCode", "323")
                .multiPart(new MultiPartSpecBuilder("上海市普陀区").controlName("region").charset(StandardCharsets.UTF_8).build())
                .when().post("/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("region"))
                .body("violations.value", hasItem("上海市普陀区"));
        assertEquals(before, stored());
    }

    @Test
    void anImportIsReadableByTheFinanceBureauButNotByAnotherDepartmentsEditor() {
        int id = upload(COMMERCE, "PTSW").statusCode(202).extract().path("id");
        asFinanceViewer().when().get("/imports/{id}", id).then().statusCode(200).body("deptCode", equalTo("PTSW"));
        asDeptEditor("OTHER").when().get("/imports/{id}", id).then().statusCode(403).contentType("application/problem+json");
        asDeptEditor("OTHER").multiPart("file", "commerce.pdf", Samples.bytes(COMMERCE), "application/pdf")
                .multiPart("deptCode", "PTSW")
                .when().post("/imports").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theImportsAreListedLatestFirstAndAnEditorSeesOnlyItsOwnDepartments() {
        int ptsw = upload(COMMERCE, "PTSW").statusCode(202).extract().path("id");
        asFinanceViewer().queryParam("deptCode", "PTSW").queryParam("size", 5).when().get("/imports")
                .then().statusCode(200)
                .body("items[0].id", equalTo(ptsw))
                .body("items[0].fileName", equalTo(COMMERCE.substring(COMMERCE.lastIndexOf('/') + 1)))
                .body("items.deptCode", everyItem(equalTo("PTSW")))
                .body("size", equalTo(5));
        asDeptEditor("PTSW").when().get("/imports").then().statusCode(200).body("items.deptCode", everyItem(equalTo("PTSW")))
                .body("items.id", hasItem(ptsw));
        asDeptEditor("OTHER").when().get("/imports").then().statusCode(200).body("items.id", not(hasItem(ptsw)));
        asDeptEditor("OTHER").queryParam("deptCode", "PTSW").when().get("/imports").then().statusCode(403);
        asFinanceViewer().queryParam("size", "many").when().get("/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("size")).body("violations[0].value", equalTo("many"));
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedAndNothingIsStored() {
        long before = stored();
        asFinanceAdmin().multiPart("file", "budget.xlsx", "PK not a pdf".getBytes(), "application/octet-stream")
                .multiPart("deptCode", "PTSW")
                .when().post("/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("file"))
                .body("violations.value", hasItem("budget.xlsx"))
                .body("violations.message", hasItem(containsString("not a PDF")));
        assertEquals(before, stored());
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        long before = stored();
        asFinanceAdmin().multiPart("file", "locked.pdf", encryptedPdf(), "application/pdf").multiPart("deptCode", "PTSW")
                .when().post("/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.message", hasItem(containsString("encrypted")));
        assertEquals(before, stored());
    }

    @Test
    void aScanWithoutATextLayerIsRefusedSayingThatOcrIsNotSupported() throws IOException {
        long before = stored();
        asFinanceAdmin().multiPart("file", "scan.pdf", blankPdf(), "application/pdf").multiPart("deptCode", "PTSW")
                .when().post("/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.message", hasItem(containsString("OCR is not supported")));
        assertEquals(before, stored());
    }

    @Test
    void aRegionThatNoTemplateKnowsIsRefused() {
        long before = stored();
        upload(COMMERCE, "PTSW", "上海市黄浦区")
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("region"))
                .body("violations.value", hasItem("上海市黄浦区"))
                .body("violations.message", hasItem(containsString("no template")));
        assertEquals(before, stored());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413() {
        long before = stored();
        byte[] large = Arrays.copyOf(Samples.bytes(COMMERCE), 1_200_000);
        asFinanceAdmin().multiPart("file", "large.pdf", large, "application/pdf").multiPart("deptCode", "PTSW")
                .when().post("/imports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("violations.field", hasItem("file"));
        assertEquals(before, stored());
    }

    @Test
    void anUploadWithoutAFileOrDepartmentNamesTheMissingField() {
        asFinanceAdmin().multiPart("deptCode", "PTSW").when().post("/imports")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("file"));
        asFinanceAdmin().multiPart("file", "commerce.pdf", Samples.bytes(COMMERCE), "application/pdf").multiPart("deptCode", "PT SW")
                .when().post("/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("deptCode")).body("violations.value", hasItem("PT SW"));
    }

    @Test
    void aCodePrintedWronglyIsReportedAsPrintedAndTheImportIsNotCommittedUnlessTheCallerAcceptsIt() {
        // 表2 prints 行政运行's code with the letter O for a zero
        String published = new String(Samples.bytes("323-2024/published.txt"), StandardCharsets.UTF_8);
        byte[] misprinted = published.replaceFirst("\t2080101\n", "\t20801O1\n").getBytes(StandardCharsets.UTF_8);
        int id = asFinanceAdmin().multiPart("file", "published.txt", misprinted, "text/plain").multiPart("deptCode", "323")
                .when().post("/imports").then().statusCode(202).extract().path("id");
        awaitRead(id, "NEEDS_REVIEW")
                .body("problemCount", equalTo(1))
                .body("draft.problems[0].kind", equalTo("MALFORMED_CODE"))
                .body("draft.problems[0].tableNo", equalTo(2))
                .body("draft.problems[0].evidence.printed", equalTo("20801O1"))
                .body("draft.problems[0].evidence.table", equalTo(2));
        asFinanceAdmin().when().post("/imports/{id}/commit", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("acceptProblems=true"));
    }

    @Test
    void anUnknownImportIs404() {
        asFinanceAdmin().when().get("/imports/{id}", 987654321).then().statusCode(404).contentType("application/problem+json");
    }

    private static ValidatableResponse upload(String sample, String deptCode) {
        return asFinanceAdmin().multiPart("file", sample.substring(sample.lastIndexOf('/') + 1), Samples.bytes(sample), "application/pdf")
                .multiPart("deptCode", deptCode)
                .when().post("/imports").then();
    }

    private static ValidatableResponse upload(String sample, String deptCode, String region) {
        return asFinanceAdmin().multiPart("file", "doc.pdf", Samples.bytes(sample), "application/pdf")
                .multiPart("deptCode", deptCode)
                .multiPart(new MultiPartSpecBuilder(region).controlName("region").charset(StandardCharsets.UTF_8).build())
                .when().post("/imports").then();
    }

    private static ValidatableResponse awaitRead(int id, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !asFinanceAdmin().when().get("/imports/{id}", id).then().extract().path("status").toString().matches("RECEIVED|PARSING"));
        return asFinanceAdmin().when().get("/imports/{id}", id).then().statusCode(200).body("status", equalTo(status));
    }

    /** How many imports are stored, read with SQL: nothing refused may leave a row. */
    private long stored() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entities.createNativeQuery("SELECT COUNT(*) FROM disclosure_import").getSingleResult()).longValue());
    }

    private static byte[] blankPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }
}
