package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written date scanner finds exactly what the regular expressions it replaced found. */
class DateScannerTest {

    @Test
    void readsEachFormWhereTheRegexDid() {
        for (String s : List.of("2022-09-28", "on 2022/9/28.", "28.09.2022", "Sept. 4th, 2025", "May 5 2020",
                "4 de septiembre de 2025", "1er janvier 2020", "4 of May 2020", "28. September 2022",
                "x2022-09-28", "12022-09-28", "2022-09-281", "31.02.2022 then 01.03.2022", "Foo 12, 2020 May 3, 2021",
                "Monday, 3 March 2025", "2022-9-28 and 3 May 2020", "A 4th July 1999", "4 dec, 2020", "Nov.5, 2001")) {
            assertThat(DateFinder.find(s)).as(s).isEqualTo(RegexDateOracle.find(s));
        }
    }

    @Test
    void stopsAtTheScanLimit() {
        String s = "x".repeat(DateFinder.SCAN_CHARS - 8) + " May 5, 2020";
        assertThat(DateFinder.find(s)).isEqualTo(RegexDateOracle.find(s)).isEmpty();
    }

    @Property(tries = 5000)
    void agreesWithTheRegularExpressions(@ForAll("dateLike") String s) {
        assertThat(DateFinder.find(s)).isEqualTo(RegexDateOracle.find(s));
    }

    /** Strings built from date parts, separators and noise, so that near-dates are common. */
    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> parts = Arbitraries.of("2022", "1999", "2100", "12022", "09", "9", "28", "31", "13", "0",
                "123", "-", "/", ".", " ", "  ", "\t", ",", "st", "th", "er", "de ", "of ", "de", "September", "Sept",
                "septiembre", "sept", "May", "mai", "März", "Foo", "abcdefghijk", "x", "é", ":", "\u00A0", "𝐀𝐁𝐂");
        return parts.list().ofMaxSize(14).map(l -> String.join("", l));
    }
}
