package dev.pith.spark.dedup;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * Kryo for {@link Sketched}, the record every pass of dedup re-reads from the kept sketches:
 * fields and arrays written directly, without the reflection and per-component class tags of the
 * generic record serializer.
 */
final class SketchedSerializer extends Serializer<Sketched> {

    @Override
    public void write(Kryo kryo, Output out, Sketched s) {
        DocInfo d = s.info();
        out.writeLong(d.doc(), true);
        out.writeString(d.id());
        out.writeInt(d.tokens(), true);
        out.writeInt(d.metadataFields(), true);
        out.writeString(d.date());
        out.writeLong(d.contentHash());
        out.writeBoolean(d.comparable());
        out.writeString(d.note());
        out.writeString(d.error());
        writeInts(out, s.shingles());
        writeInts(out, s.bandKeys());
    }

    @Override
    public Sketched read(Kryo kryo, Input in, Class<Sketched> type) {
        DocInfo d = new DocInfo(in.readLong(true), in.readString(), in.readInt(true), in.readInt(true),
                in.readString(), in.readLong(), in.readBoolean(), in.readString(), in.readString());
        return new Sketched(d, readInts(in), readInts(in));
    }

    private static void writeInts(Output out, int[] values) {
        out.writeInt(values.length, true);
        out.writeInts(values);
    }

    private static int[] readInts(Input in) {
        return in.readInts(in.readInt(true));
    }
}
