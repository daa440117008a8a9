/** The gateways the hub knows: discovery of the adapters, the start-up checks, and lookup by name. */
package io.paymenthub.gateway;
