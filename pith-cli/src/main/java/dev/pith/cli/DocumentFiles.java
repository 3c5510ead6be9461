package dev.pith.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.batch.io.ErrorCode;
import dev.pith.batch.io.InputError;
import dev.pith.batch.run.Records;
import dev.pith.render.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * {@code pith extract --output-dir DIR}: the stage that takes each record's rendered document
 * out of the record, writes it to a file of its own in DIR ({@link FileNames}) and puts the
 * file's name into the record as {@code file}. It runs on the writing thread, in input order,
 * so names are given in a stable order. A record with an error has no document and gets no file.
 */
final class DocumentFiles implements UnaryOperator<ObjectNode> {

    /** The record field that names the document's file, relative to the directory. */
    static final String FILE_FIELD = "file";

    private final Path dir;
    private final String extension;
    private final FileNames names = new FileNames();

    private DocumentFiles(Path dir, String extension) {
        this.dir = dir;
        this.extension = extension;
    }

    /** Creates the directory if needed. */
    static DocumentFiles open(Path dir, Format format) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputError(ErrorCode.OUTPUT, "cannot create the output directory " + dir + " (" + reason(e) + ")", e);
        }
        return new DocumentFiles(dir.toAbsolutePath().normalize(), extension(format));
    }

    /** The file name extension of a format. */
    static String extension(Format format) {
        return switch (format) {
            case TEXT -> ".txt";
            case MARKDOWN -> ".md";
            case JSON -> ".json";
            case HTML -> ".html";
        };
    }

    @Override
    public ObjectNode apply(ObjectNode record) {
        JsonNode document = record.remove(Records.DOCUMENT);
        if (document == null) {
            return record;
        }
        String name = names.claim(record.path("url").asText(null), record.path("id").asText(""), extension);
        Path file = dir.resolve(name).normalize();
        if (!dir.equals(file.getParent())) { // FileNames never allows it; a second lock on the door
            throw new IllegalStateException("document file name outside its directory: " + name);
        }
        try {
            Files.writeString(file, document.asText() + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(new InputError(ErrorCode.OUTPUT, "cannot write " + file + " (" + reason(e) + "); stopped", e));
        }
        record.put(FILE_FIELD, name);
        return record;
    }

    /** What the system said, in its words; a file system exception's message is the bare path. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
