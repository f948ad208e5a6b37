package org.vigil.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vigil.lists.identity.SubjectIndex;
import org.vigil.lists.version.ListVersion;

/**
 * Parse + index-ready load of the bundled UN (2026-02-27) and OFAC SDN (2021-07) lists, warm. The target is under one
 * second for both; {@code crossReferenced} adds building the cross-list subject index. Two baselines run beside it:
 * reading the bytes (the floor) and a DOM parse of the UN file.
 *
 * <pre>./mvnw -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar ListLoad</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgs = {"-Xmx1g"})
public class ListLoadBenchmark {
    private BundledSnapshot snapshot;

    @Setup
    public void setUp() {
        snapshot = new BundledSnapshot();
    }

    @Benchmark
    public List<ListVersion> unAndOfac() throws Exception {
        return snapshot.load();
    }

    @Benchmark
    public SubjectIndex crossReferenced() throws Exception {
        return SubjectIndex.build(snapshot.load());
    }

    /** Baseline in the same run: the I/O floor, reading and decoding every bundled file without parsing. */
    @Benchmark
    public long readBytesOnly() throws Exception {
        return snapshot.readAll();
    }

    /** Baseline in the same run: the UN file into a W3C DOM (what many tools do), no mapping to entities. */
    @Benchmark
    public Object unDomBaseline() throws Exception {
        return snapshot.unDom();
    }
}
