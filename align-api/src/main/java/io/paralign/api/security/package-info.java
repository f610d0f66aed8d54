/**
 * Optional API keys and the request checks in front of every route, on Spring Security. When
 * {@code paralign.security.api-keys} lists any, every route needs one in the {@code X-API-Key} header (the review
 * page also takes a {@code key} query parameter) except health, the OpenAPI description, Swagger UI and the review
 * page's script and style sheet; health then shows details only to a caller with a key. Always on: the firewall
 * (400 for paths the router would read differently), the refusal of cross-site writes (403) and the security
 * headers.
 */
package io.paralign.api.security;
