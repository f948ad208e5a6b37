package org.vigil.lists.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonLinesFileTest {

    private static List<JsonLine> lines(byte[] bytes) throws Exception {
        List<JsonLine> out = new ArrayList<>();
        try (JsonLinesFile f = JsonLinesFile.open(new ByteArrayInputStream(bytes), "t.json")) {
            Optional<JsonLine> l;
            while ((l = f.next()).isPresent()) {
                out.add(l.get());
            }
        }
        return out;
    }

    @Test
    void linesLongerThanTheReadBufferWithMultiByteCharactersAcrossItsEdges() throws Exception {
        // 100,000 three-byte characters: the 64 KiB read buffer ends inside one of them more than once
        String longValue = "Ж€".repeat(50_000);
        String text = "{\"a\":1}\r\n\n{\"b\":\"" + longValue + "\"}\n   \n{\"c\":3}";
        List<JsonLine> lines = lines(text.getBytes(StandardCharsets.UTF_8));
        assertThat(lines).extracting(JsonLine::number).containsExactly(1L, 3L, 5L);
        assertThat(lines.get(0).text()).isEqualTo("{\"a\":1}");
        assertThat(lines.get(1).text()).isEqualTo("{\"b\":\"" + longValue + "\"}");
        assertThat(lines.get(2).text()).isEqualTo("{\"c\":3}");
    }

    @Test
    void aByteOrderMarkOnTheFirstLineIsDropped() throws Exception {
        List<JsonLine> lines = lines("\uFEFF{\"a\":1}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(lines).containsExactly(new JsonLine("t.json", 1, "{\"a\":1}"));
    }

    @Test
    void readsTheFieldsOfALine() throws Exception {
        JsonLine line = new JsonLine("t.json", 7, "{\"s\":\"x\",\"n\":12,\"a\":[\"p\",3,null],\"o\":{\"k\":[1]},"
                + "\"b\":false,\"z\":null}");
        List<String> seen = new ArrayList<>();
        try (JsonObjectReader r = JsonObjectReader.open(line)) {
            Optional<String> f;
            while ((f = r.nextField()).isPresent()) {
                switch (f.get()) {
                    case "s", "n" -> seen.add(f.get() + "=" + r.text(f.get()));
                    case "a", "z" -> seen.add(f.get() + "=" + r.strings(f.get()));
                    case "b" -> seen.add("b=" + r.bool("b").orElseThrow());
                    default -> r.skip();
                }
            }
            r.finish();
            assertThat(r.lineNumber()).isEqualTo(7);
        }
        assertThat(seen).containsExactly("s=x", "n=12", "a=[p, 3]", "b=false", "z=[]");
    }
}
