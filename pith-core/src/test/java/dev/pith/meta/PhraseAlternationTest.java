package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PhraseAlternationTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The alternation without guards: every phrase tried in order. */
    private static String plain(List<String> phrases) {
        return phrases.stream().map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static void assertSameMatches(List<String> phrases, String around, List<String> texts) {
        Pattern guarded = Pattern.compile(around.replace("ALT", PhraseAlternation.of(phrases)), FLAGS);
        Pattern unguarded = Pattern.compile(around.replace("ALT", plain(phrases)), FLAGS);
        for (String text : texts) {
            Matcher a = guarded.matcher(text);
            Matcher b = unguarded.matcher(text);
            while (true) {
                boolean found = a.find();
                assertThat(found).as(text).isEqualTo(b.find());
                if (!found) {
                    break;
                }
                assertThat(a.start() + ":" + a.end()).as(text).isEqualTo(b.start() + ":" + b.end());
            }
        }
    }

    @Test
    void matchesAsThePlainAlternationDoes() {
        List<String> phrases = List.of("written by", "veröffentlicht am", "by", "bis", "ſo", "i̇ç", "kelvin", "von", "é", "éd");
        List<String> texts = List.of("Written   By Ann", "BY", "by and by", "VERÖFFENTLICHT AM 3.", "Kelvin", "\u212Aelvin",
                "ſo SO So", "İç", "ÉD é É", "abis bisby", "", "ΣΊΣΥΦΟΣ von", "\uD83D\uDE00by");
        assertSameMatches(phrases, "ALT", texts);
        assertSameMatches(phrases, "(?<![\\p{L}])ALT(?![\\p{L}])", texts);
        assertSameMatches(phrases, "^[\\p{Ps}\\s]*ALT(?:[:\\s]|$)", texts);
    }

    @Test
    void matchesTheBylineWordsOfEveryLanguageAsThePlainAlternationDoes() {
        List<String> texts = List.of("Von Hans Meier", "Text: Anna Roth", "posted by John at 10", "作者：张三", "Autor: Jan", "PAR Jean",
                "Aktualisiert am 17.01.2021", "Opublikowano 5 maja", "Mis à jour le 3", "Last updated: today", "Última actualización");
        for (String group : List.of("by", "role", "and", "not-name", "generic")) {
            assertSameMatches(WordLists.phrases("byline", group), "ALT", texts);
        }
        for (String group : List.of("published", "updated", "latest", "original")) {
            assertSameMatches(WordLists.phrases("date-words", group), "ALT", texts);
        }
    }

    @Test
    void guardsEachFirstLetter() {
        assertThat(PhraseAlternation.of(List.of("by", "von"))).contains("(?=(?-i:[").contains("\\Qby\\E").contains("\\Qvon\\E");
    }

    /** Phrases whose tails are tried after every character outside the first characters. */
    private static final int SAMPLED_PHRASES = 12;

    // A character outside the first characters must never start a match, in any case or folding.
    @Test
    void noMatchStartsWithACharacterOutsideTheFirstCharacters() {
        List<String> phrases = WordLists.phrases("byline", "by");
        java.util.BitSet first = PhraseAlternation.firstCharacters(phrases);
        assertThat(first).isNotNull();
        Pattern byAtStart = Pattern.compile(PhraseAlternation.of(phrases), FLAGS);
        for (String phrase : phrases) {
            for (String text : List.of(phrase, phrase.toUpperCase(java.util.Locale.ROOT), phrase + ": Jane")) {
                assertThat(first.get(text.charAt(0))).as(text).isTrue();
            }
        }
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (!first.get(c)) {
                for (String phrase : phrases.subList(0, Math.min(phrases.size(), SAMPLED_PHRASES))) {
                    String text = (char) c + phrase.substring(1);
                    assertThat(byAtStart.matcher(text).lookingAt()).as("%04x %s", c, phrase).isFalse();
                }
            }
        }
    }

    @Test
    void leavesEveryCharacterPossibleWithoutGuards() {
        assertThat(PhraseAlternation.firstCharacters(List.of("by", "\uD83D\uDE00 fan"))).isNull();
        assertThat(PhraseAlternation.firstCharacters(List.of("by", "von")).get('B')).isTrue();
        assertThat(PhraseAlternation.firstCharacters(List.of("by", "von")).get('a')).isFalse();
    }
}
