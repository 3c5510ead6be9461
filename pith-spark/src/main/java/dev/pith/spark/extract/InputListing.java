package dev.pith.spark.extract;

import dev.pith.batch.io.JsonLinesInputs;
import dev.pith.batch.io.WarcSource;
import dev.pith.batch.job.ExtractJob;
import dev.pith.batch.io.FileInputs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the input paths on the driver, through Hadoop's file systems (so {@code file://},
 * {@code hdfs://} and {@code s3a://} all work with the client jars the cluster brings), and
 * groups them into {@link InputUnit}s: one per WARC or JSON Lines file, small HTML files in
 * batches. Only names and sizes are read here; the bytes are read on the executors.
 */
public final class InputListing {

    /** HTML files per task: enough to amortise task start-up, few enough to spread over executors. */
    static final int HTML_FILES_PER_UNIT = 256;

    private InputListing() {
    }

    /** The units of the given paths (files, directories searched recursively, glob patterns). */
    public static List<InputUnit> list(List<String> args, Configuration conf) throws IOException {
        List<InputUnit> units = new ArrayList<>();
        List<String> html = new ArrayList<>();
        for (String arg : args) {
            Path path = new Path(arg);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                flush(html, units);
                units.add(new InputUnit(InputUnit.Kind.MISSING, List.of(arg)));
                continue;
            }
            for (FileStatus match : matches) {
                for (String file : filesOf(fs, match)) {
                    InputUnit.Kind kind = kindOf(file);
                    if (kind == InputUnit.Kind.HTML) {
                        html.add(file);
                        if (html.size() == HTML_FILES_PER_UNIT) {
                            flush(html, units);
                        }
                    } else {
                        flush(html, units);
                        units.add(new InputUnit(kind, List.of(file)));
                    }
                }
            }
        }
        flush(html, units);
        return units;
    }

    /** A file as named, or a directory's accepted files in name order (so output order is stable). */
    private static List<String> filesOf(FileSystem fs, FileStatus match) throws IOException {
        if (!match.isDirectory()) {
            return List.of(match.getPath().toString());
        }
        List<String> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String name = f.getPath().getName();
            if (f.isFile() && accepted(name)) {
                files.add(f.getPath().toString());
            }
        }
        files.sort(null);
        return files;
    }

    /** Files taken from directories: WARC, JSON Lines and HTML (each optionally gzipped). */
    static boolean accepted(String name) {
        return WarcSource.isWarc(name) || JsonLinesInputs.isJsonLines(name)
                || FileInputs.accepted(java.nio.file.Path.of(name), ExtractJob.EXTENSIONS);
    }

    /** How a file is read, by its name; a file named directly that is neither WARC nor JSON Lines is read as HTML. */
    static InputUnit.Kind kindOf(String file) {
        if (WarcSource.isWarc(file)) {
            return InputUnit.Kind.WARC;
        }
        return JsonLinesInputs.isJsonLines(file) ? InputUnit.Kind.JSON_LINES : InputUnit.Kind.HTML;
    }

    private static void flush(List<String> html, List<InputUnit> units) {
        if (!html.isEmpty()) {
            units.add(new InputUnit(InputUnit.Kind.HTML, html));
            html.clear();
        }
    }
}
