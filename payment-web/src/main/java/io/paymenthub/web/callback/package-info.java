/** The gateway-facing endpoints (CONTRACT 3): callbacks and the payer's return, shared by every gateway. */
package io.paymenthub.web.callback;
