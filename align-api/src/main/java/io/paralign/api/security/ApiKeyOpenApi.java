package io.paralign.api.security;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The key in the OpenAPI description: Swagger UI then offers "Authorize" and sends the {@code X-API-Key} header with
 * "Try it out". Without keys configured the header is simply not needed.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = ApiKeyAuthenticationFilter.HEADER,
        description = "one of paralign.security.api-keys; not needed when none is configured")
@OpenAPIDefinition(security = @SecurityRequirement(name = "apiKey"))
class ApiKeyOpenApi {
}
