/** Hub-wide settings (MicroProfile Config, environment spelling) and the URLs built on them. */
package io.paymenthub.config;
