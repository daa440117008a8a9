package io.paymenthub.web.pay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * Every script of the hub's pages, all inline and constant: the pages' Content-Security-Policy allows exactly
 * these by their SHA-256 hashes, so an injected script (or an inline event handler) never runs. A script needs
 * its page's values? It reads them from {@code data-} attributes, escaped like any text.
 */
public final class PageScripts {

    /** The auto-posted form of a {@code FORM} checkout (NewebPay). */
    public static final String AUTO_POST = "document.getElementById('checkout').submit();";

    /** The receipt's Print button. */
    public static final String PRINT =
            "document.getElementById('print').addEventListener('click', function () { window.print(); });";

    /**
     * The result page: while the payment is open, polls its status (backing off) and reloads when it changes;
     * once final, takes the payer back to the shop after a moment.
     */
    public static final String RESULT = """
            (function () {
              var d = document.getElementById('result').dataset;
              if (d.final === 'true') {
                if (d.back) { setTimeout(function () { location.assign(d.back); }, Number(d.backAfterMs)); }
                return;
              }
              var delay = 1500;
              function later() { delay = Math.min(delay * 1.5, 10000); setTimeout(poll, delay); }
              function poll() {
                fetch(d.statusUrl, { headers: { Accept: 'application/json' }, cache: 'no-store' })
                  .then(function (r) { return r.ok ? r.json() : null; })
                  .then(function (s) { if (s && s.status !== d.status) { location.reload(); } else { later(); } })
                  .catch(later);
              }
              setTimeout(poll, delay);
            })();
            """;

    /**
     * The widget page (see {@link WidgetPage}). In a window opened by the browser SDK, the widget's close status is
     * also posted to the opener unchanged: it is the widget's word, which decides nothing.
     */
    public static final String WIDGET = """
            (function () {
              var d = document.getElementById('widget').dataset;
              var note = document.getElementById('note');
              var retry = document.getElementById('retry');
              function say(text, canRetry) { note.textContent = text; retry.hidden = !canRetry; }
              function waitForGateway() { say(d.msgWaiting, false); location.href = d.result; }
              function tell(status) {
                if (window.opener && window.opener !== window) {
                  window.opener.postMessage({ source: 'payment-hub', type: 'widget-closed', token: d.paymentToken,
                    status: status === undefined ? null : status }, '*');
                }
              }
              function closed(status) {
                tell(status);
                if (status === 'successful' || status === 'pending' || status === 'redirected') { waitForGateway(); }
                else if (status === 'failed') { say(d.msgDeclined, true); }
                else if (status === 'error') { say(d.msgError, true); }
                else { say(d.msgClosed, true); }
              }
              function lookup(path) { return path.split('.').reduce(function (o, k) { return o == null ? o : o[k]; }, window); }
              function open() {
                var options = JSON.parse(d.options);
                (d.jsonOptions || '').split(',').forEach(function (k) { if (k && k in options) { options[k] = JSON.parse(options[k]); } });
                options[d.tokenOption || 'token'] = d.tokenFormat === 'json' ? JSON.parse(d.token) : d.token;
                if (d.widgetFunction) {
                  var pay = lookup(d.widgetFunction);
                  if (typeof pay !== 'function') { location.replace(d.fallback); return; }
                  say('', false);
                  pay.call(lookup(d.widgetFunction.split('.').slice(0, -1).join('.')) || window, options);
                  return;
                }
                var Widget = window[d.widgetClass];
                if (typeof Widget !== 'function') { location.replace(d.fallback); return; }
                options.closeWidget = closed;
                say('', false);
                new Widget(options).createWidget();
              }
              retry.addEventListener('click', open);
              var script = document.createElement('script');
              script.src = d.script;
              script.onload = open;
              script.onerror = function () { location.replace(d.fallback); };
              document.head.appendChild(script);
            })();
            """;

    private static final List<String> ALL = List.of(AUTO_POST, PRINT, RESULT, WIDGET);

    private PageScripts() {
    }

    /** The CSP sources of all scripts: {@code 'sha256-…'} each. */
    static String hashSources() {
        StringBuilder sources = new StringBuilder();
        for (String script : ALL) {
            sources.append(" 'sha256-").append(Base64.getEncoder().encodeToString(sha256(script))).append('\'');
        }
        return sources.substring(1);
    }

    /** The element of one of the scripts above. */
    public static String element(String script) {
        if (!ALL.contains(script)) {
            throw new IllegalArgumentException("Not a page script: its hash is not in the pages' policy");
        }
        return "<script>" + script + "</script>";
    }

    private static byte[] sha256(String script) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
