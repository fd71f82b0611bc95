package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless Chromium (Debian's chromium and chromium-driver): search, the
 * article view with its highlights and tooltip, an actor's timeline and network, the paste box,
 * and a hostile article that must run nothing. Screenshots go to target/screenshots/.
 */
class WebPageTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  static Fixture f;
  static WebDriver driver;
  static WebDriverWait wait;
  static Path profile;

  @BeforeAll
  static void open() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("the browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
          + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver (.ci/run does)");
    }
    f = Fixture.get();
    Files.createDirectories(SHOTS);
    profile = Files.createTempDirectory("parley-chromium");
    // a driver given by path: Selenium Manager is never asked to find or download one
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
        "--window-size=1400,1000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void go(String hash) {
    driver.get(f.url("/" + hash));
  }

  private static List<WebElement> waitFor(String css, int atLeast) {
    wait.until(d -> d.findElements(By.cssSelector(css)).size() >= atLeast);
    return driver.findElements(By.cssSelector(css));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static void shot(String name) throws Exception {
    byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name), png);
  }

  @Test
  void searchesWithFacetsFromTheHomePage() throws Exception {
    go("");
    assertThat(waitFor("#articles tr", 2)).hasSizeGreaterThan(f.all.size());
    shot("home.png");
    WebElement q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys("ceasefire");
    driver.findElement(By.cssSelector("#search-form button")).click();
    List<WebElement> hits = waitFor("#hits .hit", 1);
    assertThat(hits.get(0).findElements(By.tagName("mark"))).isNotEmpty();
    assertThat(hits.get(0).findElement(By.tagName("mark")).getText()).containsIgnoringCase(
        "ceasefire");
    shot("search.png");
    WebElement speaker = waitFor("[data-facet=speaker] button", 1).get(0);
    String name = speaker.findElement(By.tagName("span")).getText();
    int before = hits.size();
    speaker.click();
    wait.until(d -> ((String) js("return location.hash")).contains("speaker"));
    wait.until(d -> d.findElement(By.id("q")).getAttribute("value").contains("speaker:"));
    List<WebElement> narrowed = waitFor("#hits .hit", 1);
    assertThat(narrowed.size()).isLessThanOrEqualTo(before);
    for (WebElement h : narrowed) {
      assertThat(h.findElement(By.cssSelector(".head b")).getText()).isEqualTo(name);
    }
  }

  @Test
  void highlightsEachQuoteInItsSpeakersColourWithATooltip() throws Exception {
    JsonNode a = f.json.readTree(f.get("/api/articles/" + f.example.article().id()).body());
    go("#/article/" + f.example.article().id());
    List<WebElement> spans = waitFor("#article-text .q", 1);
    String text = a.get("text").asText();
    Map<String, String> shown = new HashMap<>();
    Map<String, String> colour = new HashMap<>();
    for (WebElement s : spans) {
      String id = s.getAttribute("data-quote");
      shown.merge(id, s.getText(), String::concat);
      colour.put(id, s.getCssValue("background-color"));
    }
    Map<String, String> speakerColour = new HashMap<>();
    for (JsonNode q : a.get("quotes")) {
      String id = q.get("id").asText();
      StringBuilder want = new StringBuilder();
      q.get("content").forEach(c -> want.append(text, c.get(0).asInt(), c.get(1).asInt()));
      assertThat(shown.get(id)).as("quote %s", id).isNotNull();
      assertThat(shown.get(id).replaceAll("\\s+", "")).as("quote %s", id)
          .isEqualTo(want.toString().replaceAll("\\s+", ""));
      if (!q.get("speaker").isNull()) {
        String prev = speakerColour.putIfAbsent(q.get("speaker").asText(), colour.get(id));
        assertThat(prev == null || prev.equals(colour.get(id))).as("one colour per speaker")
            .isTrue();
      }
    }
    assertThat(new LinkedHashSet<>(speakerColour.values())).as("speakers' colours").hasSizeGreaterThan(3);
    List<WebElement> cues = driver.findElements(By.cssSelector("#article-text .cue"));
    assertThat(cues).isNotEmpty();
    assertThat(cues.stream().map(WebElement::getText).toList()).contains("said");
    // hover a direct quote with a speaker: the tooltip names the speaker and the kind
    JsonNode direct = null;
    for (JsonNode q : a.get("quotes")) {
      if (q.get("kind").asText().equals("direct") && !q.get("speaker").isNull()) {
        direct = q;
        break;
      }
    }
    assertThat(direct).isNotNull();
    String speakerName = null;
    for (JsonNode x : a.get("actors")) {
      if (x.get("id").asText().equals(direct.get("speaker").asText())) {
        speakerName = x.get("name").asText();
      }
    }
    WebElement target = driver.findElement(By.cssSelector("#article-text .q[data-quote='"
        + direct.get("id").asText() + "']"));
    js("arguments[0].scrollIntoView({block: 'center'})", target);
    new Actions(driver).moveToElement(target).perform();
    WebElement tip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tip")));
    assertThat(tip.getText()).contains("Speaker: " + speakerName, "Kind: direct", "Addressee:",
        "Relayed by:");
    shot("article.png");
    // a side-panel actor scrolls to its mentions
    WebElement actor = driver.findElements(By.cssSelector("#side-actors li .chip")).get(0);
    js("window.scrollTo(0, document.body.scrollHeight)");
    js("arguments[0].scrollIntoView({block: 'center'})", actor);
    actor.click();
    List<WebElement> flashed = waitFor("#article-text .flash", 1);
    Boolean visible = (Boolean) js("const r = arguments[0].getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;", flashed.get(0));
    assertThat(visible).isTrue();
  }

  @Test
  void showsAnActorsTimelineAndNetwork() throws Exception {
    go("#/article/" + f.example.article().id());
    waitFor("#side-actors li", 1);
    WebElement link = null;
    for (WebElement a : driver.findElements(By.cssSelector("#side-actors .actor-link"))) {
      if (a.getText().contains("Lavrov")) {
        link = a;
      }
    }
    assertThat(link).as("a link to Lavrov in the side panel").isNotNull();
    js("arguments[0].click()", link);
    wait.until(d -> d.findElements(By.id("actor-name")).size() == 1);
    assertThat(driver.findElement(By.id("actor-name")).getText()).contains("Lavrov");
    assertThat(waitFor("#timeline rect.bar", 1)).isNotEmpty();
    assertThat(waitFor("#network .node", 2)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(driver.findElements(By.cssSelector("#network .edge"))).isNotEmpty();
    assertThat(waitFor("#statements tr", 2)).hasSizeGreaterThanOrEqualTo(2);
    shot("actor.png");
  }

  /** Script tags, event-handler attributes and javascript: links in an article are text. */
  @Test
  void runsNothingFromAHostileArticle() throws Exception {
    go("");
    waitFor("#articles tr", 2);
    go("#/article/" + f.hostileId);
    WebElement body = waitFor("#article-text", 1).get(0);
    new Actions(driver).moveToElement(driver.findElement(By.cssSelector("#view .muted")))
        .perform();
    assertThat(body.getText()).contains("<script>window.pwned = 'script';",
        "<img src=x onerror=", "<a href=\"javascript:");
    JsonNode stored = f.json.readTree(f.get("/api/articles/" + f.hostileId).body());
    assertThat(driver.findElement(By.id("article-title")).getText())
        .isEqualTo(stored.get("title").asText()).contains("<script>");
    assertNothingRan();
    shot("hostile.png");
    go("#/search?q=" + "ruritania OR petrova");
    waitFor("#hits .hit", 1);
    assertNothingRan();
  }

  private static void assertNothingRan() {
    assertThat(js("return typeof window.pwned")).isEqualTo("undefined");
    assertThat(driver.getTitle()).isEqualTo("Parley");
    for (String css : List.of("#view script", "#view img", "#view a[href^='javascript']",
        "#view [onerror]", "#view [onload]", "#view [onmouseover]", "#view b[onmouseover]")) {
      assertThat(driver.findElements(By.cssSelector(css))).as(css).isEmpty();
    }
  }

  @Test
  void analyzesAPastedArticleWhenGivenTheToken() throws Exception {
    go("#/analyze");
    WebElement paste = waitFor("#paste", 1).get(0);
    paste.sendKeys("\"We will reopen the border next week,\" Interior Minister Carlos Ruiz told"
        + " reporters in Madrid on Friday.");
    driver.findElement(By.id("analyze-button")).click();
    assertThat(waitFor("#analysis .error", 1).get(0).getText()).contains("token");
    driver.findElement(By.id("token")).sendKeys(Fixture.TOKEN);
    driver.findElement(By.id("analyze-button")).click();
    List<WebElement> quotes = waitFor("#analysis #article-text .q", 1);
    assertThat(quotes.get(0).getText()).contains("We will reopen the border");
    shot("analyze.png");
    List<String> errors = new ArrayList<>();
    driver.findElements(By.cssSelector("#analysis .error")).forEach(e -> errors.add(e.getText()));
    assertThat(errors).isEmpty();
    Set<String> seen = new LinkedHashSet<>();
    driver.findElements(By.cssSelector("#side-quotes li b")).forEach(b -> seen.add(b.getText()));
    assertThat(seen).anySatisfy(s -> assertThat(s).contains("Ruiz"));
  }
}
