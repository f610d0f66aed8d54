package io.paralign.api.search;

import io.paralign.api.ApiProperties;
import io.paralign.api.alignment.BadParameterException;
import io.paralign.api.alignment.RequestLanguages;
import io.paralign.api.store.AlignmentStore;
import io.paralign.api.store.Page;
import io.paralign.api.store.PairHit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
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
    Page<PairHit> search(@RequestParam String q, @RequestParam(required = false) String lang,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
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
