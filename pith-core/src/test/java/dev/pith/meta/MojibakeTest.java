package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Mojibake}: UTF-8 a page holds decoded as Latin-1, told apart by its C1 control characters. */
class MojibakeTest {

    @Test
    void repairsUtf8ReadAsLatin1() {
        assertThat(Mojibake.repaired("itertools \u00e2\u0080\u0094 Functions")).isEqualTo("itertools — Functions");
        assertThat(Mojibake.repaired("Investor\u00e2\u0080\u0099s Guide")).isEqualTo("Investor’s Guide");
    }

    @Test
    void leavesRealTextAlone() {
        // Latin-1 letters without C1 controls are real text
        assertThat(Mojibake.repaired("Café crème à Genève")).isEqualTo("Café crème à Genève");
        // a C1 control beside a character Latin-1 cannot hold, or bytes that are no UTF-8: left as they are
        assertThat(Mojibake.repaired("\u0085 Zürich — ok")).isEqualTo("\u0085 Zürich — ok");
        assertThat(Mojibake.repaired("a\u0094b")).isEqualTo("a\u0094b");
        assertThat(Mojibake.repaired(null)).isNull();
    }
}
