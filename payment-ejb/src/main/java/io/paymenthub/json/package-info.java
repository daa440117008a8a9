/** JSON-P for the whole hub: one shared provider ({@link io.paymenthub.json.JsonFactory#JSON}). */
package io.paymenthub.json;
