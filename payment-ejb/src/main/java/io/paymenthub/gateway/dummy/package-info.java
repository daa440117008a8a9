/**
 * The built-in {@code dummy} gateway: a hosted page with Pay / Decline / Fail buttons whose submit travels
 * the same signed-callback path as a real gateway's. Always in test mode; no account anywhere.
 */
package io.paymenthub.gateway.dummy;
