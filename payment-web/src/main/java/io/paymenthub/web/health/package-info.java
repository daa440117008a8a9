/** Health checks served by WildFly on the management port ({@code /health/ready}). */
package io.paymenthub.web.health;
