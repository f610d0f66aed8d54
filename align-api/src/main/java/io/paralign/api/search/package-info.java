/** Bilingual concordance over every stored alignment: aligned pairs whose side in a language matches a query. */
package io.paralign.api.search;
