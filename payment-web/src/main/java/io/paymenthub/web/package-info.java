/** The hub's HTTP face: the merchant API, the gateway-facing endpoints and the hosted pages. */
package io.paymenthub.web;
