package dev.pith.batch.dedup;

import dev.pith.dedup.DocFeatures;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** How the per-record state of a run is written to its {@link SpillList}s. */
final class StateCodecs {

    /** Heap bytes of a small record object with its header and fields, strings apart. */
    private static final int RECORD_OVERHEAD = 32;

    /** A record's id, error, note and plain flag. */
    static final SpillList.Codec<RecordState> RECORD = new SpillList.Codec<>() {
        @Override
        public void write(DataOutputStream out, RecordState s) throws IOException {
            SpillList.writeString(out, s.id());
            SpillList.writeString(out, s.error());
            SpillList.writeString(out, s.note());
            out.writeBoolean(s.plain());
        }

        @Override
        public RecordState read(DataInputStream in) throws IOException {
            return new RecordState(SpillList.readString(in), SpillList.readString(in), SpillList.readString(in),
                    in.readBoolean());
        }

        @Override
        public long heapBytes(RecordState s) {
            return RECORD_OVERHEAD + SpillList.heapBytes(s.id()) + SpillList.heapBytes(s.error())
                    + SpillList.heapBytes(s.note());
        }
    };

    /** The first pass's state and where the record is. */
    static final SpillList.Codec<DedupRun.Counted> COUNTED = new SpillList.Codec<>() {
        @Override
        public void write(DataOutputStream out, DedupRun.Counted c) throws IOException {
            RECORD.write(out, c.state());
            SpillList.writeString(out, c.where());
        }

        @Override
        public DedupRun.Counted read(DataInputStream in) throws IOException {
            return new DedupRun.Counted(RECORD.read(in), SpillList.readString(in));
        }

        @Override
        public long heapBytes(DedupRun.Counted c) {
            return RECORD_OVERHEAD + RECORD.heapBytes(c.state()) + SpillList.heapBytes(c.where());
        }
    };

    /** What the survivor rule and the output need of a document. */
    static final SpillList.Codec<DocFeatures> FEATURES = new SpillList.Codec<>() {
        @Override
        public void write(DataOutputStream out, DocFeatures f) throws IOException {
            SpillList.writeString(out, f.id());
            out.writeInt(f.tokens());
            out.writeInt(f.metadataFields());
            SpillList.writeString(out, f.date());
            out.writeLong(f.contentHash());
        }

        @Override
        public DocFeatures read(DataInputStream in) throws IOException {
            return new DocFeatures(SpillList.readString(in), in.readInt(), in.readInt(), SpillList.readString(in),
                    in.readLong());
        }

        @Override
        public long heapBytes(DocFeatures f) {
            return RECORD_OVERHEAD + SpillList.heapBytes(f.id()) + SpillList.heapBytes(f.date());
        }
    };

    private StateCodecs() {
    }
}
