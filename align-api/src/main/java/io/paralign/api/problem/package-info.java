/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}) and the request size limit. No response
 * ever carries a stack trace, nor names a class, package, method or exception of the server.
 */
package io.paralign.api.problem;
