/** What helps operators follow a request: its id, in the response, in every log line and in every problem. */
package io.paymenthub.web.observability;
