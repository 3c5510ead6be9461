package dev.pith.batch.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.batch.io.Input;
import dev.pith.util.JsonTrees;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecordPipelineTest {

    private static List<Input> inputs(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Input("d" + i, "s" + i, "", null, () -> new byte[0])).toList();
    }

    private static ObjectNode ok(Input in) {
        ObjectNode o = JsonTrees.object();
        o.put("id", in.id());
        o.putNull("error");
        return o;
    }

    @Test
    void writesOneRecordPerInputInInputOrder() {
        List<String> ids = new ArrayList<>();
        RunStats stats = new RecordPipeline(4, 30).run(inputs(200).iterator(), in -> {
            Thread.sleep((in.id().hashCode() & 7)); // out-of-order completion
            return ok(in);
        }, r -> ids.add(r.get("id").asText()), RunListener.NONE);
        assertThat(ids).containsExactlyElementsOf(inputs(200).stream().map(Input::id).toList());
        assertThat(stats.documents()).isEqualTo(200);
        assertThat(stats.errors()).isZero();
    }

    @Test
    void aFailingDocumentBecomesAnErrorRecord() {
        List<ObjectNode> out = new ArrayList<>();
        RunStats stats = new RecordPipeline(2, 30).run(inputs(5).iterator(), in -> {
            if (in.id().equals("d2")) {
                throw new IllegalArgumentException("bad page");
            }
            if (in.id().equals("d3")) {
                throw new StackOverflowError();
            }
            return ok(in);
        }, out::add, RunListener.NONE);
        assertThat(out).hasSize(5);
        assertThat(out.get(2).get("error").asText()).contains("bad page");
        assertThat(out.get(3).get("error").asText()).isEqualTo("too-large: the document is nested too deeply");
        assertThat(stats.errors()).isEqualTo(2);
    }

    @Test
    void aStuckCpuBoundDocumentTimesOutAndItsWorkerIsReplaced() {
        AtomicLong sink = new AtomicLong();
        List<ObjectNode> out = new ArrayList<>();
        RecordPipeline pipeline = new RecordPipeline(1, 200, TimeUnit.MILLISECONDS);
        long[] stop = {System.nanoTime() + TimeUnit.SECONDS.toNanos(5)};
        RunStats stats = pipeline.run(inputs(6).iterator(), in -> {
            if (in.id().equals("d1")) {
                // busy, ignores interrupts: only replacing the worker keeps the run going
                while (System.nanoTime() < stop[0]) {
                    sink.incrementAndGet();
                }
            }
            return ok(in);
        }, out::add, RunListener.NONE);
        assertThat(out).extracting(r -> r.get("id").asText()).containsExactly("d0", "d1", "d2", "d3", "d4", "d5");
        assertThat(out.get(1).get("error").asText()).isEqualTo("timeout: gave up after 200 ms");
        assertThat(out.get(2).get("error").isNull()).isTrue();
        assertThat(pipeline.replacedWorkers()).isEqualTo(1);
        assertThat(stats.errors()).isEqualTo(1);
        stop[0] = 0; // let the abandoned thread end
    }

    @Test
    void readsAheadOnlyAsFarAsTheWindow() {
        AtomicInteger pulled = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        Iterator<Input> all = inputs(500).iterator();
        Iterator<Input> counting = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public Input next() {
                int ahead = pulled.incrementAndGet() - written.get();
                maxAhead.accumulateAndGet(ahead, Math::max);
                return all.next();
            }
        };
        new RecordPipeline(2, 30).run(counting, RecordPipelineTest::ok, r -> {
            try {
                Thread.sleep(1); // a slow sink
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.incrementAndGet();
        }, RunListener.NONE);
        assertThat(written.get()).isEqualTo(500);
        assertThat(maxAhead.get()).isLessThanOrEqualTo(2 * RecordPipeline.WINDOW_PER_THREAD + 1);
    }

    @Test
    void aFailingSourceEndsTheRunWithItsException() {
        Iterator<Input> broken = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Input next() {
                if (n++ == 3) {
                    throw new IllegalStateException("source broke");
                }
                return inputs(1).get(0);
            }
        };
        List<ObjectNode> out = new ArrayList<>();
        assertThatThrownBy(() -> new RecordPipeline(2, 30).run(broken, RecordPipelineTest::ok, out::add,
                RunListener.NONE)).hasMessageContaining("source broke");
        assertThat(out).hasSize(3);
    }

    @Test
    void stopEndsAnEndlessRunWithTheFinishedRecordsWritten() {
        Iterator<Input> endless = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Input next() {
                return new Input("e" + n++, "", "", null, () -> new byte[0]);
            }
        };
        RecordPipeline pipeline = new RecordPipeline(2, 30);
        List<String> ids = new ArrayList<>();
        RunStats stats = pipeline.run(endless, RecordPipelineTest::ok, r -> {
            ids.add(r.get("id").asText());
            if (ids.size() == 100) {
                pipeline.stop();
            }
        }, RunListener.NONE);
        assertThat(stats.interrupted()).isTrue();
        assertThat(ids.size()).isGreaterThanOrEqualTo(100);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(ids.get(i)).isEqualTo("e" + i);
        }
    }

    @Test
    void aPipelineCanRunTwice() {
        RecordPipeline pipeline = new RecordPipeline(2, 30);
        for (int round = 0; round < 2; round++) {
            List<ObjectNode> out = new ArrayList<>();
            RunStats stats = pipeline.run(inputs(10).iterator(), RecordPipelineTest::ok, out::add, RunListener.NONE);
            assertThat(out).hasSize(10);
            assertThat(stats.interrupted()).isFalse();
        }
        assertThat(pipeline.workerUtilization()).isBetween(0.0, 1.01);
    }
}
