package org.measuresqa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.measuresqa.support.TestIndex;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat page in a real browser (Debian's headless chromium) against a real server that answers extractively, so
 * every answer is deterministic. The tests share one browser and run in order: they follow one user through a
 * conversation, a reload, the measures browser and finally a server that has gone away.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatPageIT {

    private static final String CUSTOMS_QUESTION = "哪些举措缩短了通关时间？";
    private static final String FOLLOW_UP = "实施效果如何？";
    private static final String XSS = "<img src=x onerror=alert(1)>";
    private static final String MEASURE_17 = "创新进出口货物“查验分流”模式";

    private static Javalin server;
    private static ChromeDriver driver;
    private static WebDriverWait wait;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("chat-page-it");
        server = new WebServer(TestIndex.retriever(), TestIndex.answerService(dir.resolve("conversations.db")),
                TestIndex.corpus().measures(), 5, Map::of).create().start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();

        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + dir.resolve("chrome-profile"));
        // the driver is named explicitly, so Selenium Manager never looks for (or downloads) one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.stop(); // stopping twice (test 9 stops it) is harmless
    }

    @Test
    @Order(1)
    void a_question_streams_its_answer_and_the_chip_17_opens_the_measure_card_with_the_quote_highlighted() throws Exception {
        open("/");
        assertThat(texts(".examples .example")).contains(CUSTOMS_QUESTION, "深圳在对外开放方面做了什么？", "知识产权证券化发行了多少单？", "全国推广的一共几项？");
        // every length of the answer text seen while the answer is still marked as streaming
        js("""
                window.seenWhileStreaming = [];
                const messages = document.getElementById('messages');
                new MutationObserver(() => {
                  const body = messages.querySelector('.msg-assistant.streaming .answer-body');
                  if (body) window.seenWhileStreaming.push(body.textContent.length);
                }).observe(messages, { subtree: true, childList: true, characterData: true, attributes: true });""");

        ask(CUSTOMS_QUESTION);
        WebElement answer = waitForAnswers(1).get(0);

        long finalLength = longs(js("return document.querySelector('#messages .msg-assistant .answer-body').textContent.length")).get(0);
        List<Long> seen = longs(js("return window.seenWhileStreaming"));
        assertThat(seen).as("the answer was shown in part before it was complete").anyMatch(n -> n > 0 && n < finalLength);
        assertThat(Integer.parseInt(answer.getAttribute("data-deltas"))).isGreaterThan(1);
        assertThat(answer.getAttribute("class")).doesNotContain("streaming");
        assertThat(chipNumbers(answer)).contains(17);
        assertThat(answer.findElement(By.cssSelector(".mode-tag")).getText()).contains("原文摘录");
        assertThat(input().getAttribute("value")).as("the accepted question left the composer").isEmpty();

        WebElement chip = answer.findElement(By.cssSelector(".answer-body a.cite[data-measure='17']"));
        assertThat(chip.getAttribute("href")).endsWith("/measures/17");
        String quote = chip.getAttribute("data-quote");
        chip.click();
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#measure-panel #panel-title")));
        assertThat(title.getText()).isEqualTo(MEASURE_17);
        WebElement panel = driver.findElement(By.id("measure-panel"));
        assertThat(panel.findElement(By.cssSelector(".facts")).getText()).contains("厦门", "高水平对外开放", "全国");
        WebElement mark = panel.findElement(By.cssSelector(".panel-body mark:not(.legend)"));
        assertThat(quote).isNotBlank();
        assertThat(mark.getText()).isEqualTo(quote);
        assertThat(driver.getCurrentUrl()).isEqualTo(base + "/measures/17");
        assertThat(driver.findElement(By.id("chat-view")).isDisplayed()).as("the card opens beside the conversation").isTrue();

        Path shot = Path.of(System.getProperty("basedir", ".")).resolve("docs/screenshot.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
        assertNoCspViolations();
    }

    @Test
    @Order(2)
    void a_follow_up_in_the_same_conversation_cites_a_measure_of_the_first_answer() {
        ask(FOLLOW_UP);
        List<WebElement> answers = waitForAnswers(2);
        Set<Integer> first = Set.copyOf(chipNumbers(answers.get(0)));
        List<Integer> second = chipNumbers(answers.get(1));
        assertThat(second).isNotEmpty().anyMatch(first::contains);
        assertThat(texts("#messages .msg-user .bubble")).containsExactly(CUSTOMS_QUESTION, FOLLOW_UP);
        assertThat(texts("#conversation-list .conv-item[aria-current='true'] .conv-title")).containsExactly(CUSTOMS_QUESTION);
        assertNoCspViolations();
    }

    @Test
    @Order(3)
    void after_a_reload_the_conversation_is_still_there_with_its_chips() {
        List<Integer> firstBefore = chipNumbers(waitForAnswers(2).get(0));
        driver.navigate().refresh();
        waitReady();
        List<WebElement> answers = waitForAnswers(2);
        assertThat(texts("#messages .msg-user .bubble")).containsExactly(CUSTOMS_QUESTION, FOLLOW_UP);
        assertThat(chipNumbers(answers.get(0))).isEqualTo(firstBefore);
        assertThat(chipNumbers(answers.get(1))).isNotEmpty();
        assertThat(driver.findElement(By.id("welcome")).isDisplayed()).isFalse();
        // the card that was open is still open, with its quote
        assertThat(driver.findElement(By.id("panel-title")).getText()).isEqualTo(MEASURE_17);
        assertThat(driver.findElements(By.cssSelector("#panel-body mark:not(.legend)"))).isNotEmpty();
        assertNoCspViolations();
    }

    @Test
    @Order(4)
    void a_question_made_of_html_is_shown_as_text_and_runs_nothing() {
        driver.findElement(By.id("new-chat")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertThat(driver.findElements(By.cssSelector("#messages .msg"))).isEmpty();

        ask(XSS);
        waitForAnswers(1);
        assertThat(texts("#messages .msg-user .bubble")).containsExactly(XSS);
        assertThat(driver.findElements(By.cssSelector("#messages img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#conversation-list img"))).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertNoCspViolations();
    }

    @Test
    @Order(5)
    void answer_markdown_is_rendered_but_html_in_it_is_shown_as_text() {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/markdown.js').then((m) => {
                  const div = document.createElement('div');
                  div.append(m.renderAnswer('**加粗** <script>alert(2)</script>\\n\\n- 一 [17]\\n- 二 <img src=x onerror=alert(3)>\\n\\n| 项 | 城市 |\\n|---|---|\\n| 17 | 厦门 |',
                    (n) => ({ kind: 'verified', name: '测试', source: '厦门' })));
                  done({ text: div.textContent, strong: div.querySelectorAll('strong').length, items: div.querySelectorAll('li').length,
                         table: div.querySelectorAll('table td').length, unsafe: div.querySelectorAll('script, img').length,
                         chips: div.querySelectorAll('a.cite[href="/measures/17"]').length });
                }, (e) => done({ error: String(e) }));""");
        @SuppressWarnings("unchecked") Map<String, Object> r = (Map<String, Object>) result;
        assertThat(r).doesNotContainKey("error");
        assertThat((String) r.get("text")).contains("<script>alert(2)</script>", "<img src=x onerror=alert(3)>");
        assertThat(r).containsEntry("unsafe", 0L).containsEntry("strong", 1L).containsEntry("items", 2L)
                .containsEntry("table", 2L).containsEntry("chips", 1L);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    @Order(6)
    void the_measures_browser_filters_to_the_8_measures_of_shenzhen_and_every_measure_has_its_own_url() {
        driver.findElement(By.cssSelector(".topnav a[data-view-link='browser']")).click();
        wait.until(d -> d.findElements(By.cssSelector("#measure-grid .measure-card")).size() == 32);
        assertThat(driver.getCurrentUrl()).isEqualTo(base + "/measures");

        driver.findElement(By.cssSelector("#filter-source button[data-source='深圳']")).click();
        wait.until(d -> d.findElements(By.cssSelector("#measure-grid .measure-card")).size() == 8);
        assertThat(cardNumbers()).containsExactly(2, 6, 8, 11, 18, 21, 29, 30);
        assertThat(driver.findElement(By.id("browser-count")).getText()).contains("8");

        driver.findElement(By.id("filter-q")).sendKeys("证券化");
        wait.until(d -> d.findElements(By.cssSelector("#measure-grid .measure-card")).size() == 1);
        assertThat(cardNumbers()).containsExactly(8);
        driver.findElement(By.id("filter-q")).clear();
        driver.findElement(By.id("filter-q")).sendKeys(" ", Keys.BACK_SPACE);
        wait.until(d -> d.findElements(By.cssSelector("#measure-grid .measure-card")).size() == 8);

        // a card is a link to its own URL; the back button closes it again
        driver.findElement(By.cssSelector(".measure-card[data-number='18']")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/measures/18"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-title")));
        driver.navigate().back();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("measure-panel")));
        assertThat(driver.getCurrentUrl()).startsWith(base + "/measures?");
        assertThat(cardNumbers()).hasSize(8);

        open("/measures/17");
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-title")));
        assertThat(title.getText()).isEqualTo(MEASURE_17);
        assertThat(driver.findElement(By.cssSelector("#measure-panel .facts")).getText()).contains("厦门");
        assertThat(driver.findElements(By.cssSelector("#measure-panel .practices li"))).isNotEmpty();
        assertThat(driver.findElement(By.id("browser-view")).isDisplayed()).isTrue();
        assertThat(driver.getTitle()).contains(MEASURE_17);
        assertNoCspViolations();
    }

    @Test
    @Order(7)
    void shift_enter_adds_a_line_and_an_answer_can_be_copied_and_rated_with_a_comment() {
        open("/");
        WebElement answer = waitForAnswers(1).get(0); // the conversation of test 4, restored
        int before = driver.findElements(By.cssSelector("#messages .msg")).size();

        input().sendKeys("第一行", Keys.chord(Keys.SHIFT, Keys.ENTER), "第二行");
        assertThat(input().getAttribute("value")).isEqualTo("第一行\n第二行");
        assertThat(driver.findElements(By.cssSelector("#messages .msg"))).hasSize(before);
        input().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);

        answer.findElement(By.cssSelector("button[aria-label='复制回答']")).click();
        wait.until(d -> answer.findElement(By.cssSelector("button[aria-label='复制回答']")).getText().contains("已复制"));

        answer.findElement(By.cssSelector("button[aria-label='回答没帮助']")).click();
        WebElement comment = wait.until(ExpectedConditions.visibilityOf(answer.findElement(By.cssSelector(".feedback-form textarea"))));
        comment.sendKeys("没有回答我的问题");
        answer.findElement(By.cssSelector(".feedback-form button[type='submit']")).click();
        wait.until(d -> answer.findElement(By.cssSelector(".feedback-status")).getText().contains("已收到反馈"));
        assertThat(answer.findElement(By.cssSelector("button[aria-label='回答没帮助']")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(answer.findElement(By.cssSelector(".feedback-form")).isDisplayed()).isFalse();
        assertNoCspViolations();
    }

    @Test
    @Order(8)
    void on_a_390_px_phone_the_page_fits_and_the_card_opens_as_an_overlay() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            open("/");
            assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
            assertThat(driver.findElement(By.id("sidebar")).isDisplayed()).as("the conversation list is a drawer").isFalse();
            driver.findElement(By.id("sidebar-toggle")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-chat"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".examples .example")));

            driver.findElements(By.cssSelector(".examples .example")).get(2).click(); // 知识产权证券化发行了多少单？
            WebElement answer = waitForAnswers(1).get(0);
            assertThat(answer.getText()).contains("93单");
            assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);

            answer.findElement(By.cssSelector(".answer-body a.cite[data-measure='8']")).click();
            WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("measure-panel")));
            assertThat(panel.getRect().getWidth()).isEqualTo(390);
            assertThat(panel.findElement(By.id("panel-title")).getText()).isEqualTo("打造知识产权证券化特色品牌");
            assertThat(panel.findElements(By.cssSelector(".panel-body mark:not(.legend)"))).isNotEmpty();
            driver.findElement(By.id("panel-close")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("measure-panel")));
            assertThat(driver.getCurrentUrl()).isEqualTo(base + "/");
            assertNoCspViolations();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    @Order(9)
    void when_the_server_is_down_sending_shows_a_clear_error_and_keeps_the_question() {
        open("/");
        int answers = waitForAnswers(1).size();
        server.stop();

        String question = "深圳在对外开放方面做了什么？";
        input().sendKeys(question);
        driver.findElement(By.id("send")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .msg-error")));
        assertThat(error.getText()).contains("无法连接到服务器");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(input().getAttribute("value")).isEqualTo(question);
        assertThat(driver.findElements(By.cssSelector("#messages .msg-assistant"))).hasSize(answers);
        assertThat(texts("#messages .msg-user .bubble")).doesNotContain(question);
        assertThat(driver.findElement(By.id("send")).isEnabled()).as("the question can be sent again").isTrue();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static void open(String path) {
        driver.get(base + path);
        waitReady();
    }

    /** The page's module sets data-ready once it has run: proof that its scripts load under the CSP. */
    private static void waitReady() {
        wait.until(d -> "true".equals(js("return document.documentElement.dataset.ready")));
    }

    private static void assertNoCspViolations() {
        assertThat(longs(js("return window.cspViolations.length"))).containsExactly(0L);
    }

    private static Object js(String script) {
        return driver.executeScript(script);
    }

    private static WebElement input() {
        return driver.findElement(By.id("composer-input"));
    }

    private static void ask(String question) {
        WebElement input = input();
        input.sendKeys(question);
        input.sendKeys(Keys.ENTER);
    }

    /** Waits until n answers are complete (verified, chips in place), and returns them. */
    private static List<WebElement> waitForAnswers(int n) {
        By done = By.cssSelector("#messages .msg-assistant[data-state='done']");
        wait.until(d -> d.findElements(done).size() == n && d.findElements(By.cssSelector("#messages .msg-assistant.streaming")).isEmpty());
        return driver.findElements(done);
    }

    private static List<Integer> chipNumbers(WebElement answer) {
        return answer.findElements(By.cssSelector(".answer-body a.cite")).stream()
                .map(c -> Integer.parseInt(c.getAttribute("data-measure"))).collect(Collectors.toList());
    }

    private static List<Integer> cardNumbers() {
        return driver.findElements(By.cssSelector("#measure-grid .measure-card")).stream()
                .map(c -> Integer.parseInt(c.getAttribute("data-number"))).toList();
    }

    private static List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static List<Long> longs(Object value) {
        if (value instanceof List<?> list) return list.stream().map(v -> ((Number) v).longValue()).toList();
        return List.of(((Number) value).longValue());
    }
}
