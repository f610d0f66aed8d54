/**
 * Optional API keys: when {@code paralign.security.api-keys} lists any, every {@code /api/v1} route and the review
 * page need one in the {@code X-API-Key} header (or, for the page only, a {@code key} query parameter). Health,
 * metrics and the OpenAPI description stay open.
 */
package io.paralign.api.security;
