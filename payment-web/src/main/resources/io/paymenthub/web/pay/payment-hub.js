/*
 * Payment Hub browser SDK — served by the hub at /js/payment-hub.js (a global PaymentHub) and at
 * /js/payment-hub.js?module (an ES module exporting PaymentHub). No dependencies, no build step.
 *
 *   PaymentHub.open(tokenOrPayment, { mode: 'redirect' | 'popup', onClose })  takes the payer to the checkout
 *   PaymentHub.check(token)                  -> Promise<{ status, final, amount, currency, description, returnUrl? }>
 *   PaymentHub.waitFor(token, { timeoutMs }) -> Promise of the status once final (or the last one when time is up)
 *
 * Only the hub's status decides whether a payment is paid: a widget's close status (onClose) is the widget's
 * word, passed on unchanged for the page's wording, never a proof of payment.
 */
(function (global) {
  'use strict';

  var WIDGET_STATUSES = ['successful', 'pending', 'redirected', 'failed', 'error', null];

  function scriptBase() {
    var script = typeof document !== 'undefined' ? document.currentScript : null;
    if (script && script.src) { return new URL('..', script.src).href; }
    return typeof location !== 'undefined' ? location.origin + '/' : '/';
  }

  function create(hubUrl) {
    var base = String(hubUrl).replace(/\/?$/, '/');
    var hubOrigin = new URL(base).origin;

    function tokenOf(tokenOrPayment) {
      if (typeof tokenOrPayment === 'string' && tokenOrPayment) { return tokenOrPayment; }
      if (tokenOrPayment && typeof tokenOrPayment.token === 'string') { return tokenOrPayment.token; }
      throw new TypeError('PaymentHub: a payment token (pt_…) or the payment created by the merchant API is needed');
    }

    function pageUrl(token) { return base + 'pay/' + encodeURIComponent(token); }

    function check(tokenOrPayment) {
      var token;
      try { token = tokenOf(tokenOrPayment); } catch (e) { return Promise.reject(e); }
      return fetch(pageUrl(token) + '/status', {
        headers: { Accept: 'application/json' }, credentials: 'omit', cache: 'no-store'
      }).then(function (response) {
        if (response.ok) { return response.json(); }
        var error = new Error('PaymentHub: the status query answered HTTP ' + response.status);
        error.status = response.status;
        error.retryAfterMs = (Number(response.headers.get('Retry-After')) || 0) * 1000;
        throw error;
      });
    }

    function waitFor(tokenOrPayment, options) {
      options = options || {};
      var timeoutMs = options.timeoutMs == null ? 600000 : options.timeoutMs;
      var delay = options.initialDelayMs || 1000;
      var maxDelay = options.maxDelayMs || 10000;
      var deadline = Date.now() + timeoutMs;
      var last = null;
      try { tokenOf(tokenOrPayment); } catch (e) { return Promise.reject(e); }
      return new Promise(function (resolve, reject) {
        function attempt() {
          check(tokenOrPayment).then(function (status) {
            last = status;
            if (status.final) { resolve(status); } else { later(0); }
          }, function (error) {
            if (error.status === 404) { reject(error); } else { later(error.retryAfterMs || 0, error); }
          });
        }
        function later(atLeastMs, error) {
          var left = deadline - Date.now();
          if (left <= 0) {
            if (last) { resolve(last); return; }
            var timeout = new Error('PaymentHub: no status within ' + timeoutMs + ' ms');
            timeout.name = 'TimeoutError';
            timeout.cause = error;
            reject(timeout);
            return;
          }
          var wait = Math.min(Math.max(delay, atLeastMs), left);
          delay = Math.min(delay * 1.6, maxDelay);
          setTimeout(attempt, wait);
        }
        attempt();
      });
    }

    function open(tokenOrPayment, options) {
      options = options || {};
      var token;
      try { token = tokenOf(tokenOrPayment); } catch (e) { return Promise.reject(e); }
      var url = pageUrl(token);
      var popup = options.mode === 'popup'
        ? global.open(url, 'payment-hub-' + token, options.features || 'popup,width=520,height=720')
        : null;
      if (!popup) {
        global.location.assign(url);
        return new Promise(function () { /* the page is leaving */ });
      }
      return new Promise(function (resolve, reject) {
        var settled = false;
        function onMessage(event) {
          var data = event.data;
          if (event.origin !== hubOrigin || event.source !== popup || !data || data.source !== 'payment-hub'
              || data.type !== 'widget-closed' || data.token !== token) {
            return;
          }
          if (typeof options.onClose === 'function') { options.onClose(data.status); }
        }
        function finish(status, error) {
          if (settled) { return; }
          settled = true;
          global.removeEventListener('message', onMessage);
          clearInterval(watch);
          if (error) { reject(error); } else { resolve(status); }
        }
        global.addEventListener('message', onMessage);
        var watch = setInterval(function () {
          if (popup.closed) {
            clearInterval(watch);
            check(token).then(function (status) { finish(status); }, function (error) { finish(null, error); });
          }
        }, 500);
        waitFor(token, { timeoutMs: options.timeoutMs }).then(function (status) {
          if (status.final && !popup.closed) { popup.close(); }
          finish(status);
        }, function (error) { finish(null, error); });
      });
    }

    return { open: open, check: check, waitFor: waitFor, at: create, hubUrl: base, WIDGET_STATUSES: WIDGET_STATUSES };
  }

  global.PaymentHub = create(scriptBase());
})(globalThis);
