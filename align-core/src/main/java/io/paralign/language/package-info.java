/**
 * Language identification for documents: {@link io.paralign.language.LanguageGuesser} tells the language of a
 * text from its script and, for Latin-script text, from its most common function words, with a confidence. Meant
 * for a sentence or more, not for single words. {@link io.paralign.language.LanguageCheck} refuses a declared
 * language the text clearly contradicts ({@link io.paralign.language.LanguageMismatchException});
 * {@link io.paralign.language.SupportedLanguages} lists the languages align-core has a profile for
 * ({@link io.paralign.profile.LanguageProfiles}), whose function words the guesser counts.
 *
 * <p>Exported: shells resolve {@code auto} and check declared languages through it.
 */
package io.paralign.language;
