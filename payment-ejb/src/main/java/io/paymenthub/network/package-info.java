/**
 * Addresses and networks, read without a name lookup: IP literals and CIDR lists for the sources the hub believes
 * (trusted proxies) and accepts gateway callbacks from, and where it may call out to (the ranges a notify URL may
 * never reach, and the exact targets an operator allows all the same).
 */
package io.paymenthub.network;
