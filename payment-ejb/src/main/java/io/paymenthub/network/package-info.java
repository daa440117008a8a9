/**
 * Addresses and networks, read without a name lookup: IP literals and CIDR lists, for the sources the hub
 * believes (trusted proxies) and those it accepts gateway callbacks from.
 */
package io.paymenthub.network;
