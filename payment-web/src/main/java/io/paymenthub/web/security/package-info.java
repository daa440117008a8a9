/** Merchant authentication: {@code Authorization: Bearer <api-key>} names the calling app. */
package io.paymenthub.web.security;
