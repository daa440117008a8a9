/**
 * What the adapters share to speak JSON over HTTP: the outbound client, one exchange, one "unreachable" outcome.
 */
package io.paymenthub.gateway.http;
