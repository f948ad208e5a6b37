package org.vigil.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.testing.Entities;
import org.vigil.match.Query;
import org.vigil.match.analysis.NameAnalyzer;
import org.vigil.match.analysis.TokenKind;
import org.vigil.match.analysis.VariantTable;

class MatchIndexTest {

    @Test
    void countsEntitiesNamesAndTerms() {
        Entity e = Entities.person("un-sc:QDi.263", "Hafiz Muhammad Saeed")
                .name("SAEED, Hafiz Muhammad", NameKind.STRONG_ALIAS)   // same analysed name: indexed once
                .name("Falah-i-Insaniat Foundation (FIF)", NameKind.STRONG_ALIAS) // three forms
                .build();
        MatchIndex ix = MatchIndex.build(List.of(e));
        assertThat(ix.entityCount()).isEqualTo(1);
        assertThat(ix.nameCount()).isEqualTo(4);
        // hafiz muhammad saeed falah i insaniat foundation fif
        assertThat(ix.termCount()).isEqualTo(8);
        assertThat(ix.sources()).containsExactly("un-sc");
        assertThat(ix.analyzer()).isSameAs(NameAnalyzer.standard());
    }

    @Test
    void sourcesInOrderOfFirstAppearance() {
        assertThat(SmallLists.INDEX.sources()).containsExactly("un-sc", "us-ofac-sdn");
        assertThat(SmallLists.INDEX.entityCount()).isEqualTo(SmallLists.ENTITIES.size());
        assertThat(SmallLists.INDEX.nameCount()).isGreaterThan(SmallLists.ENTITIES.size());
    }

    @Test
    void rareTokensWeighMoreThanCommonOnesAndUnknownMost() {
        MatchIndex ix = SmallLists.INDEX;
        double muhammad = ix.weightOf("muhammad", TokenKind.NAME);
        double lakhvi = ix.weightOf("lakhvi", TokenKind.NAME);
        double yasin = ix.weightOf("yasin", TokenKind.NAME);
        double unknown = ix.weightOf("qwertyuiop", TokenKind.NAME);
        assertThat(muhammad).isPositive().isLessThan(lakhvi);
        assertThat(lakhvi).as("in two records").isLessThan(yasin);
        assertThat(yasin).as("in one record").isLessThanOrEqualTo(unknown);
        assertThat(ix.weightOf("hafiz", TokenKind.TITLE)).isLessThan(ix.weightOf("hafiz", TokenKind.NAME));
        assertThat(ix.weightOf("m", TokenKind.INITIAL)).isEqualTo(1.0);
    }

    @Test
    void joinedFormsAreNotTermsOfTheirOwn() {
        // "abdulkarim" is a listed token (QDi.901); "abdul"+"rahman" and "zaki"+"ur"+"rehman" joined are not
        MatchIndex ix = SmallLists.INDEX;
        assertThat(ix.weightOf("abdulkarim", TokenKind.NAME)).isLessThan(ix.weightOf("abdulkarimx", TokenKind.NAME));
        assertThat(ix.weightOf("abdulrahman", TokenKind.NAME)).isEqualTo(ix.weightOf("qqqq", TokenKind.NAME));
        assertThat(ix.weightOf("zakiurrehman", TokenKind.NAME)).isEqualTo(ix.weightOf("qqqq", TokenKind.NAME));
    }

    @Test
    void tooLongListedNamesAreSkippedNotFatal() {
        Entity e = Entities.person("un-sc:X.1", "Short Name").name("x".repeat(NameAnalyzer.MAX_CHARS + 1),
                NameKind.STRONG_ALIAS).build();
        MatchIndex ix = MatchIndex.build(List.of(e));
        assertThat(ix.nameCount()).isEqualTo(1);
        assertThat(new Screener(ix).screen(Query.name("Short Name"))).singleElement()
                .satisfies(m -> assertThat(m.matchedName()).isEqualTo("Short Name"));
    }

    @Test
    void namesWithoutTokensAreSkipped() {
        Entity e = Entities.person("un-sc:X.1", "Real Name").name("(-)", NameKind.WEAK_ALIAS).build();
        assertThat(MatchIndex.build(List.of(e)).nameCount()).isEqualTo(1);
    }

    @Test
    void emptyIndex() {
        MatchIndex ix = MatchIndex.build(List.of());
        assertThat(ix.entityCount()).isZero();
        assertThat(ix.nameCount()).isZero();
        assertThat(ix.sources()).isEmpty();
        assertThat(new Screener(ix).screen(Query.name("Hafiz Saeed"))).isEmpty();
    }

    @Test
    void customAnalyzer() {
        NameAnalyzer bare = new NameAnalyzer(VariantTable.empty());
        MatchIndex ix = MatchIndex.build(SmallLists.ENTITIES, bare);
        assertThat(ix.analyzer()).isSameAs(bare);
        assertThat(new Screener(ix).screen(Query.name("Hafiz Muhammad Saeed")))
                .anySatisfy(m -> assertThat(m.id()).isEqualTo(SmallLists.SAEED));
    }

    @Test
    void aTokenIsCachedTheSecondTimeItIsSeenAndTheCacheChangesNoResult() {
        MatchIndex ix = MatchIndex.build(SmallLists.ENTITIES);
        Screener screener = new Screener(ix);
        org.vigil.match.ScreenOptions options = org.vigil.match.ScreenOptions.defaults();
        var first = screener.screen(Query.name("Zakir Rehmann Lakvi"), options).matches();
        assertThat(ix.tokenCacheSize()).as("seen once: not cached").isZero();
        var second = screener.screen(Query.name("Zakir Rehmann Lakvi"), options).matches();
        int cached = ix.tokenCacheSize();
        assertThat(cached).as("seen twice: cached (its tokens and joined forms)").isGreaterThanOrEqualTo(3);
        var third = screener.screen(Query.name("Zakir Rehmann Lakvi"), options).matches();
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(first).extracting(m -> m.entity().id()).contains(SmallLists.LAKHVI);
        // a stream of one-off tokens never enters the cache
        for (int i = 0; i < 500; i++) {
            screener.screen(Query.name("Qzx" + i + " Unseen" + (i * 7)), options);
        }
        assertThat(ix.tokenCacheSize()).isEqualTo(cached);
    }
}
