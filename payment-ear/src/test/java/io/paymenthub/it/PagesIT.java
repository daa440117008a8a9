package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The hub's HTML pages over HTTP: their security headers, their scripts, their language. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {

    private static final int HTTPS_PORT = 8443 + Integer.getInteger("hub.port.offset", 10000);
    private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    /** One page of each kind, by name. */
    private static Map<String, Reply> pages() {
        JsonObject pending = Hub.createPayment(300);
        JsonObject paid = Hub.createPayment(400);
        Hub.payOnDummyPage(paid.getString("token"), "success");
        JsonObject newebpay = Hub.post("/api/v1/payments", Hub.APP1_KEY,
                "{\"gateway\":\"newebpay\",\"amount\":3000,\"currency\":\"TWD\",\"description\":\"Form\"}").json();
        Map<String, Reply> pages = new LinkedHashMap<>();
        pages.put("dummy page", Hub.get("/pay/dummy/" + pending.getString("token"), null));
        pages.put("result page (open)", Hub.get("/pay/" + pending.getString("token") + "/result", null));
        pages.put("result page (final)", Hub.get("/pay/" + paid.getString("token") + "/result", null));
        pages.put("auto-posted form", Hub.get("/pay/" + newebpay.getString("token"), null));
        pages.put("receipt", Hub.get("/api/v1/payments/" + paid.getString("id") + "/receipt", Hub.APP1_KEY,
                "Accept", "text/html"));
        return pages;
    }

    @Test
    void every_page_forbids_framing_foreign_scripts_sniffing_caching_and_referrers() {
        pages().forEach((name, page) -> {
            assertThat(page.status()).as(name).isEqualTo(200);
            assertThat(page.contentType()).as(name).startsWith("text/html");
            String policy = page.header("Content-Security-Policy");
            assertThat(policy).as(name).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'");
            String scripts = directive(policy, "script-src");
            assertThat(scripts).as(name).doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:")
                    .contains("'sha256-");
            assertThat(page.header("X-Frame-Options")).as(name).isEqualTo("DENY");
            assertThat(page.header("X-Content-Type-Options")).as(name).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).as(name).isEqualTo("strict-origin");
            assertThat(page.header("Cache-Control")).as(name).isEqualTo("no-store");
            assertThat(page.header("Strict-Transport-Security")).as(name + " over plain HTTP").isNull();
        });
    }

    @Test
    void every_script_of_every_page_is_allowed_by_its_hash_and_no_inline_handler_is_left() {
        pages().forEach((name, page) -> {
            String scripts = directive(page.header("Content-Security-Policy"), "script-src");
            Matcher script = SCRIPT.matcher(page.body());
            while (script.find()) {
                assertThat(scripts).as(name).contains("'sha256-" + sha256(script.group(1)) + "'");
            }
            assertThat(page.body()).as(name).doesNotContainPattern("(?i)\\son[a-z]+=");
        });
    }

    @Test
    void over_https_the_pages_tell_the_browser_to_stay_on_https() throws Exception {
        String token = Hub.createPayment(100).getString("token");
        // the first HTTPS request makes the server generate its key pair: the handshake may take a while
        HttpClient client = HttpClient.newBuilder().sslContext(trustingTheGeneratedCertificate())
                .connectTimeout(Duration.ofSeconds(60)).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + HTTPS_PORT + "/pay/dummy/" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
    }

    @Test
    void the_pages_speak_the_merchants_choice_else_the_browsers_language_else_english() {
        String chosen = Hub.createPayment(100, "locale", "\"ka\"").getString("token");
        Reply georgian = Hub.get("/pay/dummy/" + chosen, null, "Accept-Language", "ru-RU,ru;q=0.9");
        assertThat(georgian.body()).contains("<html lang=\"ka\">", "გადახდა", "value=\"success\"");

        String open = Hub.createPayment(100).getString("token");
        assertThat(Hub.get("/pay/dummy/" + open, null, "Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").body())
                .contains("<html lang=\"ru\">", "Оплатить");
        assertThat(Hub.get("/pay/dummy/" + open, null, "Accept-Language", "zh-Hant-TW,zh;q=0.8").body())
                .contains("<html lang=\"zh-TW\">", "付款");
        assertThat(Hub.get("/pay/dummy/" + open, null, "Accept-Language", "kk").body())
                .contains("<html lang=\"kk\">", "Төлеу");
        assertThat(Hub.get("/pay/dummy/" + open, null, "Accept-Language", "fr-FR,de;q=0.7").body())
                .contains("<html lang=\"en\">", ">Pay<");
        assertThat(Hub.get("/pay/dummy/" + open, null).body()).contains("<html lang=\"en\">");
        assertThat(Hub.get("/pay/" + open + "/result", null, "Accept-Language", "ru").body())
                .contains("<html lang=\"ru\">", "Ожидает оплаты", "data-status=\"PENDING\"");
    }

    @Test
    void a_locale_is_one_of_the_five_and_is_kept_with_the_payment() {
        JsonObject taiwan = Hub.createPayment(100, "locale", "\"zh-tw\"");
        assertThat(taiwan.getString("locale")).isEqualTo("zh-TW");
        // a number is refused by the strict JSON types before validation, as any text property's would be
        assertThat(Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"amount\":100,\"currency\":\"EUR\",\"locale\":1}")
                .status()).isEqualTo(400);
        for (String refused : new String[] {"\"fr\"", "\"en-US\"", "\"\"", "\"zh\""}) {
            Reply reply = Hub.post("/api/v1/payments", Hub.APP1_KEY,
                    "{\"amount\":100,\"currency\":\"EUR\",\"locale\":" + refused + "}");
            assertThat(reply.status()).as(refused).isEqualTo(400);
            assertThat(reply.body()).as(refused).contains("locale");
        }
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.trim().startsWith(name + " ")) {
                return directive.trim();
            }
        }
        throw new AssertionError("No " + name + " in " + policy);
    }

    private static String sha256(String script) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test server's certificate is generated for localhost at its first HTTPS request: trusted here. */
    private static SSLContext trustingTheGeneratedCertificate() throws Exception {
        TrustManager any = new X509ExtendedTrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) { }
            public void checkServerTrusted(X509Certificate[] chain, String type) { }
            public void checkClientTrusted(X509Certificate[] chain, String type, Socket socket) { }
            public void checkServerTrusted(X509Certificate[] chain, String type, Socket socket) { }
            public void checkClientTrusted(X509Certificate[] chain, String type, SSLEngine engine) { }
            public void checkServerTrusted(X509Certificate[] chain, String type, SSLEngine engine) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {any}, null);
        return context;
    }
}
