/**
 * The gateway-facing endpoints (docs/api.md): callbacks and the payer's return, shared by every gateway; and BOG's
 * own: the hub's OAuth token endpoint for BOG, and the rate limit in front of both.
 */
package io.paymenthub.web.callback;
