package dev.pith.batch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    private static List<ByteLines.Line> lines(byte[] in, int max) throws IOException {
        List<ByteLines.Line> out = new ArrayList<>();
        try (ByteLines lines = new ByteLines(new ByteArrayInputStream(in), max)) {
            for (ByteLines.Line l = lines.next(); l != null; l = lines.next()) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void anOverlongLineIsFlaggedAndTheNextLineIsWhole() throws IOException {
        List<ByteLines.Line> l = lines("short\n0123456789\nnext".getBytes(StandardCharsets.UTF_8), 8);
        assertThat(l).extracting(ByteLines.Line::tooLong).containsExactly(false, true, false);
        assertThat(new String(l.get(2).bytes(), StandardCharsets.UTF_8)).isEqualTo("next");
        assertThat(l.get(1).bytes()).isEmpty();
        assertThat(l.get(2).number()).isEqualTo(3);
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsDropped() throws IOException {
        byte[] in = "\uFEFF{\"id\":1}\n{\"id\":2}".getBytes(StandardCharsets.UTF_8);
        assertThat(lines(in, 100)).extracting(x -> new String(x.bytes(), StandardCharsets.UTF_8))
                .containsExactly("{\"id\":1}", "{\"id\":2}");
    }

    @Property
    void joiningTheLinesGivesTheInputBack(@ForAll List<@net.jqwik.api.constraints.StringLength(max = 50) String> parts)
            throws IOException {
        String joined = String.join("\n", parts).replace("\uFEFF", "");
        List<ByteLines.Line> l = lines(joined.getBytes(StandardCharsets.UTF_8), 1 << 20);
        List<String> back = l.stream().map(x -> new String(x.bytes(), StandardCharsets.UTF_8)).toList();
        String expected = joined.endsWith("\n") ? joined.substring(0, joined.length() - 1) : joined;
        assertThat(String.join("\n", back)).isEqualTo(expected);
    }
}
