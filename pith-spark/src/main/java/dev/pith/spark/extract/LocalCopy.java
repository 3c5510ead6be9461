package dev.pith.spark.extract;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A Hadoop file as a local file, so that pith-batch's readers (which seek in WARCs to resync
 * after a corrupt record) can read it: a {@code file:} path is used where it is; anything else
 * ({@code hdfs://}, {@code s3a://}) is copied to the executor's temporary directory for the time
 * one task reads it, then deleted.
 */
final class LocalCopy implements Closeable {

    private final java.nio.file.Path local;
    private final boolean temporary;

    private LocalCopy(java.nio.file.Path local, boolean temporary) {
        this.local = local;
        this.temporary = temporary;
    }

    static LocalCopy of(String file, Configuration conf) throws IOException {
        Path path = new Path(file);
        if ("file".equals(path.toUri().getScheme())) {
            return new LocalCopy(java.nio.file.Path.of(path.toUri()), false);
        }
        String name = path.getName();
        java.nio.file.Path dir = Files.createTempDirectory("pith-spark-");
        java.nio.file.Path copy = dir.resolve(name);
        FileSystem fs = path.getFileSystem(conf);
        fs.copyToLocalFile(false, path, new Path(copy.toUri()), true);
        return new LocalCopy(copy, true);
    }

    /** The local file to read. */
    java.nio.file.Path path() {
        return local;
    }

    /**
     * How records name their file: the local path for {@code file:} inputs (as {@code pith extract}
     * writes it), the full URI for others.
     */
    static String displayName(String file) {
        Path path = new Path(file);
        return "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : file;
    }

    @Override
    public void close() throws IOException {
        if (temporary) {
            Files.deleteIfExists(local);
            Files.deleteIfExists(local.getParent());
        }
    }
}
