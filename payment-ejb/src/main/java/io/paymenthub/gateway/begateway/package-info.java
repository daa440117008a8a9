/**
 * The {@code begateway} adapter: BeGateway and its white labels (Secure Processor). Hosted checkout or widget,
 * signed webhooks (Basic auth and an RSA {@code Content-Signature}), refunds, captures and voids.
 */
package io.paymenthub.gateway.begateway;
