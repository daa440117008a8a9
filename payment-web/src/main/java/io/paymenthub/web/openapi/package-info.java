/**
 * The API's contract as {@code GET /openapi} serves it: the parts no annotation can give (the version, enums built
 * from the hub's own, the problem responses by status, the bearer scheme), and what every operation shares.
 */
package io.paymenthub.web.openapi;
