/**
 * Where the hub may call out to: the addresses it refuses (its own network and special-purpose ranges) and the
 * exact targets an operator allows all the same.
 */
package io.paymenthub.net;
