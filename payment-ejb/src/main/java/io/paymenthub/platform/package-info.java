/** What the hub needs from its server at start-up: the schema, the configuration checks, readiness. */
package io.paymenthub.platform;
