package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Headless Chromium (the system's, never a downloaded one) for the payer-side tests, with web origins of its own:
 * pages of {@code https://shop.localhost} (the merchant, an allowed origin, https as a returnUrl must be) and {@code http://evil.localhost} (any
 * other site) and stand-ins of the gateways' scripts are answered by the test itself, while the hub is reached over
 * real HTTP.
 */
final class BrowserSession implements AutoCloseable {

    static final String SHOP = "https://shop.localhost";
    static final String EVIL = "http://evil.localhost";
    static final Path ARTIFACTS = Path.of(System.getProperty("browser.artifacts.dir", "target/browser"));

    private final Playwright playwright;
    private final Browser browser;

    BrowserSession() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(RequiresChromium.CHROMIUM).setHeadless(true)
                // The test's origins are answered by the test, so Chromium cannot place them on loopback and would
                // ask the payer's permission before they reach the hub on localhost (Local Network Access); a real
                // shop and hub are both public, so that check is off here and CORS alone decides, as in production.
                .setArgs(List.of("--disable-dev-shm-usage", "--disable-features=LocalNetworkAccessChecks")));
    }

    /** A fresh browser profile whose preferred language is {@code acceptLanguage}. */
    BrowserContext context(String acceptLanguage) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(acceptLanguage));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /** Answers every request for {@code urlGlob} with the HTML {@code page} makes of the request's URL. */
    static void serve(BrowserContext context, String urlGlob, Function<String, String> page) {
        context.route(urlGlob, route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("text/html; charset=utf-8").setBody(page.apply(route.request().url()))));
    }

    /** Answers {@code url} with a script: a stand-in for a gateway's widget script. */
    static void serveScript(BrowserContext context, String url, String script) {
        context.route(url, route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("text/javascript").setBody(script)));
    }

    /** Keeps a screenshot of the page as a test artefact: target/browser/{@code name}.png. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(ARTIFACTS.resolve(name + ".png")).setFullPage(true));
    }

    /** axe-core in the page: no serious or critical violation of WCAG 2.1 A/AA. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "best-practice")).analyze();
        List<String> violations = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserSession::describe).toList();
        assertThat(violations).as("axe-core on %s", page.url()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    /** A page's value of a JavaScript expression, as JSON text. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Page page, String expression) {
        return (Map<String, Object>) page.evaluate(expression);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
