/**
 * Health checks, served by WildFly on the management port ({@code /health/ready}). WildFly's health extension
 * only sees checks in the EAR's {@code lib/}, so this package ships as its own small jar (classifier
 * {@code health}) rather than inside the EJB module.
 */
package io.paymenthub.platform.health;
