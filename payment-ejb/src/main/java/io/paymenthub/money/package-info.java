/** Money: an integer of minor units and an ISO 4217 currency; decimals only at the edges that need them. */
package io.paymenthub.money;
