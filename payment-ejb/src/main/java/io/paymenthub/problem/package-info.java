/** The hub's refusals: a stable machine-readable code, an HTTP status and a message safe to show. */
package io.paymenthub.problem;
