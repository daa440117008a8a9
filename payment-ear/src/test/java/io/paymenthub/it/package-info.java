/** Integration tests: the real EAR on the provisioned WildFly, spoken to over HTTP as merchants and gateways do. */
package io.paymenthub.it;
