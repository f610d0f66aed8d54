/**
 * Language identification for whole documents: {@link io.paralign.language.LanguageGuesser} tells the language of a
 * text from its script and, for Latin-script text, from its most common function words. Meant for documents of a
 * few sentences or more (news articles), not for single words. {@link io.paralign.language.SupportedLanguages}
 * lists the languages align-core has a profile for.
 */
package io.paralign.language;
