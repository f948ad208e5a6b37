package org.vigil.match.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.vigil.match.index.SmallLists.ACME;
import static org.vigil.match.index.SmallLists.BARI;
import static org.vigil.match.index.SmallLists.LAKHVI;
import static org.vigil.match.index.SmallLists.LAKHVI_OFAC;
import static org.vigil.match.index.SmallLists.LET;
import static org.vigil.match.index.SmallLists.LET_OFAC;
import static org.vigil.match.index.SmallLists.MUSTAFA;
import static org.vigil.match.index.SmallLists.QASIMI;
import static org.vigil.match.index.SmallLists.SAEED;
import static org.vigil.match.index.SmallLists.YASIN;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Schema;
import org.vigil.match.Explanation;
import org.vigil.match.Explanation.AttributeEffect;
import org.vigil.match.Explanation.TokenAlignment;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;

class ScreenerTest {

    static final Screener S = new Screener(SmallLists.INDEX);

    static List<Match> screen(String name) {
        return S.screen(Query.name(name));
    }

    static Optional<Match> find(List<Match> ms, EntityId id) {
        return ms.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    static List<String> rules(Match m) {
        return m.explanation().tokens().stream().map(TokenAlignment::rule).toList();
    }

    @Test
    void exactPrimaryName() {
        List<Match> ms = screen("Hafiz Muhammad Saeed");
        assertThat(ms).isNotEmpty();
        Match best = ms.get(0);
        assertThat(best.id()).isEqualTo(SAEED);
        assertThat(best.score()).isGreaterThanOrEqualTo(0.99);
        assertThat(best.matchedKind()).isEqualTo(NameKind.PRIMARY);
        assertThat(best.matchedName()).isEqualTo("Hafiz Muhammad Saeed");
        assertThat(best.name()).isEqualTo("Hafiz Muhammad Saeed");
        assertThat(rules(best)).containsOnly("exact");
    }

    @Test
    void twoNamesOfARecordScoringTheSameShowThePrimary() {
        // the alias comes first in the record, and scores the same as the primary (token order does not count)
        var e = org.vigil.lists.model.Entity.builder(EntityId.parse("test:1"), Schema.PERSON)
                .name("Hafiz Saeed", NameKind.STRONG_ALIAS).name("SAEED, Hafiz", NameKind.PRIMARY).build();
        Match m = new Screener(MatchIndex.build(List.of(e))).screen(Query.name("Hafiz Saeed")).get(0);
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(m.matchedKind()).isEqualTo(NameKind.PRIMARY);
        assertThat(m.matchedName()).isEqualTo("SAEED, Hafiz");
        // whichever order the candidates come in
        assertThat(Searcher.preferred(NameKind.PRIMARY, 7, NameKind.STRONG_ALIAS, 3)).isTrue();
        assertThat(Searcher.preferred(NameKind.STRONG_ALIAS, 3, NameKind.PRIMARY, 7)).isFalse();
        assertThat(Searcher.preferred(NameKind.STRONG_ALIAS, 3, NameKind.STRONG_ALIAS, 5)).isTrue();
        assertThat(Searcher.preferred(NameKind.STRONG_ALIAS, 5, NameKind.STRONG_ALIAS, 3)).isFalse();
        assertThat(Searcher.preferred(NameKind.STRONG_ALIAS, 5, NameKind.STRONG_ALIAS, 5)).isFalse();
    }

    @Test
    void findsByTypo() {
        Match m = find(screen("Hafiz Muhammad Saeeb"), SAEED).orElseThrow();
        assertThat(m.score()).isLessThan(1.0);
        assertThat(rules(m)).contains("typo");
        assertThat(find(screen("Zakiur Rehman Lakvhi"), LAKHVI)).isPresent();
    }

    @Test
    void findsByLearnedVariant() {
        Match m = find(screen("Hafiz Mohammed Said"), SAEED).orElseThrow();
        assertThat(rules(m)).contains("variant");
        assertThat(m.score()).isLessThan(1.0);
    }

    @Test
    void findsByConsonantSkeletonAcrossScripts() {
        Match m = find(screen("ذکی الرحمان لکھوی"), LAKHVI).orElseThrow();
        assertThat(m.explanation().tokens()).anySatisfy(t -> {
            assertThat(t.query()).isEqualTo("lkhwy");
            assertThat(t.listed()).isEqualTo("lakhvi");
            assertThat(t.rule()).isEqualTo("skeleton");
        });
        assertThat(find(screen("حافظ محمد سعید"), SAEED)).isPresent();
    }

    @Test
    void joinedQueryFindsSplitListedName() {
        Match m = find(screen("Abdulrahman Yasin"), YASIN).orElseThrow();
        assertThat(m.score()).isGreaterThanOrEqualTo(0.95);
        assertThat(m.explanation().tokens()).anySatisfy(t -> {
            assertThat(t.query()).isEqualTo("abdulrahman");
            assertThat(t.listed()).isEqualTo("abdul rahman");
            assertThat(t.rule()).isEqualTo("compound");
        });
    }

    @Test
    void splitQueryFindsJoinedListedName() {
        Match m = find(screen("Abdul Karim Al-Qasimi"), QASIMI).orElseThrow();
        assertThat(m.score()).isGreaterThanOrEqualTo(0.95);
        assertThat(m.explanation().tokens()).anySatisfy(t -> {
            assertThat(t.query()).isEqualTo("abdul karim");
            assertThat(t.listed()).isEqualTo("abdulkarim");
            assertThat(t.rule()).isEqualTo("compound");
        });
        assertThat(find(screen("Zaki ur Rehman Lakhvi"), LAKHVI_OFAC)).isPresent();
    }

    @Test
    void surnameCommaGivenOrder() {
        List<Match> ms = screen("LAKHVI, Zakiur Rehman");
        assertThat(find(ms, LAKHVI)).get().satisfies(m -> assertThat(m.score()).isGreaterThanOrEqualTo(0.99));
        assertThat(find(ms, LAKHVI_OFAC)).get().satisfies(m -> assertThat(m.score()).isGreaterThanOrEqualTo(0.99));
        assertThat(find(screen("Zakiur Rehman Lakhvi"), LAKHVI_OFAC)).get()
                .satisfies(m -> assertThat(m.score()).isGreaterThanOrEqualTo(0.99));
        assertThat(find(screen("SAEED, Hafiz Muhammad"), SAEED)).get()
                .satisfies(m -> assertThat(m.score()).isGreaterThanOrEqualTo(0.99));
    }

    @Test
    void organisationAliasesAndAcronyms() {
        assertThat(find(screen("Jamaat ud Dawa"), LET)).isPresent();
        assertThat(find(screen("Falah-i-Insaniat Foundation"), LET)).isPresent();
        assertThat(find(screen("FIF"), LET)).get().satisfies(m -> {
            assertThat(m.score()).isGreaterThanOrEqualTo(0.99);
            assertThat(m.matchedName()).isEqualTo("Falah-i-Insaniat Foundation (FIF)");
        });
        List<Match> let = screen("Lashkar-e-Tayyiba");
        assertThat(find(let, LET)).isPresent();
        assertThat(find(let, LET_OFAC)).isPresent();
    }

    @Test
    void listedNamesWithAOneLetterParticleScoreOneVerbatim() {
        for (String name : List.of("Lashkar-e-Tayyiba", "Falah-i-Insaniat Foundation", "Jamaat-ud-Dawa")) {
            assertThat(find(screen(name), LET)).as(name).get()
                    .satisfies(m -> assertThat(m.score()).isGreaterThanOrEqualTo(0.99));
        }
    }

    @Test
    void joinedFormListedElsewhereDoesNotChangeTheRules() {
        MatchIndex ix = MatchIndex.build(List.of(
                org.vigil.lists.testing.Entities.org("us-ofac-sdn:1", "LONDON IRINVEST SHIP COMPANY").build(),
                org.vigil.lists.testing.Entities.org("us-ofac-sdn:2", "IRINVESTSHIP LTD").build(),
                org.vigil.lists.testing.Entities.person("un-sc:3", "Abdul Rahman Yasin").build(),
                org.vigil.lists.testing.Entities.person("un-sc:4", "Abdulrahman Qasimi").build()));
        Screener s = new Screener(ix);
        assertThat(find(s.screen(Query.name("London Irinvest Ship Company")), EntityId.parse("us-ofac-sdn:1")))
                .get().satisfies(m -> assertThat(m.score()).isGreaterThanOrEqualTo(0.99));
        assertThat(find(s.screen(Query.name("Abdulrahman Yasin")), EntityId.parse("un-sc:3"))).get()
                .satisfies(m -> assertThat(rules(m)).contains("compound"));
    }

    @Test
    void aTokensVowelFreedomDoesNotDependOnOtherRecords() {
        var ahd = org.vigil.lists.testing.Entities.person("us-ofac-sdn:21993", "AL-MASRI, Ahd").build();
        var arabic = org.vigil.lists.testing.Entities.person("un-sc:QDi.1", "أحد").build();
        var latin = org.vigil.lists.testing.Entities.person("un-sc:QDi.2", "Smith").build();
        ScreenOptions low = ScreenOptions.defaults().withThreshold(0.3);
        Query q = Query.name("Hd Al Masri");
        // the same number of records in both indexes, so token frequencies are alike
        double alone = find(new Screener(MatchIndex.build(List.of(ahd, latin))).screen(q, low).matches(), ahd.id())
                .map(Match::score).orElse(0.0);
        double withOther = find(new Screener(MatchIndex.build(List.of(ahd, arabic))).screen(q, low).matches(),
                ahd.id()).map(Match::score).orElse(0.0);
        assertThat(withOther).isEqualTo(alone);
    }

    @Test
    void sourcesFilter() {
        Query q = Query.name("Zakiur Rehman Lakhvi");
        List<Match> un = S.screen(q, ScreenOptions.defaults().withSources(Set.of("un-sc"))).matches();
        assertThat(un).extracting(m -> m.id().source()).containsOnly("un-sc");
        assertThat(find(un, LAKHVI)).isPresent();
        List<Match> ofac = S.screen(q, ScreenOptions.defaults().withSources(Set.of("us-ofac-sdn"))).matches();
        assertThat(ofac).extracting(m -> m.id().source()).containsOnly("us-ofac-sdn");
        assertThat(find(ofac, LAKHVI_OFAC)).isPresent();
        assertThat(S.screen(q, ScreenOptions.defaults().withSources(Set.of("un-sc", "us-ofac-sdn"))).matches())
                .extracting(Match::id).contains(LAKHVI, LAKHVI_OFAC);
        assertThat(S.screen(q, ScreenOptions.defaults().withSources(Set.of("eu-fsf"))).matches()).isEmpty();
    }

    @Test
    void weakAliasCountsOnlyWhenNearlyExact() {
        List<Match> exact = screen("Abu Hamza Al-Masri");
        Match weak = find(exact, MUSTAFA).orElseThrow();
        assertThat(weak.matchedKind()).isEqualTo(NameKind.WEAK_ALIAS);
        assertThat(weak.explanation().attributes()).extracting(AttributeEffect::attribute).contains("alias");
        assertThat(find(exact, BARI)).get().satisfies(m -> assertThat(m.matchedKind()).isEqualTo(NameKind.STRONG_ALIAS));

        // a re-spelt alias: the strong alias still matches, the weak one no longer does
        List<Match> respelt = S.screen(Query.name("Abu Hamsa Al-Masri"), ScreenOptions.defaults().withThreshold(0.5))
                .matches();
        Match strong = find(respelt, BARI).orElseThrow();
        assertThat(strong.score()).isLessThan(Searcher.WEAK_ALIAS_MIN);
        assertThat(find(respelt, MUSTAFA)).isEmpty();
    }

    @Test
    void personQueryAgainstAnOrganisationIsMarkedDown() {
        ScreenOptions low = ScreenOptions.defaults().withThreshold(0.5);
        Match asPerson = find(S.screen(Query.name("Lashkar-e-Tayyiba").withType(Schema.PERSON), low).matches(), LET)
                .orElseThrow();
        Match untyped = find(S.screen(Query.name("Lashkar-e-Tayyiba"), low).matches(), LET).orElseThrow();
        Match asOrg = find(S.screen(Query.name("Lashkar-e-Tayyiba").withType(Schema.ORGANIZATION), low).matches(), LET)
                .orElseThrow();
        assertThat(asPerson.explanation().attributes()).singleElement().satisfies(a -> {
            assertThat(a.attribute()).isEqualTo("type");
            assertThat(a.delta()).isNegative();
        });
        assertThat(asPerson.score()).isLessThan(untyped.score());
        assertThat(asPerson.explanation().nameScore()).isEqualTo(untyped.explanation().nameScore());
        assertThat(asOrg.explanation().attributes()).isEmpty();
        assertThat(asOrg.score()).isEqualTo(untyped.score());
    }

    @Test
    void attributesMoveTheScore() {
        ScreenOptions low = ScreenOptions.defaults().withThreshold(0.5);
        Query q = Query.name("Hafiz Mohammed Said");
        double base = find(S.screen(q, low).matches(), SAEED).orElseThrow().score();
        double sameDob = find(S.screen(q.withBirthDate(FuzzyDate.parseIso("1950-06-05")), low).matches(), SAEED)
                .orElseThrow().score();
        double otherDob = find(S.screen(q.withBirthDate(FuzzyDate.parseIso("1975")), low).matches(), SAEED)
                .orElseThrow().score();
        double country = find(S.screen(q.withCountry("PK"), low).matches(), SAEED).orElseThrow().score();
        assertThat(sameDob).isGreaterThan(base);
        assertThat(otherDob).isLessThan(base);
        assertThat(country).isGreaterThan(base);
    }

    @Test
    void limitIsRespectedAndKeepsTheBest() {
        ScreenOptions low = ScreenOptions.defaults().withThreshold(0.2).withLimit(50);
        List<Match> all = S.screen(Query.name("Muhammad"), low).matches();
        assertThat(all).hasSizeGreaterThan(2);
        List<Match> two = S.screen(Query.name("Muhammad"), low.withLimit(2)).matches();
        assertThat(two).hasSize(2);
        assertThat(two.get(1).score()).isGreaterThanOrEqualTo(all.get(2).score());
        assertThat(two).extracting(Match::score).containsExactly(all.get(0).score(), all.get(1).score());
    }

    @Test
    void thresholdIsRespected() {
        for (double t : new double[] {0.3, 0.6, 0.8, 0.95}) {
            assertThat(S.screen(Query.name("Muhammad Saeed Khan"), ScreenOptions.defaults().withThreshold(t))
                    .matches()).allSatisfy(m -> assertThat(m.score()).isGreaterThanOrEqualTo(t));
        }
    }

    @Test
    void optionsValidate() {
        assertThatThrownBy(() -> ScreenOptions.defaults().withThreshold(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
        assertThatThrownBy(() -> ScreenOptions.defaults().withThreshold(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScreenOptions.defaults().withLimit(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThat(ScreenOptions.defaults().threshold()).isEqualTo(ScreenOptions.DEFAULT_THRESHOLD);
        assertThat(ScreenOptions.defaults().limit()).isEqualTo(ScreenOptions.DEFAULT_LIMIT);
    }

    @Test
    void unrelatedNamesAreNotFound() {
        assertThat(screen("George Bush")).isEmpty();
        assertThat(screen("Emma Daniels")).isEmpty();
        assertThat(screen("Christina Miller")).isEmpty();
        assertThat(screen("ACME Foods LLC")).noneSatisfy(m -> assertThat(m.id()).isEqualTo(ACME));
    }

    static final List<String> QUERIES = List.of("Hafiz Muhammad Saeed", "Hafiz Mohammed Said", "Muhammad",
            "Muhammad Saeed Khan", "Lashkar e Taiba", "Jamaat-ud-Dawa", "Zakiur Rehman Lakhvi",
            "ذکی الرحمان لکھوی", "Abdulrahman Yasin", "Abdul Karim Al Qasimi", "Abu Hamza Al-Masri", "FIF",
            "Acme Trading", "Muhammad Omar Yusuf", "Ahmad Rashid", "Christina", "Falah i Insaniyat");

    @Test
    void resultsAreSortedAndEveryMatchIsExplained() {
        ScreenOptions low = ScreenOptions.defaults().withThreshold(0.3).withLimit(20);
        for (String name : QUERIES) {
            Query q = Query.name(name);
            Screener.Result r = S.screen(q, low);
            List<Match> ms = r.matches();
            assertThat(ms).as(name).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
            assertThat(ms).extracting(Match::id).as(name).doesNotHaveDuplicates();
            assertThat(r.namesScored()).isGreaterThanOrEqualTo(ms.size());
            assertThat(r.namesTouched()).isGreaterThanOrEqualTo(r.namesScored());
            for (Match m : ms) {
                Explanation ex = m.explanation();
                assertThat(m.score()).as(name).isBetween(0.3, 1.0);
                assertThat(ex.score()).isEqualTo(m.score());
                double moved = ex.nameScore() + ex.attributes().stream().mapToDouble(AttributeEffect::delta).sum();
                assertThat(m.score()).as(name).isCloseTo(Math.max(0, Math.min(1, moved)), within(0.0015));
                assertThat(ex.query()).isEqualTo(S.index().analyzer().analyze(name).text());
                assertThat(ex.tokens()).isNotEmpty().allSatisfy(t -> {
                    assertThat(t.similarity()).isBetween(0.0, 1.0);
                    assertThat(t.weight()).isBetween(0.0, 1.0);
                    assertThat(t.rule()).isIn("exact", "variant", "compound", "typo", "skeleton", "cross_script", "phonetic",
                            "initial", "unmatched");
                    assertThat(t.rule().equals("unmatched")).isEqualTo(t.query().isEmpty() || t.listed().isEmpty());
                });
                if (!rules(m).contains("initial")) {
                    assertThat(ex.tokens().stream().mapToDouble(TokenAlignment::weight).sum()).as("%s / %s", name,
                            m.matchedName()).isCloseTo(1.0, within(0.01));
                }
                // every query token is accounted for exactly once
                List<String> queryTokens = new ArrayList<>();
                for (TokenAlignment t : ex.tokens()) {
                    if (!t.query().isEmpty()) {
                        queryTokens.addAll(List.of(t.query().split(" ")));
                    }
                }
                assertThat(queryTokens).as(name).containsExactlyInAnyOrder(ex.query().split(" "));
                assertThat(m.entity().names()).extracting(n -> n.value()).contains(m.matchedName());
            }
        }
    }

    @Test
    void screenWithoutOptionsUsesTheDefaults() {
        Query q = Query.name("Hafiz Mohammed Said");
        assertThat(S.screen(q)).isEqualTo(S.screen(q, ScreenOptions.defaults()).matches());
    }

    @Test
    void concurrentScreeningGivesTheSameAnswers() throws Exception {
        Screener fresh = new Screener(MatchIndex.build(SmallLists.ENTITIES));
        ScreenOptions low = ScreenOptions.defaults().withThreshold(0.3);
        List<List<Match>> expected = new ArrayList<>();
        for (String q : QUERIES) {
            expected.add(S.screen(Query.name(q), low).matches());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Match>>>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                fs.add(pool.submit(() -> {
                    List<List<Match>> got = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        got.clear();
                        for (String q : QUERIES) {
                            got.add(fresh.screen(Query.name(q), low).matches());
                        }
                    }
                    return got;
                }));
            }
            for (Future<List<List<Match>>> f : fs) {
                List<List<Match>> got = f.get();
                for (int i = 0; i < QUERIES.size(); i++) {
                    assertThat(got.get(i)).extracting(Match::id, Match::score).as(QUERIES.get(i))
                            .isEqualTo(expected.get(i).stream()
                                    .map(m -> org.assertj.core.groups.Tuple.tuple(m.id(), m.score())).toList());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A spelling in another orthography finds the listed English one by its respelling (rule "romanization"), and the
     * English spelling finds a name listed in that orthography.
     */
    @ParameterizedTest(name = "{0} / {4}")
    @CsvSource(delimiter = '|', value = {
            // German and Polish spellings of Slavic names
            "Viktor Janukowitsch | us-ofac-sdn:5001 | YANUKOVYCH, Viktor Fedorovych | "
                    + "eu-fsf:5002 | Michail Chodorkowski | Mikhail Khodorkovsky",
            // Somali spellings of Arabic names
            "Hassan Abdillahi Hirsi | us-ofac-sdn:11743 | XIRSI, Xasan Cabdilaahi | "
                    + "un-sc:SOi.099 | Abdullahi Osman Mohamed | Cabdullaahi Cusmaan Maxamed"})
    void theIndexFindsARespeltNameAndTheReverse(String query, String id, String listed, String otherId,
                                                String otherListed, String otherQuery) {
        MatchIndex ix = MatchIndex.build(List.of(
                org.vigil.lists.testing.Entities.person(id, listed).build(),
                org.vigil.lists.testing.Entities.person(otherId, otherListed).build()));
        Screener s = new Screener(ix);
        List<Match> found = s.screen(Query.name(query));
        assertThat(found).extracting(m -> m.id().toString()).containsExactly(id);
        assertThat(rules(found.get(0))).contains("romanization");
        assertThat(s.screen(Query.name(otherQuery))).extracting(m -> m.id().toString()).containsExactly(otherId);
    }

    @Test
    void anAcronymFindsTheOrganisationButNotAPersonWithThoseInitials() {
        MatchIndex ix = MatchIndex.build(List.of(
                org.vigil.lists.testing.Entities.org("un-sc:QDe.011", "Libyan Islamic Fighting Group").build(),
                org.vigil.lists.testing.Entities.person("us-ofac-sdn:6001", "Lamin Ibrahim Fadl Ghali").build()));
        Screener s = new Screener(ix);
        List<Match> ms = s.screen(Query.name("LIFG"));
        assertThat(ms).extracting(m -> m.id().toString()).containsExactly("un-sc:QDe.011");
        assertThat(ms.get(0).score()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.screen(Query.name("LIFG Ltd"))).extracting(m -> m.id().toString()).containsExactly("un-sc:QDe.011");
    }

    @Test
    void recordsWithOneScoreRankInTheOrderOfTheLists() {
        List<Match> ms = screen("Zakiur Rehman Lakhvi");
        assertThat(ms).extracting(Match::score).startsWith(1.0, 1.0);
        assertThat(ms).extracting(Match::id).startsWith(LAKHVI, LAKHVI_OFAC);
        // the same records indexed the other way round rank the other way round
        List<org.vigil.lists.model.Entity> reversed = new ArrayList<>(SmallLists.ENTITIES);
        java.util.Collections.reverse(reversed);
        List<Match> rs = new Screener(MatchIndex.build(reversed)).screen(Query.name("Zakiur Rehman Lakhvi"));
        assertThat(rs).extracting(Match::id).startsWith(LAKHVI_OFAC, LAKHVI);
    }
}
