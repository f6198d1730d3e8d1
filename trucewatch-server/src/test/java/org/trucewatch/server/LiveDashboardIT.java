package org.trucewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trucewatch.server.api.ApiServer;
import org.trucewatch.server.api.StoreWriter;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.Store;

/**
 * The dashboard updates itself (live.js on /api/stream): an article posted while the page is open appears in "Just in"
 * and in the incident log without a reload. Needs Chromium and its driver, as {@link DashboardIT}.
 */
class LiveDashboardIT {

  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final String TOKEN = "live-token";

  @TempDir static Path dir;
  static Store store;
  static Javalin app;
  static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER),
        "no browser tests: /usr/bin/chromedriver and /usr/bin/chromium are missing");
    store = Fixtures.sampleStore(dir);
    StoreWriter writer = new StoreWriter(Fixtures.pipeline(), store, Fixtures.CLOCK);
    app = new ApiServer(store, writer, Fixtures.server(1 << 20, false), TOKEN, Fixtures.CLOCK).create()
        .start("127.0.0.1", 0);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build(), options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  /** Posts one article through the API, as a newsroom's feed would, and answers the status. */
  private static int post(String article) {
    return Fixtures.Http.to(app.port()).send("POST", "/api/articles", "[" + article + "]", "Content-Type",
        "application/json", "Authorization", "Bearer " + TOKEN).statusCode();
  }

  @Test
  void aPostedArticleShowsUpWithoutAReload() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    int before = store.incidents(new IncidentQuery(null, null, null, null,
        org.trucewatch.extract.EventType.ATTACK, null, 0, Integer.MAX_VALUE)).size();
    driver.get("http://127.0.0.1:" + app.port() + "/");
    wait.until(d -> d.findElements(By.cssSelector("#incidents tbody tr")).size() == before);
    wait.until(d -> d.findElement(By.id("live")).getText().equals("live"));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.notReloaded = true");

    String article = "{\"id\":\"live-1\",\"title\":\"Shelling of Tartar\",\"published\":\"2020-10-29\","
        + "\"outlet\":\"Live Wire\",\"text\":\"Shelling of Tartar.\\n\\nAzerbaijan's Defence Ministry said Armenian "
        + "forces shelled Tartar on Thursday, wounding three civilians.\"}";
    assertThat(post(article)).isEqualTo(201);
    int after = store.incidents(new IncidentQuery(null, null, null, null, org.trucewatch.extract.EventType.ATTACK,
        null, 0, Integer.MAX_VALUE)).size();
    assertThat(after).isGreaterThan(before);

    wait.until(d -> !d.findElements(By.cssSelector("#live-panel li a")).isEmpty());
    assertThat(driver.findElement(By.id("live-panel")).getText()).contains("Tartar");
    wait.until(d -> d.findElements(By.cssSelector("#incidents tbody tr")).size() == after);
    assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.notReloaded"))
        .isEqualTo(true);
    List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
        .filter(m -> !m.contains("favicon.ico")).toList();
    assertThat(errors).isEmpty();
  }

  @Test
  void aPageBackFromTheBackForwardCacheListensAgain() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
    driver.get("http://127.0.0.1:" + app.port() + "/");
    wait.until(d -> d.findElement(By.id("live")).getText().equals("live"));
    js.executeScript("window.keptInCache = true");
    driver.get("http://127.0.0.1:" + app.port() + "/api/status");
    driver.navigate().back();
    // restored, not reloaded: the stream it closed when it was left must be opened again
    wait.until(d -> js.executeScript("return document.readyState").equals("complete"));
    assertThat(js.executeScript("return window.keptInCache === true")).isEqualTo(true);
    wait.until(d -> d.findElement(By.id("live")).getText().equals("live"));

    String article = "{\"id\":\"live-2\",\"title\":\"Shelling of Terter\",\"published\":\"2020-10-30\","
        + "\"outlet\":\"Live Wire\",\"text\":\"Shelling of Barda.\\n\\nAzerbaijan's Defence Ministry said Armenian "
        + "forces shelled Barda on Friday, wounding two civilians.\"}";
    assertThat(post(article)).isEqualTo(201);
    wait.until(d -> d.findElement(By.id("live-panel")).getText().contains("Barda"));
  }
}
