/** Merchants: the enterprise apps that call the hub, each known by its API keys. */
package io.paymenthub.merchant;
