/** What the adapters share to speak JSON over HTTP: one exchange, one "unreachable" outcome. */
package io.paymenthub.gateway.http;
