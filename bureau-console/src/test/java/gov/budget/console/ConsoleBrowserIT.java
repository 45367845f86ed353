package gov.budget.console;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
 * packaged services with the seed disclosure loaded as published (one WARNING, R22). The tests run in
 * order: the third changes a cell of 表3, turning the department to ERROR. Each saves screenshots
 * under target/screenshots/.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedServices.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private WebDriver browser;
    private String console;
    private String dept;

    @BeforeEach
    void openBrowser() {
        dept = SeedDepartment.published();
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
    @Order(1)
    void aFinanceViewerSeesTheDepartmentsWarningInTheOverviewTheChartAndItsProjectSheet() throws IOException {
        browser.get(console + "/?year=2024");
        assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), "a page without a session redirects to sign-in: " + browser.getCurrentUrl());
        screenshot("sign-in");
        signIn(ConsoleTokens.financeViewer());

        // the charts count the bureau's open findings of the year, the department's R22 among them
        browser.get(console + "/?year=2024");
        // the chart is drawn by the page's script once ECharts has loaded
        boolean drawn = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            Object rules = ((JavascriptExecutor) d).executeScript("const chart = document.getElementById('chart-rules');"
                    + "const drawn = chart && window.echarts && echarts.getInstanceByDom(chart);"
                    + "return drawn ? drawn.getOption().xAxis[0].data.join(',') : '';");
            return rules.toString().contains("R22");
        });
        assertTrue(drawn, "the chart's rules include the department's R22");
        screenshot("overview-charts");

        // the shared test database holds many department-years: the officer searches for the department
        browser.findElement(By.name("q")).sendKeys(dept);
        browser.findElement(By.xpath("//button[text()='筛选']")).click();
        // the filter loads a new page: wait for its row rather than look before it is drawn
        WebElement row = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-dept='" + dept + "']")));
        assertTrue(row.getText().contains("有提示"), row.getText());
        screenshot("overview");

        // its page: the project sheet's cost indicator that R22 questions is highlighted
        row.findElement(By.linkText(dept)).click();
        WebElement indicator = browser.findElement(By.xpath("//section[@id='tab-sheets']//td[contains(@class,'finding')]"));
        assertTrue(indicator.getDomAttribute("title").startsWith("R22 WARNING"), indicator.getDomAttribute("title"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", indicator);
        screenshot("project-sheet");

        indicator.findElement(By.tagName("a")).click();
        assertTrue(browser.getCurrentUrl().contains("#finding-"), "selecting the cell opens its finding: " + browser.getCurrentUrl());
    }

    @Test
    @Order(2)
    void aFinanceAdminExplainsTheWarningFromTheDepartmentPage() throws IOException {
        browser.get(console + "/sign-in");
        signIn(ConsoleTokens.financeAdmin());
        browser.get(console + "/departments/" + dept + "/2024");
        WebElement warning = findOnPage(By.xpath("//section[@class='findings']//tr[td[1][text()='R22']]"), "explain-missing");
        warning.findElement(By.linkText("历史与说明")).click();
        String reason = "成本指标含上年结转资金 " + System.nanoTime();
        browser.findElement(By.id("reason")).sendKeys(reason);
        browser.findElement(By.xpath("//button[text()='提交说明']")).click();

        WebElement explanation = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("dd.explanation")));
        assertTrue(explanation.getText().contains(reason + "（test-admin，"), explanation.getText());
        assertTrue(browser.findElements(By.cssSelector("tr[data-kind='EXPLAINED']")).size() >= 1, "the history shows the explanation");
        screenshot("explained");
    }

    @Test
    @Order(3)
    void aChangeThroughTheApiTurnsTheOpenPagesToErrorAndBackWithoutAReload() throws IOException {
        browser.get(console + "/sign-in");
        signIn(ConsoleTokens.financeViewer());
        browser.get(console + "/departments/" + dept + "/2024");
        assertTrue(browser.findElement(By.cssSelector("p.meta")).getText().contains("有提示"));
        // a reload would lose this
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        SeedDepartment.patch(PackagedServices.ledger() + "/budgets/" + dept + "/2024/tables/3", "2080106", "{\"amounts\": {\"total\": 580.22}}");

        WebElement changed = new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//section[@id='table-3']//td[contains(@class,'finding')][a[text()='580.22']]")));
        assertTrue(changed.getDomAttribute("title").contains("ERROR"), changed.getDomAttribute("title"));
        assertTrue(browser.findElement(By.cssSelector("p.meta")).getText().contains("有错误"), "the department turned to ERROR");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", changed);
        screenshot("live");

        // the overview follows too: changing the cell back resolves the errors, and the row turns back to its warning
        browser.get(console + "/?year=2024&q=" + dept);
        assertTrue(browser.findElement(By.cssSelector("tr[data-dept='" + dept + "']")).getText().contains("有错误"));
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        SeedDepartment.patch(PackagedServices.ledger() + "/budgets/" + dept + "/2024/tables/3", "2080106", "{\"amounts\": {\"total\": 580.21}}");
        // the row is replaced when the page swaps its content: a row read mid-swap is read again
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("tr[data-dept='" + dept + "']")).getText().contains("有提示"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"));
        screenshot("live-overview");
    }

    @Test
    @Order(4)
    void anotherDepartmentsEditorSeesNeitherTheDepartmentNorItsFigures() throws IOException {
        browser.get(console + "/sign-in");
        signIn(ConsoleTokens.deptEditor("OTHER1"));
        assertTrue(browser.findElements(By.cssSelector("tr[data-dept='" + dept + "']")).isEmpty());
        browser.get(console + "/departments/" + dept + "/2024");
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("没有查看该部门的权限"), page);
        assertTrue(!page.contains("580.2"), page);
        screenshot("refused");

        browser.findElement(By.xpath("//button[text()='退出']")).click();
        awaitUrl(".*/sign-in$");
        browser.get(console + "/?year=2024");
        assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), "signed out, a page redirects to sign-in again");
    }

    /**
     * The element, or a failure that says what the page showed instead and what reconciliation answers
     * for the department now, with a screenshot under {@code name}.
     */
    private WebElement findOnPage(By element, String name) throws IOException {
        try {
            return browser.findElement(element);
        } catch (NoSuchElementException e) {
            screenshot(name);
            String page = browser.findElement(By.tagName("body")).getText();
            String reconciliation = RestAssured.given().auth().oauth2(ConsoleTokens.financeAdmin())
                    .get(PackagedServices.reconciliation() + "/reconciliations/" + dept + "/2024").asString();
            throw new AssertionError(element + " is not on " + browser.getCurrentUrl() + "\npage: " + page
                    + "\nreconciliation now: " + reconciliation, e);
        }
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
