package org.vigil.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Schema;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;

class LiveScreenerTest {

    static Entity person(String id, String name) {
        return Entity.builder(EntityId.parse("test:" + id), Schema.PERSON).name(name, NameKind.PRIMARY).build();
    }

    @Test
    void swappingTheIndexWhileQueriesRunNeverFailsAQueryAndNewQueriesSeeTheNewList() throws Exception {
        List<Entity> before = List.of(person("1", "Hafiz Muhammad Saeed"), person("2", "Zaki ur Rehman Lakhvi"));
        List<Entity> after = List.of(person("1", "Hafiz Muhammad Saeed"), person("3", "Abdul Rahman Makki"));
        LiveScreener live = new LiveScreener(MatchIndex.build(before));
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger screened = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> queries = pool.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    List<Match> m = live.screen(Query.name("Hafiz Mohammad Sayeed"), ScreenOptions.defaults())
                            .matches();
                    assertThat(m).extracting(x -> x.id().toString()).containsExactly("test:1");
                    n++;
                    screened.incrementAndGet();
                }
                return n;
            });
            // keep swapping until queries have run alongside at least 20 swaps (bounded in time)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int swaps = 0;
            while ((swaps < 20 || screened.get() < 200) && System.nanoTime() < deadline) {
                live.rebuild(swaps++ % 2 == 0 ? after : before);
            }
            live.rebuild(after);
            stop.set(true);
            assertThat(queries.get(30, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(live.screen(Query.name("Abdul Rehman Makki"), ScreenOptions.defaults()).matches())
                .extracting(x -> x.id().toString()).containsExactly("test:3");
        assertThat(live.screen(Query.name("Zakiur Rehman Lakhvi"), ScreenOptions.defaults()).matches()).isEmpty();
    }
}
