package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VariantTableTest {

    static final VariantTable BUNDLED = VariantTable.bundled();

    static InputStream tsv(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bundledTableIsLoadedAndLarge() {
        assertThat(BUNDLED.size()).isGreaterThan(1000);
        assertThat(BUNDLED.classCount()).isGreaterThan(BUNDLED.size());
        assertThat(VariantTable.bundled()).isSameAs(BUNDLED);
    }

    @Test
    void learnedSpellingsShareAClass() {
        assertThat(VariantTable.share(BUNDLED.classesOf("said"), BUNDLED.classesOf("saeed"))).isTrue();
        assertThat(VariantTable.share(BUNDLED.classesOf("muhammad"), BUNDLED.classesOf("mohammed"))).isTrue();
        assertThat(VariantTable.share(BUNDLED.classesOf("saeed"), BUNDLED.classesOf("lakhvi"))).isFalse();
        assertThat(BUNDLED.classesOf("qwzxv")).isEmpty();
    }

    @Test
    void arabicLookupGivesTheClassOfItsLatinSpellings() {
        int c = BUNDLED.classOfArabic(ArabicNormalizer.normalize("سعيد"));
        assertThat(c).isNotNegative();
        assertThat(BUNDLED.classesOf("saeed")).contains(c);
        assertThat(BUNDLED.representative(c)).isIn("said", "saeed", "saied", "sayed", "saied");
        assertThat(BUNDLED.classOfArabic("saeed")).isEqualTo(-1);
        assertThat(BUNDLED.classOfArabic("")).isEqualTo(-1);
    }

    @Test
    void classesOfASpellingAreSorted() {
        for (String s : new String[] {"al", "jin", "ali", "hassan", "abdul"}) {
            int[] c = BUNDLED.classesOf(s);
            for (int i = 1; i < c.length; i++) {
                assertThat(c[i]).as(s).isGreaterThan(c[i - 1]);
            }
        }
    }

    @Test
    void particleClassesComeAfterTheLearnedOnes() {
        int al = BUNDLED.particleClass("al");
        assertThat(al).isGreaterThanOrEqualTo(BUNDLED.size()).isLessThan(BUNDLED.classCount());
        assertThat(BUNDLED.particleClass("ud")).isEqualTo(al);
        assertThat(BUNDLED.particleClass("ur")).isEqualTo(al);
        assertThat(BUNDLED.particleClass("el")).isEqualTo(al);
        int e = BUNDLED.particleClass("e");
        assertThat(e).isNotNegative().isNotEqualTo(al);
        assertThat(BUNDLED.particleClass("i")).isEqualTo(e);
        assertThat(BUNDLED.particleClass("bin")).isEqualTo(BUNDLED.particleClass("ibn")).isNotIn(al, e);
        assertThat(BUNDLED.particleClass("abu")).isEqualTo(BUNDLED.particleClass("abou"));
        assertThat(BUNDLED.particleClass("bint")).isNotEqualTo(BUNDLED.particleClass("bin"));
        assertThat(BUNDLED.particleClass("saeed")).isEqualTo(-1);
    }

    @Test
    void readsClassesAndSkipsCommentsAndBlankLines() throws IOException {
        VariantTable t = VariantTable.read(tsv("# comment\n\nسعيد\tsaid saeed\nعلي\tali aly said\n"));
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.classesOf("saeed")).containsExactly(0);
        assertThat(t.classesOf("said")).containsExactly(0, 1);
        assertThat(t.classesOf("aly")).containsExactly(1);
        assertThat(t.classOfArabic("علي")).isEqualTo(1);
        assertThat(t.representative(0)).isEqualTo("said");
        assertThat(t.representative(1)).isEqualTo("ali");
        assertThat(t.particleClass("al")).isEqualTo(2);
        assertThat(t.classCount()).isGreaterThan(2);
    }

    @Test
    void rejectsALineWithoutATabAndNamesItsLineNumber() {
        assertThatThrownBy(() -> VariantTable.read(tsv("# header\nسعيد\tsaid\nبلا تاب\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> VariantTable.read(tsv("\tsaid\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1");
    }

    @Test
    void emptyTable() {
        VariantTable t = VariantTable.empty();
        assertThat(t.size()).isZero();
        assertThat(t.classesOf("said")).isEmpty();
        assertThat(t.classOfArabic("سعيد")).isEqualTo(-1);
        assertThat(t.particleClass("ud")).isEqualTo(t.particleClass("al")).isNotNegative();
    }

    @Test
    void shareFindsACommonElementOfSortedArrays() {
        assertThat(VariantTable.share(new int[] {1, 5, 9}, new int[] {2, 9})).isTrue();
        assertThat(VariantTable.share(new int[] {1, 5, 9}, new int[] {0, 2, 6, 10})).isFalse();
        assertThat(VariantTable.share(new int[] {}, new int[] {1})).isFalse();
        assertThat(VariantTable.share(new int[] {}, new int[] {})).isFalse();
        assertThat(VariantTable.share(new int[] {7}, new int[] {7})).isTrue();
        assertThat(VariantTable.share(new int[] {3, 4}, new int[] {1, 2, 3})).isTrue();
    }
}
