package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.paymenthub.it.BrowserSession.EVIL;
import static io.paymenthub.it.BrowserSession.SHOP;
import static io.paymenthub.it.BrowserSession.assertAccessible;
import static io.paymenthub.it.BrowserSession.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The payer's side in a real browser: a merchant's page on its own origin using the browser SDK, the hub's pages
 * (dummy, widget, auto-posted form, result) with their scripts under the pages' Content-Security-Policy, the
 * gateways' widget scripts replaced by stand-ins the test serves, and attacks from another origin. Each page is
 * checked with axe-core and kept as a screenshot in target/browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RequiresChromium
class PayerBrowserIT {

    private static final BeGatewaySimulator BEGATEWAY = new BeGatewaySimulator();
    private static final EpaymentSimulator EPAYMENT = new EpaymentSimulator();
    private static final NewebPaySimulator NEWEBPAY = new NewebPaySimulator();

    /** BeGateway's widget script, replaced: {@code createWidget} records its options; the test closes it. */
    private static final String BEGATEWAY_STAND_IN = """
            window.BeGateway = function (options) {
              this.createWidget = function () {
                window.widgetOptions = options;
                window.widgetOpened = (window.widgetOpened || 0) + 1;
              };
            };
            """;

    /** Halyk's payment-api.js, replaced: {@code halyk.pay} records its options; the test plays the payer. */
    private static final String HALYK_STAND_IN = "window.halyk = { pay: function (options) { window.halykOptions = options; } };";

    private static BrowserSession browser;
    private BrowserContext context;

    @BeforeAll
    static void start() {
        BEGATEWAY.server.start();
        EPAYMENT.start();
        NEWEBPAY.start();
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        BEGATEWAY.server.stop();
        EPAYMENT.stop();
        NEWEBPAY.stop();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pay, SUCCESSFUL", "decline, DECLINED", "fail, FAILED"})
    void a_shop_page_opens_the_checkout_with_the_sdk_and_learns_the_outcome_from_the_hub(String button, String outcome) {
        JsonObject payment = Hub.createPayment(1250, "returnUrl", "\"" + SHOP + "/return\"");
        String token = payment.getString("token");
        context = shop(token, "en-US");
        Page page = context.newPage();
        page.navigate(SHOP + "/checkout");
        page.click("#pay-redirect");

        page.waitForURL("**/pay/dummy/" + token);
        assertThat(page.title()).isEqualTo("Pay 12.50 EUR");
        assertAccessible(page);
        screenshot(page, "dummy-page");
        page.click("button." + button);

        page.waitForURL(SHOP + "/return?**");
        assertThat(page.url()).isEqualTo(SHOP + "/return?payment=" + payment.getString("id") + "&status=" + outcome);
        page.waitForFunction("() => window.results.check && window.results.waited");
        Map<String, Object> results = BrowserSession.object(page, "() => window.results");
        assertThat(status(results, "check")).containsEntry("status", outcome).containsEntry("final", true)
                .containsEntry("amount", 1250).containsEntry("currency", "EUR");
        assertThat(status(results, "waited")).containsEntry("status", outcome).containsEntry("final", true);
        screenshot(page, "shop-return-" + outcome.toLowerCase());
    }

    @Test
    void the_result_page_follows_the_payment_then_leads_back_to_the_shop() {
        JsonObject payment = Hub.createPayment(700, "returnUrl", "\"" + SHOP + "/return\"", "locale", "\"ru\"");
        String token = payment.getString("token");
        context = shop(token, "en-US");
        Page page = context.newPage();
        page.navigate(Hub.URL + "/pay/" + token + "/result");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ru");
        assertThat(page.title()).isEqualTo("Платёж: Ожидает оплаты");
        assertAccessible(page);
        screenshot(page, "result-page-waiting");

        Hub.payOnDummyPage(token, "success");
        page.waitForSelector(".status[data-status=SUCCESSFUL]");
        screenshot(page, "result-page-paid");
        assertThat(page.title()).isEqualTo("Платёж: Оплачен");
        assertThat(page.locator("a.back").getAttribute("href"))
                .isEqualTo(SHOP + "/return?payment=" + payment.getString("id") + "&status=SUCCESSFUL");
        page.waitForURL(SHOP + "/return?**");

        // a final page with nowhere to go back to stays, and is as accessible
        JsonObject declined = Hub.createPayment(700);
        Hub.payOnDummyPage(declined.getString("token"), "decline");
        page.navigate(Hub.URL + "/pay/" + declined.getString("token") + "/result");
        assertThat(page.title()).isEqualTo("Payment: Declined");
        assertThat(page.locator("a.back").count()).isZero();
        assertAccessible(page);
    }

    @Test
    void the_begateway_widget_close_statuses_reach_the_shop_unchanged_and_only_the_webhook_decides() {
        BEGATEWAY.opensCheckout("chk_browser");
        JsonObject payment = BeGatewayCheckoutIT.create(990, ",\"returnUrl\":\"" + SHOP + "/return\"").json();
        String token = payment.getString("token");
        context = shop(token, "en-US");
        BrowserSession.serveScript(context, "http://localhost:" + BeGatewaySimulator.PORT + "/js/be_gateway.js",
                BEGATEWAY_STAND_IN);
        Page shop = context.newPage();
        shop.navigate(SHOP + "/checkout");
        Page popup = shop.waitForPopup(() -> shop.click("#pay-popup"));
        popup.waitForFunction("() => window.widgetOpened === 1");
        assertThat((String) popup.evaluate("() => window.widgetOptions.token")).isEqualTo("chk_browser");
        assertAccessible(popup);
        screenshot(popup, "widget-begateway");

        List<Object> expected = new ArrayList<>();
        int opened = 1;
        for (String status : Arrays.asList("failed", "error", null)) {
            popup.evaluate("s => window.widgetOptions.closeWidget(s === null ? undefined : s)", status);
            expected.add(status);
            shop.waitForFunction("n => window.closes.length === n", expected.size());
            assertThat(popup.isVisible("#retry")).as("retry after %s", status).isTrue();
            popup.click("#retry");
            popup.waitForFunction("n => window.widgetOpened === n", ++opened);
        }
        assertThat(shop.evaluate("() => window.closes")).isEqualTo(expected);

        popup.evaluate("() => window.widgetOptions.closeWidget('successful')");
        popup.waitForURL("**/pay/" + token + "/result");
        shop.waitForFunction("() => window.closes.length === 4 && window.closes[3] === 'successful'");
        assertThat(Hub.get("/pay/" + token + "/status", null).json().getString("status"))
                .as("the widget's word decides nothing").isEqualTo("PENDING");
        assertThat(shop.evaluate("() => window.opened === undefined")).isEqualTo(true);
        screenshot(popup, "result-page-after-widget");

        String notification = BeGatewayCallbacksIT.notification(payment.getString("id"), "uid-browser", "payment",
                "successful", 990);
        assertThat(BeGatewaySimulator.webhook(notification).status()).isEqualTo(200);
        shop.waitForFunction("() => window.opened !== undefined", null, new Page.WaitForFunctionOptions().setTimeout(20_000));
        assertThat(BrowserSession.object(shop, "() => window.opened")).containsEntry("status", "SUCCESSFUL")
                .containsEntry("final", true);
    }

    @Test
    void the_halyk_widget_gets_its_options_typed_and_in_the_payers_language() {
        JsonObject payment = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"epayment\",\"amount\":10050,"
                + "\"currency\":\"KZT\",\"description\":\"Credits\",\"customer\":{\"id\":\"user_b\"},\"locale\":\"kk\","
                + "\"returnUrl\":\"" + SHOP + "/return\"}").json();
        String token = payment.getString("token");
        String invoice = payment.getJsonObject("checkout").getJsonObject("fields").getString("invoiceId");
        EPAYMENT.status(invoice, "CHARGE", "100.5", "tx-" + invoice);
        context = shop(token, "en-US");
        BrowserSession.serveScript(context, "http://127.0.0.1:" + EpaymentSimulator.PORT + "/payform/payment-api.js",
                HALYK_STAND_IN);
        Page page = context.newPage();
        page.navigate(Hub.URL + "/pay/" + token);
        page.waitForFunction("() => window.halykOptions");
        Map<String, Object> options = BrowserSession.object(page, "() => window.halykOptions");
        assertThat(options).containsEntry("invoiceId", invoice).containsEntry("amount", 100.5)
                .containsEntry("language", "kaz").containsEntry("cardSave", true);
        assertThat(options.get("auth")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("access_token", "payment-token");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("kk");
        assertAccessible(page);
        screenshot(page, "widget-halyk");

        page.evaluate("() => { location.href = window.halykOptions.backLink; }");
        page.waitForURL(SHOP + "/return?**");
        assertThat(page.url()).endsWith("&status=SUCCESSFUL");
    }

    @Test
    void the_newebpay_form_posts_itself_to_the_gateway() {
        NEWEBPAY.server().stubFor(post(urlEqualTo("/MPG/mpg_gateway")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody("<html><body><h1>NewebPay simulator</h1></body></html>")));
        JsonObject payment = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"newebpay\",\"amount\":3000,"
                + "\"currency\":\"TWD\",\"description\":\"Credits\",\"locale\":\"zh-TW\"}").json();
        JsonObject fields = payment.getJsonObject("checkout").getJsonObject("fields");
        context = browser.context("en-US");
        Page page = context.newPage();
        page.navigate(Hub.URL + "/pay/" + payment.getString("token"));
        page.waitForURL("**/MPG/mpg_gateway");
        screenshot(page, "newebpay-simulator");

        List<LoggedRequest> posted = NEWEBPAY.server().findAll(postRequestedFor(urlEqualTo("/MPG/mpg_gateway")));
        assertThat(posted).hasSize(1);
        Map<String, String> form = NewebPaySimulator.decodeForm(posted.get(0).getBodyAsString());
        assertThat(form).containsEntry("TradeInfo", fields.getString("TradeInfo"))
                .containsEntry("TradeSha", fields.getString("TradeSha"))
                .containsEntry("MerchantID", fields.getString("MerchantID"));
        assertThat(NewebPaySimulator.decodeForm(NewebPaySimulator.decrypt(form.get("TradeInfo"))))
                .containsEntry("LangType", "zh-tw");
    }

    @Test
    void another_site_cannot_frame_the_dummy_pay_button() {
        JsonObject payment = Hub.createPayment(500);
        String token = payment.getString("token");
        context = browser.context("en-US");
        BrowserSession.serve(context, EVIL + "/**", url -> "<!DOCTYPE html><html lang=\"en\"><head><title>Win a prize"
                + "</title></head><body><h1>Click the button to win</h1><iframe id=\"victim\" title=\"prize\" src=\""
                + Hub.URL + "/pay/dummy/" + token + "\" width=\"600\" height=\"400\" onload=\"window.framed = true\">"
                + "</iframe></body></html>");
        Page page = context.newPage();
        page.navigate(EVIL + "/prize");
        page.waitForFunction("() => window.framed === true");
        page.waitForTimeout(300);
        screenshot(page, "clickjacking-refused");
        assertThat(page.frameLocator("#victim").locator("button.pay").count()).as("the Pay button in the frame").isZero();
        assertThat(Hub.get("/pay/" + token + "/status", null).json().getString("status")).isEqualTo("PENDING");
    }

    @Test
    void another_site_cannot_read_a_payment_status_nor_a_page_and_the_shop_can_as_module_too() {
        String token = Hub.createPayment(600).getString("token");
        context = browser.context("en-US");
        String probe = "<script src=\"" + Hub.URL + "/js/payment-hub.js\"></script><script>"
                + "window.outcome = {};"
                + "PaymentHub.check('" + token + "').then(function (s) { outcome.check = s.status; },"
                + " function (e) { outcome.check = 'refused: ' + e.message; });"
                + "fetch('" + Hub.URL + "/pay/dummy/" + token + "').then(function () { outcome.page = 'read'; },"
                + " function (e) { outcome.page = 'refused: ' + e.message; });"
                + "</script><script type=\"module\">import { PaymentHub } from '" + Hub.URL + "/js/payment-hub.js?module';"
                + "PaymentHub.check('" + token + "').then(function (s) { window.outcome.module = s.status; });</script>";
        for (String origin : new String[] {EVIL, SHOP}) {
            BrowserSession.serve(context, origin + "/**", url -> "<!DOCTYPE html><html lang=\"en\"><head>"
                    + "<title>Probe</title></head><body>" + probe + "</body></html>");
        }
        Page evil = context.newPage();
        evil.navigate(EVIL + "/probe");
        evil.waitForFunction("() => window.outcome.check && window.outcome.page");
        evil.waitForTimeout(500);
        Map<String, Object> refused = BrowserSession.object(evil, "() => window.outcome");
        assertThat((String) refused.get("check")).startsWith("refused");
        assertThat((String) refused.get("page")).startsWith("refused");
        assertThat(refused).doesNotContainKey("module");

        Page shop = context.newPage();
        shop.navigate(SHOP + "/probe");
        shop.waitForFunction("() => window.outcome.check && window.outcome.page && window.outcome.module");
        Map<String, Object> allowed = BrowserSession.object(shop, "() => window.outcome");
        assertThat(allowed).containsEntry("check", "PENDING").containsEntry("module", "PENDING");
        assertThat((String) allowed.get("page")).as("the pages are for the payer's browser only").startsWith("refused");
    }

    /** A browser whose {@link BrowserSession#SHOP} serves a checkout page and a return page for {@code token}. */
    private static BrowserContext shop(String token, String acceptLanguage) {
        BrowserContext context = browser.context(acceptLanguage);
        BrowserSession.serve(context, SHOP + "/**", url -> url.startsWith(SHOP + "/return") ? returnPage(token)
                : checkoutPage(token));
        return context;
    }

    private static String checkoutPage(String token) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shop: checkout</title>
                <script src="HUB/js/payment-hub.js"></script></head>
                <body><main><h1>Your basket</h1>
                <button id="pay-redirect">Pay</button> <button id="pay-popup">Pay in a window</button>
                <script>
                  window.closes = [];
                  document.getElementById('pay-redirect').addEventListener('click', function () {
                    PaymentHub.open('TOKEN', { mode: 'redirect' });
                  });
                  document.getElementById('pay-popup').addEventListener('click', function () {
                    PaymentHub.open('TOKEN', { mode: 'popup', onClose: function (status) { window.closes.push(status); } })
                      .then(function (status) { window.opened = status; },
                            function (error) { window.opened = { error: String(error) }; });
                  });
                </script></main></body></html>
                """.replace("HUB", Hub.URL).replace("TOKEN", token);
    }

    private static String returnPage(String token) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shop: thank you</title>
                <script src="HUB/js/payment-hub.js"></script></head>
                <body><main><h1>Thank you</h1><p id="outcome"></p>
                <script>
                  window.results = {};
                  PaymentHub.check('TOKEN').then(function (s) { window.results.check = s; },
                      function (e) { window.results.check = { error: String(e) }; });
                  PaymentHub.waitFor('TOKEN', { timeoutMs: 15000 }).then(function (s) {
                    window.results.waited = s;
                    document.getElementById('outcome').textContent = s.status;
                  }, function (e) { window.results.waited = { error: String(e) }; });
                </script></main></body></html>
                """.replace("HUB", Hub.URL).replace("TOKEN", token);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> status(Map<String, Object> results, String key) {
        return (Map<String, Object>) results.get(key);
    }
}
