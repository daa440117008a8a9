/** RFC 9457 problem details: every refusal and error of the HTTP API, with a stable code, never a stack trace. */
package io.paymenthub.web.problem;
