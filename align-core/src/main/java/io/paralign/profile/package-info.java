/**
 * What align-core knows of each language, one {@link io.paralign.profile.LanguageProfile} per language (sentence
 * fix-ups, stemming, name stop words, function words, number words, boilerplate cues, direction, Lucene analyzer),
 * found through one registry, {@link io.paralign.profile.LanguageProfiles}, by a tag's primary subtag. The profiles
 * are data: the stages that use a part (segment, expendable, anchor, language, score) read it from here, which is why
 * the package sits right above {@code model}. Detection stays in {@code language}.
 *
 * <p>No profile carries a length unit or a length prior: a prior ratio belongs to a pair of languages and stays in
 * {@code score.LengthModels}'s table, and the code tells units apart by the ratio, not by language.
 *
 * <p>Exported: the registry and the profiles' parts, which the service reads for its search analyzers.
 */
package io.paralign.profile;
