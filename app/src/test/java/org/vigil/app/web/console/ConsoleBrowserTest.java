package org.vigil.app.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigil.app.web.TestServer;
import org.vigil.screening.alerts.Alert;
import org.vigil.screening.alerts.AlertStatus;

/**
 * The console in a real headless Chromium (Debian's chromium and chromedriver; Selenium is given both paths, so
 * Selenium Manager never downloads anything): log in through the form, screen a name and read the explanation, open
 * the entity, decide an alert with four eyes, check the audit log, log out; a payload in a name shows as text and
 * runs nothing. Every page is also checked at the pixel level: a screenshot of the window's size that is not blank
 * and shows the header's dark blue (saved under target/screenshots). Skipped, saying so, where Chromium is not
 * installed ({@code apt-get install chromium chromium-driver}; .ci/run installs them).
 */
@Tag("browser")
class ConsoleBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;
    /** The header background in vigil.css. */
    static final int HEADER_BLUE = 0x13233a;

    @TempDir
    static Path data;
    @TempDir
    static Path files;
    static TestServer server;

    @TempDir
    Path profile;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeAll
    static void startServer() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser tests skipped: " + CHROMIUM + " is not installed "
                + "(apt-get install chromium chromium-driver)");
        assertThat(CHROMEDRIVER).as("chromedriver beside chromium (apt-get install chromium-driver)").isExecutable();
        Files.createDirectories(SCREENSHOTS);
        server = TestServer.start(data);
        try {
            ConsoleFixtures.loadHostileWatchlist(server, files);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--force-device-scale-factor=1", "--window-size=" + WIDTH + "," + HEIGHT,
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return server.uri(path).toString();
    }

    void login(String user) {
        driver.get(url("/login"));
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
        assertThat(driver.findElement(By.cssSelector("header .user")).getText()).startsWith(user);
    }

    void logout() {
        driver.findElement(By.cssSelector("form.logout button")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Log in"));
    }

    void clickNav(String label) {
        driver.findElement(By.linkText(label)).click();
    }

    String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    void noDialog() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void anAnalystScreensOpensTheEntityAndProposesAMatchThatAReviewerConfirms() throws Exception {
        Alert alert = ConsoleFixtures.raise(server, "C-1001", "Hafiz Mohammad Sayeed", "Hafiz Mohammad Sayeed",
                "un-sc:QDi.263");

        // a console page without a session leads to the login form
        driver.get(url("/alerts"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Log in"));
        screenshot("login");
        login("analyst1");
        screenshot("dashboard");

        clickNav("Screen");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Screen a name"));
        driver.findElement(By.name("name")).sendKeys("Hafiz Mohammad Sayeed");
        driver.findElement(By.cssSelector("form.screen button[type=submit]")).click();
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.match")));
        assertThat(first.findElement(By.tagName("h3")).getText()).contains("un-sc:QDi.263")
                .contains("HAFIZ MUHAMMAD SAEED");
        // the explanation: which query token met which listed token, by which rule and weight
        WebElement row = first.findElement(By.cssSelector("table.explanation tbody tr"));
        assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
                .startsWith("sayeed", "sayeed", "exact", "1.00");
        screenshot("screen");

        first.findElement(By.linkText("un-sc:QDi.263")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "HAFIZ MUHAMMAD SAEED"));
        assertThat(main()).contains("Hafiz Mohammad Sayeed").contains("3520025509842-7")
                .contains("LASHKAR-E-TAYYIBA").contains("History").contains("listed in un-sc@2026-02-27-66b392a4");
        screenshot("entity");

        clickNav("Alerts");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Alerts"));
        screenshot("alerts");
        driver.findElement(By.linkText("#" + alert.id())).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Alert #" + alert.id()));
        assertThat(main()).contains("C-1001").contains("HAFIZ MUHAMMAD SAEED").contains("Why it matched");
        driver.findElement(By.name("reason")).sendKeys("same name; date of birth and country agree");
        driver.findElement(By.cssSelector("button[value=TRUE_MATCH]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash")));
        assertThat(driver.findElement(By.cssSelector("p.flash")).getText())
                .isEqualTo("Decision recorded; the alert is now pending second review.");
        assertThat(driver.getCurrentUrl()).endsWith("/alerts/" + alert.id() + "?done=1"); // redirect after post
        assertThat(driver.findElements(By.cssSelector("button[value=TRUE_MATCH]"))).isEmpty(); // not for analysts
        screenshot("alert-proposed");
        logout();

        login("reviewer1");
        driver.get(url("/alerts/" + alert.id()));
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[value=TRUE_MATCH]")));
        assertThat(confirm.getText()).isEqualTo("Confirm true match");
        driver.findElement(By.name("reason")).sendKeys("passport number checked");
        confirm.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash")));
        assertThat(driver.findElement(By.cssSelector("p.flash")).getText()).contains("confirmed match");
        assertThat(driver.findElement(By.cssSelector("table.decisions")).getText()).contains("user:analyst1")
                .contains("user:reviewer1").contains("passport number checked");
        assertThat(server.services.alerts().find(alert.id()).orElseThrow().status())
                .isEqualTo(AlertStatus.CONFIRMED_MATCH);
        screenshot("alert-confirmed");

        clickNav("Audit");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Audit log"));
        assertThat(driver.findElement(By.cssSelector("p.verify")).getText()).startsWith("Hash chain verified");
        String anchor = driver.findElement(By.cssSelector("p.anchor code")).getText();
        assertThat(anchor).matches("\\d+:[0-9a-f]{64}");
        assertThat(server.services.audit().verify(List.of(org.vigil.screening.audit.AuditAnchor.parse(anchor))).ok())
                .as("the head shown is a row of the chain").isTrue();
        assertThat(driver.findElement(By.cssSelector("table.audit")).getText()).contains("alert.decide")
                .contains("screen.console").contains("auth.login");
        screenshot("audit");

        clickNav("Lists");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lists"));
        assertThat(main()).contains("un-sc@2026-02-27-66b392a4").contains("active");
        screenshot("lists");

        logout();
        driver.get(url("/alerts"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Log in"));
        noDialog();
    }

    @Test
    void anAnalystUploadsABatchFileWatchesItFinishAndAFileWithoutANameColumnIsRefusedNamingIt() throws Exception {
        Path good = files.resolve("customers.csv");
        Files.writeString(good, "id,name,country\nB-1,Hafiz Mohammad Sayeed,PK\nB-2,Maria Fernanda Oliveira,BR\n"
                + "B-3,Lashkar e Toiba,\nB-4,Kenji Watanabe,JP\n", java.nio.charset.StandardCharsets.UTF_8);
        Path bad = files.resolve("no-name.csv");
        Files.writeString(bad, "id,customer\n1,Someone\n", java.nio.charset.StandardCharsets.UTF_8);
        login("analyst1");

        clickNav("Batches");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Batch screening"));
        driver.findElement(By.name("file")).sendKeys(bad.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error")));
        assertThat(error.getText()).contains("no 'name' column; the header has: id, customer");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Batch screening");
        screenshot("batch-refused");

        driver.findElement(By.name("file")).sendKeys(good.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "customers.csv"));
        assertThat(driver.getCurrentUrl()).matches(".*/batches/\\d+$"); // redirect after post
        // the job page refreshes itself (no JavaScript) until the job has finished
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(ExpectedConditions.presenceOfElementLocated(
                By.linkText("JSON lines")));
        assertThat(main()).contains("completed").contains("4 of 4 rows").contains("Rows with matches 2")
                .contains("Uploaded by user:analyst1");
        screenshot("batch-done");

        clickNav("Batches");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Batch screening"));
        assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("customers.csv")
                .contains("completed").contains("100%");
        screenshot("batches");
        noDialog();
    }

    @Test
    void aPayloadInANameIsShownAsTextAndRunsNothing() throws Exception {
        String xss = ConsoleFixtures.XSS;
        Alert alert = ConsoleFixtures.raiseWithHostileExplanation(server, "R-" + xss, "un-sc:QDi.263");
        login("reviewer1");

        // typed into the screening form
        clickNav("Screen");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Screen a name"));
        // the form offers the lists the index holds; wait until it holds the watchlist loaded at start-up, since the
        // submitted form names its lists and a refresh repeats them
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> {
            if (d.findElements(By.cssSelector("input[name=sources][value=internal]")).isEmpty()) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        driver.findElement(By.name("name")).sendKeys(xss);
        driver.findElement(By.cssSelector("form.screen button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.results")));
        noDialog();
        assertThat(driver.findElement(By.cssSelector("section.results")).getText()).contains(xss);
        assertThat(driver.findElement(By.name("name")).getAttribute("value")).isEqualTo(xss);
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        // the same payload as a listed name: found once the index has picked up the watchlist, shown as text
        wait.until(d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector("section.results")).getText()
                    .contains(ConsoleFixtures.HOSTILE_ENTITY);
        });
        noDialog();
        assertThat(driver.findElement(By.cssSelector("article.match h3")).getText())
                .isEqualTo("1.000 " + ConsoleFixtures.HOSTILE_ENTITY + " " + xss);
        assertThat(driver.findElements(By.cssSelector("main img, main script, main svg"))).isEmpty();
        screenshot("xss-screen");

        driver.findElement(By.linkText(ConsoleFixtures.HOSTILE_ENTITY)).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), xss));
        noDialog();
        assertThat(main()).contains("<script>alert(2)</script>").contains("<b>prog</b>")
                .contains("\"><svg onload=alert(3)>");
        assertThat(driver.findElements(By.cssSelector("main img, main script, main svg, main b"))).isEmpty();
        screenshot("xss-entity");

        // stored in a record, an explanation and a decision reason
        driver.get(url("/alerts/" + alert.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Alert #" + alert.id()));
        driver.findElement(By.name("reason")).sendKeys(xss);
        driver.findElement(By.cssSelector("button[value=ESCALATE]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash")));
        noDialog();
        assertThat(main()).contains("R-" + xss).contains("Name\n" + xss);
        assertThat(driver.findElement(By.cssSelector("table.explanation")).getText()).contains(xss);
        assertThat(driver.findElement(By.cssSelector("table.decisions")).getText()).contains(xss);
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        screenshot("xss-alert");

        clickNav("Audit");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Audit log"));
        noDialog();
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("table.audit")).getText()).contains(xss);
    }

    /**
     * Saves a screenshot and checks it: the window's size, not blank (many colours, not one dominant), with the
     * header's dark blue across the top.
     */
    void screenshot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img).as("%s decodes as PNG", name).isNotNull();
        // the window's viewport, as the page sees it (the headless window's outer size includes its frame)
        List<?> viewport = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "return [window.innerWidth, window.innerHeight];");
        Dimension window = driver.manage().window().getSize();
        assertThat(img.getWidth()).as("%s width", name).isEqualTo(((Number) viewport.get(0)).intValue())
                .isEqualTo(window.getWidth());
        assertThat(img.getHeight()).as("%s height", name).isEqualTo(((Number) viewport.get(1)).intValue())
                .isLessThanOrEqualTo(window.getHeight());
        Set<Integer> colours = new HashSet<>();
        int[] counts = new int[1];
        java.util.Map<Integer, Integer> freq = new java.util.HashMap<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                freq.merge(rgb, 1, Integer::sum);
                counts[0]++;
            }
        }
        assertThat(colours.size()).as("%s: distinct colours", name).isGreaterThan(20);
        int top = freq.values().stream().max(Integer::compare).orElse(0);
        assertThat(top).as("%s: one colour covers nearly everything (blank page?)", name)
                .isLessThan(counts[0] * 98 / 100);
        assertThat(img.getRGB(3, 3) & 0xffffff).as("%s: header colour at the top left", name).isEqualTo(HEADER_BLUE);
        // (left of where a scrollbar would be)
        assertThat(img.getRGB(img.getWidth() - 40, 3) & 0xffffff).as("%s: header colour at the top right", name)
                .isEqualTo(HEADER_BLUE);
    }
}
