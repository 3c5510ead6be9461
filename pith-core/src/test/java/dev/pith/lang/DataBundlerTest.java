package dev.pith.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle the build makes holds every data file as written, so reading it equals reading the files. */
class DataBundlerTest {

    private static final Path SOURCES = Path.of("src/main/resources", DataBundler.ROOT);

    @Test
    void everyDataFileReadsTheSameFromTheBuiltBundle() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES, 2)) {
            List<Path> files = walk.filter(p -> SOURCES.relativize(p).getNameCount() == 2).toList();
            assertThat(files).hasSizeGreaterThan(100);
            for (Path file : files) {
                String code = file.getParent().getFileName().toString();
                String kind = file.getFileName().toString().replace(".txt", "");
                List<String> written = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .toList();
                assertThat(LanguageData.entries(code, kind)).as(code + "/" + kind).isEqualTo(written);
            }
        }
    }

    @Test
    void bundlesOnlyTheFilesOfLanguageDirectories(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("de"));
        Files.writeString(root.resolve("de/advert.txt"), "Anzeige\n");
        Files.writeString(root.resolve("notes.txt"), "not data\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataBundler.bundle(root, out);
        String bundle = out.toString(StandardCharsets.UTF_8);
        assertThat(bundle).contains("de/advert.txt", "Anzeige").doesNotContain("notes");
    }
}
