package org.vigil.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.NameKind;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.testing.BundledIndex;

/**
 * Lashkar-e-Tayyiba and its listed leaders, as the press and other lists spell them, in Latin, Arabic and Urdu
 * script, must find the UN and OFAC records at the default threshold; so must every listed alias of them.
 */
class PressSpellingsTest {

    static final EntityId LET = EntityId.parse("un-sc:QDe.118");
    static final EntityId SAEED = EntityId.parse("un-sc:QDi.263");
    static final EntityId LAKHVI = EntityId.parse("un-sc:QDi.264");
    static final EntityId LET_OFAC = EntityId.parse("us-ofac-sdn:7140");
    static final EntityId SAEED_OFAC = EntityId.parse("us-ofac-sdn:10689");
    static final EntityId LAKHVI_OFAC = EntityId.parse("us-ofac-sdn:10690");

    static Stream<Arguments> pressSpellings() {
        return Stream.of(
                Arguments.of("Lashkar-e-Taiba", LET, LET_OFAC),
                Arguments.of("Lashkar-e-Toiba", LET, LET_OFAC),
                Arguments.of("Lashkar e Tayyiba", LET, LET_OFAC),
                Arguments.of("Lashkar-i-Taiba", LET, LET_OFAC),
                Arguments.of("Lashkar-e-Tayyaba", LET, LET_OFAC),
                Arguments.of("LASHKAR E TAYYABA ORGANIZATION", LET, LET_OFAC),
                Arguments.of("Jamaat-ud-Dawah", LET, LET_OFAC),
                Arguments.of("Jamat ud Dawa", LET, LET_OFAC),
                Arguments.of("Jamaat al-Dawa", LET, LET_OFAC),
                Arguments.of("Falah-e-Insaniat Foundation", LET, LET_OFAC),
                Arguments.of("Falah i Insaniyat", LET, LET_OFAC),
                Arguments.of("لشکر طیبہ", LET, LET_OFAC),
                Arguments.of("Hafiz Saeed", SAEED, SAEED_OFAC),
                Arguments.of("Hafiz Mohammad Sayeed", SAEED, SAEED_OFAC),
                Arguments.of("Hafiz Mohammed Saeed", SAEED, SAEED_OFAC),
                Arguments.of("Muhammad Saeed Hafiz", SAEED, SAEED_OFAC),
                Arguments.of("SAEED, Hafiz Muhammad", SAEED, SAEED_OFAC),
                Arguments.of("حافظ محمد سعید", SAEED, SAEED_OFAC),
                Arguments.of("حافظ محمد سعيد", SAEED, SAEED_OFAC),
                Arguments.of("Zakiur Rehman Lakhvi", LAKHVI, LAKHVI_OFAC),
                Arguments.of("Zaki-ur-Rehman Lakhvi", LAKHVI, LAKHVI_OFAC),
                Arguments.of("Zaki ur Rahman Lakhvi", LAKHVI, LAKHVI_OFAC),
                Arguments.of("Zakir Rehman Lakvi", LAKHVI, LAKHVI_OFAC),
                Arguments.of("Zaki-ur-Rehman Lakhvi", LAKHVI, LAKHVI_OFAC),
                Arguments.of("LAKHVI, Zakiur Rahman", LAKHVI, LAKHVI_OFAC),
                Arguments.of("ذکی الرحمان لکھوی", LAKHVI, LAKHVI_OFAC));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pressSpellings")
    void pressSpellingFindsTheUnAndOfacRecords(String name, EntityId un, EntityId ofac) {
        List<EntityId> ids = BundledIndex.screener().screen(Query.name(name)).stream().map(Match::id).toList();
        assertThat(ids).as(name).contains(un, ofac);
    }

    static Stream<Arguments> listedAliases() {
        Set<EntityId> wanted = Set.of(LET, SAEED, LAKHVI, LET_OFAC, SAEED_OFAC, LAKHVI_OFAC);
        return BundledIndex.entities().stream().filter(e -> wanted.contains(e.id()))
                .flatMap(e -> e.names().stream().map(n -> Arguments.of(e.id(), n.value(), n.kind())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("listedAliases")
    void everyListedAliasFindsItsRecord(EntityId id, String alias, NameKind kind) {
        List<Match> matches = BundledIndex.screener().screen(Query.name(alias),
                ScreenOptions.defaults().withLimit(50)).matches();
        assertThat(matches).as(alias).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.score()).isGreaterThanOrEqualTo(0.99);
        });
    }

    static Entity entity(EntityId id) {
        return BundledIndex.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
