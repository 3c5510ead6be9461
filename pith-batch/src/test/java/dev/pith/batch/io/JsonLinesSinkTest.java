package dev.pith.batch.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.util.JsonTrees;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLinesSinkTest {

    private static ObjectNode record() {
        ObjectNode o = JsonTrees.object();
        o.put("id", "0001");
        o.put("url", (String) null);
        o.put("text", "Zürich — \"quoted\"\n\ttab \u2028 \u0001 😀 </script>");
        o.putArray("authors").add("A. B.").add("");
        o.put("chars", 42);
        o.put("weight", 0.1 + 0.2);
        o.put("kept", true);
        o.putObject("nested").putArray("empty");
        o.putNull("error");
        return o;
    }

    @Test
    void writesEachRecordAsAnObjectMapperWouldOnALineOfItsOwn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesSink sink = new JsonLinesSink(out)) {
            sink.accept(record());
            sink.accept(JsonTrees.object().put("id", "0002"));
            assertThat(sink.written()).isEqualTo(2);
        }
        String expected = new String(new ObjectMapper().writeValueAsBytes(record()), StandardCharsets.UTF_8)
                + "\n{\"id\":\"0002\"}\n";
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void dropsRecordsAfterClose() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinesSink sink = new JsonLinesSink(out);
        sink.close();
        sink.accept(record());
        assertThat(out.size()).isZero();
        assertThat(sink.written()).isZero();
    }
}
