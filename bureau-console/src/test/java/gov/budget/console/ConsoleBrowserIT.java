package gov.budget.console;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged console in a real headless Chromium (Debian's, driven by Selenium), against the
 * packaged ledger and reconciliation with the seed budget loaded and one of its cells changed. Each
 * test saves screenshots under target/screenshots/.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedServices.class)
class ConsoleBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private WebDriver browser;
    private String console;
    private String dept;

    @BeforeEach
    void openBrowser() {
        dept = SeedDepartment.withTwoCellsChanged();
        console = "http://localhost:" + RestAssured.port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // headless, and as root in a container without a sandbox
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFinanceViewerSignsInSeesTheDepartmentInErrorAndItsHighlightedCell() throws IOException {
        browser.get(console + "/?year=2024");
        assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), "a page without a session redirects to sign-in: " + browser.getCurrentUrl());
        screenshot("sign-in");
        signIn(ConsoleTokens.financeViewer());

        // the charts count the bureau's open findings of the year, the department's R05 and R16 among them
        browser.get(console + "/?year=2024");
        // the chart is drawn by the page's script once ECharts has loaded
        boolean drawn = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            Object rules = ((JavascriptExecutor) d).executeScript("const chart = document.getElementById('chart-rules');"
                    + "const drawn = chart && window.echarts && echarts.getInstanceByDom(chart);"
                    + "return drawn ? drawn.getOption().xAxis[0].data.join(',') : '';");
            return rules.toString().contains("R05") && rules.toString().contains("R16");
        });
        assertTrue(drawn, "the chart's rules include the department's R05 and R16");
        screenshot("overview-charts");

        // the shared test database holds many department-years: the officer searches for the department
        browser.findElement(By.name("q")).sendKeys(dept);
        browser.findElement(By.xpath("//button[text()='筛选']")).click();
        WebElement row = browser.findElement(By.cssSelector("tr[data-dept='" + dept + "']"));
        assertTrue(row.getText().contains("有错误"), row.getText());
        screenshot("overview");

        row.findElement(By.linkText(dept)).click();
        WebElement cell = browser.findElement(By.xpath("//section[@id='table-3']//td[contains(@class,'finding')][a[text()='580.22']]"));
        assertTrue(cell.getDomAttribute("title").contains("ERROR"), cell.getDomAttribute("title"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", cell);
        screenshot("department");

        // the project sheet's cost indicator that R22 questions, highlighted the same way
        WebElement indicator = browser.findElement(By.xpath("//section[@id='tab-sheets']//td[contains(@class,'finding')]"));
        assertTrue(indicator.getDomAttribute("title").startsWith("R22 WARNING"), indicator.getDomAttribute("title"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", indicator);
        screenshot("project-sheet");

        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.findElement(By.tagName("a")).click();
        assertTrue(browser.getCurrentUrl().contains("#finding-"), "selecting the cell opens its finding: " + browser.getCurrentUrl());
    }

    @Test
    void aChangeThroughTheApiTurnsUpOnTheOpenPageWithoutAReload() throws IOException {
        browser.get(console + "/sign-in");
        signIn(ConsoleTokens.financeViewer());
        browser.get(console + "/departments/" + dept + "/2024");
        // a reload would lose this
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        String admin = ConsoleTokens.financeAdmin();
        String etag = RestAssured.given().auth().oauth2(admin).get(PackagedServices.ledger() + "/budgets/" + dept + "/2024/tables/3")
                .then().statusCode(200).extract().header("ETag");
        RestAssured.given().auth().oauth2(admin).contentType("application/json").header("If-Match", etag)
                .body("{\"amounts\": {\"total\": 3.01}}")
                .patch(PackagedServices.ledger() + "/budgets/" + dept + "/2024/tables/3/rows/2080107").then().statusCode(200);

        WebElement changed = new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//section[@id='table-3']//td[contains(@class,'finding')][a[text()='3.01']]")));
        assertTrue(changed.getDomAttribute("title").contains("ERROR"), changed.getDomAttribute("title"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"));
        screenshot("live");
    }

    @Test
    void aFinanceAdminExplainsTheWarningFromTheDepartmentPage() throws IOException {
        browser.get(console + "/sign-in");
        signIn(ConsoleTokens.financeAdmin());
        browser.get(console + "/departments/" + dept + "/2024");
        WebElement warning = browser.findElement(By.xpath("//section[@class='findings']//tr[td[1][text()='R16']]"));
        warning.findElement(By.linkText("历史与说明")).click();
        String reason = "职业年金并入养老保险缴费列支 " + System.nanoTime();
        browser.findElement(By.id("reason")).sendKeys(reason);
        browser.findElement(By.xpath("//button[text()='提交说明']")).click();

        WebElement explanation = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("dd.explanation")));
        assertTrue(explanation.getText().contains(reason + "（test-admin，"), explanation.getText());
        assertTrue(browser.findElements(By.cssSelector("tr[data-kind='EXPLAINED']")).size() >= 1, "the history shows the explanation");
        screenshot("explained");
    }

    @Test
    void anotherDepartmentsEditorSeesNeitherTheDepartmentNorItsFigures() throws IOException {
        browser.get(console + "/sign-in");
        signIn(ConsoleTokens.deptEditor("OTHER1"));
        assertTrue(browser.findElements(By.cssSelector("tr[data-dept='" + dept + "']")).isEmpty());
        browser.get(console + "/departments/" + dept + "/2024");
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("没有查看该部门的权限"), page);
        assertTrue(!page.contains("580.22"), page);
        screenshot("refused");

        browser.findElement(By.xpath("//button[text()='退出']")).click();
        awaitUrl(".*/sign-in$");
        browser.get(console + "/?year=2024");
        assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), "signed out, a page redirects to sign-in again");
    }

    private void signIn(String token) {
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.xpath("//button[text()='登录']")).click();
        awaitUrl(java.util.regex.Pattern.quote(console + "/") + "(\\?.*)?");
    }

    /** A click starts a navigation; the next page is there once the address is. */
    private void awaitUrl(String pattern) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(pattern));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
