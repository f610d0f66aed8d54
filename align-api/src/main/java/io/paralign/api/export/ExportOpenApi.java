package io.paralign.api.export;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The export operation in the OpenAPI description, from {@link ExportFormat}: the {@code format} parameter's values
 * and one media type of the answer per format.
 */
@Configuration(proxyBeanMethods = false)
class ExportOpenApi {

    @Bean
    OperationCustomizer exportFormats() {
        return (operation, handler) -> {
            if (!handler.getBeanType().equals(ExportController.class)) {
                return operation;
            }
            StringSchema formats = new StringSchema();
            formats.setDefault("tmx");
            Arrays.stream(ExportFormat.values()).forEach(f -> formats.addEnumItem(f.name().toLowerCase(Locale.ROOT)));
            operation.getParameters().stream().filter(p -> p.getName().equals("format"))
                    .forEach(p -> p.setSchema(formats));
            Map<String, String> formatsByMediaType = Arrays.stream(ExportFormat.values()).collect(Collectors.toMap(
                    f -> f.mediaType.getType() + "/" + f.mediaType.getSubtype(),
                    f -> "format=" + f.name().toLowerCase(Locale.ROOT), (a, b) -> a + " or " + b,
                    LinkedHashMap::new));
            Content content = new Content();
            formatsByMediaType.forEach((media, formatNames) -> content.addMediaType(media,
                    new MediaType().schema(new StringSchema().description(formatNames))));
            operation.getResponses().addApiResponse("200", new ApiResponse()
                    .description("The alignment in the format asked for").content(content));
            return operation;
        };
    }
}
