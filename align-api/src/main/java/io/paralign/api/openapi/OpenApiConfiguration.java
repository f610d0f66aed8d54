package io.paralign.api.openapi;

import io.paralign.report.ToolVersion;
import io.paralign.api.problem.ProblemType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The OpenAPI description's title and version, its problem-details schema and each operation's problems. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    /** Problems any request may get: refused by the firewall, without a key (when keys are on), unexpected. */
    static final Set<ProblemType> EVERY = EnumSet.of(ProblemType.REJECTED_REQUEST, ProblemType.API_KEY_REQUIRED,
            ProblemType.NOT_ACCEPTABLE, ProblemType.INTERNAL_ERROR);
    /** Problems any write (POST, DELETE) may get besides. */
    static final Set<ProblemType> WRITES = EnumSet.of(ProblemType.CROSS_SITE_REQUEST);

    private static final String PROBLEM = "ProblemDetail";

    @Bean
    OpenApiCustomizer serviceDescription() {
        return api -> {
            api.info(new Info().title("paralign API").version(ToolVersion.of()).description("""
                    Aligns two language versions of an article (paragraphs and sentences), flags what is not \
                    translated alike (text on one side only, numbers on one side, partial translations...), keeps \
                    every alignment in an embedded Lucene index and searches them as a bilingual concordance. \
                    Every error is application/problem+json (schema ProblemDetail)."""));
            Map<String, Schema> problem = ModelConverters.getInstance().read(ProblemSchema.class);
            problem.forEach(api.getComponents()::addSchemas);
        };
    }

    /** Adds to every operation its problems, one response per status, each naming its problem types. */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            Set<ProblemType> types = EnumSet.copyOf(EVERY);
            if (handler.hasMethodAnnotation(PostMapping.class) || handler.hasMethodAnnotation(DeleteMapping.class)) {
                types.addAll(WRITES);
            }
            ProblemResponses declared = handler.getMethodAnnotation(ProblemResponses.class);
            if (declared != null) {
                types.addAll(List.of(declared.value()));
            }
            Map<Integer, List<ProblemType>> byStatus = types.stream().collect(
                    Collectors.groupingBy(t -> t.status().value(), TreeMap::new, Collectors.toList()));
            byStatus.forEach((status, problems) -> operation.getResponses().addApiResponse(status.toString(),
                    new ApiResponse().description(describe(problems)).content(new Content().addMediaType(
                            org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
            return operation;
        };
    }

    /** "alignment-not-found (Alignment not found); not-found (Not found)": the type slugs a client may see. */
    private static String describe(List<ProblemType> problems) {
        return problems.stream().map(p -> p.slug() + " (" + p.title() + ")").collect(Collectors.joining("; "));
    }
}
