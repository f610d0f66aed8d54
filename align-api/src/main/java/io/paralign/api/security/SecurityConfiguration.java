package io.paralign.api.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import io.paralign.report.HtmlRenderer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one security filter chain. Spring Security's {@link StrictHttpFirewall} rejects paths the router would read
 * differently from their raw form ({@code ;} parameters, encoded {@code /}, {@code .} and {@code %}, {@code ..},
 * {@code //}) before anything else runs; access is then decided on the path as the router sees it (decoded, by
 * {@code PathPatternRequestMatcher}). Everything needs a key except the open list below, so a route added later is
 * protected without a change here. Stateless: no session, no login form, no HTTP Basic, no cookie.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    /** Open with keys on: health (status only without a key), the OpenAPI description, the review page's assets. */
    private static final RequestMatcher OPEN = new OrRequestMatcher(
            pathPattern(HttpMethod.GET, "/actuator/health"), pathPattern(HttpMethod.GET, "/actuator/health/**"),
            pathPattern(HttpMethod.GET, "/v3/api-docs"), pathPattern(HttpMethod.GET, "/v3/api-docs/**"),
            pathPattern(HttpMethod.GET, "/swagger-ui.html"), pathPattern(HttpMethod.GET, "/swagger-ui/**"),
            pathPattern(HttpMethod.GET, "/review.js"), pathPattern(HttpMethod.GET, "/review.css"));

    /** Swagger UI sets inline styles and shows data: images; its pages get a policy that allows them. */
    private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(pathPattern("/swagger-ui.html"),
            pathPattern("/swagger-ui/**"));
    /**
     * The review page's policy, and the API's. The page shows align-core's HTML report in a sandboxed frame from a
     * {@code blob:} URL; that document inherits this policy, so the report's one style element is allowed by its hash.
     */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
            + HtmlRenderer.styleHash() + "; img-src 'self'; frame-src blob:; connect-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    @Bean
    HttpFirewall httpFirewall() {
        return new StrictHttpFirewall();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new SecurityProblems();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiKeyProperties properties) {
        SecurityProblems problems = new SecurityProblems();
        return http
                .csrf(AbstractHttpConfigurer::disable) // no cookie to ride on; cross-site writes: CrossSiteRequestFilter
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                // after the header writer, so that its 403 carries the headers; before the key is looked at
                .addFilterAfter(new CrossSiteRequestFilter(), HeaderWriterFilter.class)
                .addFilterBefore(new ApiKeyAuthenticationFilter(new ApiKeys(properties.apiKeys())),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                                new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                                new ContentSecurityPolicyHeaderWriter(POLICY))))
                .authorizeHttpRequests(requests -> requests
                        // forwards (/ to /index.html), error pages and the dispatch that sends an asynchronous answer
                        // follow a request already let through
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(OPEN).permitAll()
                        .anyRequest().authenticated())
                .build();
    }
}
