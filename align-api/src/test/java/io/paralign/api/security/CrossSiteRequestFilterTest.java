package io.paralign.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CrossSiteRequestFilterTest {

    private static boolean crossOrigin(String secFetchSite, String origin) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/alignments");
        request.addHeader("Host", "paralign.example:8080");
        if (secFetchSite != null) {
            request.addHeader("Sec-Fetch-Site", secFetchSite);
        }
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        return CrossSiteRequestFilter.crossOrigin(request);
    }

    @Test
    void theBrowsersWordDecidesWhenItGivesOne() {
        assertEquals(false, crossOrigin("same-origin", null));
        assertEquals(false, crossOrigin("none", null));
        assertEquals(false, crossOrigin("Same-Origin", null));
        assertEquals(true, crossOrigin("cross-site", null));
        assertEquals(true, crossOrigin("same-site", null));
        assertEquals(true, crossOrigin("cross-site", "http://paralign.example:8080"));
        assertEquals(false, crossOrigin("same-origin", "http://elsewhere.example"));
    }

    @Test
    void otherwiseTheOriginMustNameTheHost() {
        assertEquals(false, crossOrigin(null, "http://paralign.example:8080"));
        assertEquals(false, crossOrigin(null, "https://PARALIGN.example:8080"));
        assertEquals(true, crossOrigin(null, "http://paralign.example"));
        assertEquals(true, crossOrigin(null, "http://paralign.example:8081"));
        assertEquals(true, crossOrigin(null, "http://evil.example"));
        assertEquals(true, crossOrigin(null, "null"));
        assertEquals(true, crossOrigin(null, "http://[bad"));
        assertEquals(true, crossOrigin(null, ""));
    }

    @Test
    void withNeitherHeaderTheClientIsNoBrowser() {
        assertEquals(false, crossOrigin(null, null));
    }
}
