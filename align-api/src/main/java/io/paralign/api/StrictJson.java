package io.paralign.api;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read as typed: {@code "text": 12}, {@code "preSegmented": 1} or {@code "preSegmented": "true"}
 * and an object with the same key twice are refused (400 malformed-body), where Jackson would coerce the value or
 * keep the last key. Applies to Spring Boot's {@code JsonMapper}, which reads bodies and writes responses; only
 * reading changes: scalar coercions matter when binding typed values, and duplicate detection refuses nothing the
 * server wrote itself (the stored alignment bodies it reads back).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonTypes() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // "true" to true, "12" to 12
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // 12, 1.5 and true to a string: allowed by Jackson whatever the feature above says
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, bool -> bool
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }
}
