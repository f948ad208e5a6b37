package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void splitsAtSpacesHyphensAndPunctuation() {
        assertThat(Tokenizer.tokenize("lashkar-e-taiba")).containsExactly("lashkar", "e", "taiba");
        assertThat(Tokenizer.tokenize("zaki-ur-rehman lakhvi")).containsExactly("zaki", "ur", "rehman", "lakhvi");
        assertThat(Tokenizer.tokenize("a.b/c&d;e")).containsExactly("a", "b", "c", "d", "e");
        assertThat(Tokenizer.tokenize("  two   spaces  ")).containsExactly("two", "spaces");
    }

    @Test
    void parenthesesSeparateTokens() {
        assertThat(Tokenizer.tokenize("falah-i-insaniat foundation (fif)"))
                .containsExactly("falah", "i", "insaniat", "foundation", "fif");
        assertThat(Tokenizer.tokenize("tehrik(ttp)taliban")).containsExactly("tehrik", "ttp", "taliban");
    }

    @Test
    void surnameCommaGivenIsPutInNaturalOrder() {
        assertThat(Tokenizer.tokenize("saeed, hafiz muhammad")).containsExactly("hafiz", "muhammad", "saeed");
        assertThat(Tokenizer.tokenize("lakhvi, zakiur rehman")).containsExactly("zakiur", "rehman", "lakhvi");
        assertThat(Tokenizer.tokenize("al-masri, abu hamza")).containsExactly("abu", "hamza", "al", "masri");
    }

    @Test
    void surnamePartOfUpToThreeTokensIsMoved() {
        assertThat(Tokenizer.tokenize("a b c, x")).containsExactly("x", "a", "b", "c");
        assertThat(Tokenizer.tokenize("a b c d, x")).containsExactly("a", "b", "c", "d", "x");
    }

    @Test
    void legalFormAfterTheCommaIsNotAGivenName() {
        assertThat(Tokenizer.tokenize("acme, inc.")).containsExactly("acme", "inc");
        assertThat(Tokenizer.tokenize("acme trading, limited")).containsExactly("acme", "trading", "limited");
        assertThat(Tokenizer.tokenize("acme, ltd co")).containsExactly("acme", "ltd", "co");
        // written with dots, or as OFAC writes the Mexican forms
        assertThat(Tokenizer.tokenize("patraca, s.a. de c.v.")).containsExactly("patraca", "s", "a", "de", "c", "v");
        assertThat(Tokenizer.tokenize("ilc, s. de r.l. de c.v.").get(0)).isEqualTo("ilc");
        assertThat(Tokenizer.tokenize("vabo, b.v.")).containsExactly("vabo", "b", "v");
        // initials that spell no legal form are given names
        assertThat(Tokenizer.tokenize("khan, a. q.")).containsExactly("a", "q", "khan");
    }

    @Test
    void moreThanOneCommaOrAnEmptySideIsNotAnInversion() {
        assertThat(Tokenizer.tokenize("smith, john, jr")).containsExactly("smith", "john", "jr");
        assertThat(Tokenizer.tokenize(", john")).containsExactly("john");
        assertThat(Tokenizer.tokenize("smith,")).containsExactly("smith");
    }

    @Test
    void emptyInput() {
        assertThat(Tokenizer.tokenize("")).isEmpty();
        assertThat(Tokenizer.tokenize(" - , . ")).isEmpty();
    }
}
