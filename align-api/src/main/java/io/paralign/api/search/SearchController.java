package io.paralign.api.search;

import io.paralign.api.ApiProperties;
import io.paralign.api.alignment.BadParameterException;
import io.paralign.api.alignment.RequestLanguages;
import io.paralign.api.store.AlignmentStore;
import io.paralign.api.store.Page;
import io.paralign.api.store.PairHit;
import io.paralign.api.openapi.ProblemResponses;
import io.paralign.api.problem.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "search", description = "Search the stored pairs as a bilingual concordance")
class SearchController {
    private final AlignmentStore store;
    private final ApiProperties properties;

    SearchController(AlignmentStore store, ApiProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /**
     * Pairs whose side in {@code lang} matches {@code q}, found through that language's analyzer (so inflected
     * forms match), with the other side shown; with no {@code lang}, either side, each through its own language's
     * analyzer. {@code lang} must be a supported language; {@code q} must keep within
     * {@code paralign.api.search.*} (400 query-too-complex otherwise).
     */
    @GetMapping("/api/v1/search")
    @Operation(summary = "Search the stored pairs", description = "Pairs of every stored alignment whose side in "
            + "lang matches q, each side through its language's Lucene analyzer (so inflected forms match), with the "
            + "other side shown; without lang, either side. Simple query syntax: words, \"phrases\", +, -, |, "
            + "prefix*, parentheses; bounded by paralign.api.search.*.")
    @ProblemResponses({ProblemType.BAD_PARAMETER, ProblemType.UNSUPPORTED_LANGUAGE, ProblemType.QUERY_TOO_COMPLEX})
    Page<PairHit> search(@Parameter(description = "the query, not blank", example = "Huawei") @RequestParam String q,
                         @Parameter(description = "search only the sides in this language (BCP 47)",
                                 example = "fr") @RequestParam(required = false) String lang,
                         @Parameter(description = "the page, 0-based") @RequestParam(defaultValue = "0") int page,
                         @Parameter(description = "hits per page, 1 to paralign.api.max-page-size (100 by default)")
                         @RequestParam(defaultValue = "20") int size) {
        BadParameterException.checkPage(page, size, properties.maxPageSize());
        if (q.isBlank()) {
            throw new BadParameterException("q must not be blank");
        }
        if (lang != null) {
            RequestLanguages.require("lang", lang);
        }
        return store.search(q, lang, page, size, properties.search().limits());
    }
}
