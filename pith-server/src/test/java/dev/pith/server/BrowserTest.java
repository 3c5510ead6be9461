package dev.pith.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in a real headless Chromium (Debian's chromium and chromedriver, driven by
 * Selenium with explicit paths: nothing is downloaded). Skipped when the browser is not
 * installed; CI installs it. Screenshots go to {@code target/browser/}.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser");
    private static final Duration WAIT = Duration.ofSeconds(30);

    static PithServer server;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // skipped on a developer's machine without them; CI (CI=true) installs them, so there it fails
        if ("true".equals(System.getenv("CI"))) {
            org.assertj.core.api.Assertions.assertThat(installed).as("chromium and chromedriver in CI").isTrue();
        }
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
        server = PithServer.start(ServerSettings.defaults().withPort(0));
        profile = Files.createTempDirectory("pith-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // no background traffic: this machine's network is closed, and a test must not phone out
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1400,1600", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void paste(String html) {
        driver.get(server.uri().toString());
        WebElement area = driver.findElement(By.id("html"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", area, html);
        driver.findElement(By.id("extract")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#blocks li")));
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    @Test
    void showsKeptAndDroppedBlocksWithRulesAndSwitchesFocus() throws Exception {
        paste(Files.readString(ExtractApiTest.EXAMPLE, StandardCharsets.UTF_8));
        List<WebElement> kept = driver.findElements(By.cssSelector("#blocks li.kept"));
        List<WebElement> dropped = driver.findElements(By.cssSelector("#blocks li.dropped"));
        assertThat(kept).isNotEmpty();
        assertThat(dropped).isNotEmpty();
        assertThat(dropped).allSatisfy(li ->
                assertThat(li.findElement(By.cssSelector(".rule")).getText()).isNotBlank());
        assertThat(kept).allSatisfy(li -> assertThat(li.findElements(By.cssSelector(".rule"))).isEmpty());
        assertThat(driver.findElement(By.id("article")).getText()).contains("Porthmere");
        assertThat(driver.findElement(By.id("meta")).getText()).contains("Maya Okafor");
        assertThat(driver.findElements(By.cssSelector("#removals li"))).isNotEmpty();
        screenshot("review-balanced.png");

        driver.findElement(By.cssSelector("input[name=focus][value=recall]")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("summary"), "Focus recall"));
        assertThat(driver.findElement(By.id("summary")).getText()).contains("balanced:").contains("recall:");
        screenshot("review-recall.png");
        Files.writeString(SCREENSHOTS.resolve("review.dom.html"), driver.getPageSource());
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theExampleButtonLoadsTheBundledPage() {
        driver.get(server.uri().toString());
        driver.findElement(By.id("example")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#blocks li")));
        assertThat(driver.findElement(By.id("html")).getDomProperty("value")).contains("<html");
        assertThat(driver.findElement(By.id("article")).getText()).contains("Porthmere");
        assertThat(driver.findElement(By.id("markdown")).getDomProperty("textContent")).startsWith("---");
    }

    @Test
    void scriptInThePageNeverRuns() throws Exception {
        String page = "<html><head><title>Script test</title><script>alert(1)</script></head><body><article>"
                + "<h1>Script test</h1><p>This paragraph quotes code as text: &lt;script&gt;alert(1)&lt;/script&gt;"
                + " and it goes on long enough to be kept as the main content of the page by the extractor.</p>"
                + "<p>A second paragraph with an image <img src=x onerror=alert(2)> and more ordinary words so that"
                + " the article is clearly prose and not a menu, a footer or a list of links.</p>"
                + "</article></body></html>";
        paste(page);
        assertThat(driver.findElement(By.id("article")).getText()).contains("<script>alert(1)</script>");
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.findElements(By.cssSelector("#article script, #blocks script, #article img"))).isEmpty();
        screenshot("review-script.png");
    }
}
