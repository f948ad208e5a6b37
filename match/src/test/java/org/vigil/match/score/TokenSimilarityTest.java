package org.vigil.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.match.analysis.NameAnalyzer;
import org.vigil.match.analysis.TokenKind;
import org.vigil.match.analysis.VariantTable;

class TokenSimilarityTest {

    static final VariantTable V = VariantTable.bundled();
    static final int[] NONE = new int[0];

    /** A name token with its learned classes. */
    static TokenFeatures name(String text) {
        return TokenFeatures.of(text, TokenKind.NAME, false, V.classesOf(text));
    }

    /** A name token without learned classes, so only the spelling rules apply. */
    static TokenFeatures plain(String text) {
        return TokenFeatures.of(text, TokenKind.NAME, false, NONE);
    }

    static TokenFeatures abjad(String text) {
        return TokenFeatures.of(text, TokenKind.NAME, true, NONE);
    }

    static TokenFeatures arabic(String word) {
        return TokenFeatures.of(NameAnalyzer.standard().analyze(word).tokens().get(0));
    }

    static TokenSimilarity.Result cmp(TokenFeatures a, TokenFeatures b) {
        return TokenSimilarity.compare(a, b);
    }

    @Test
    void exact() {
        assertThat(cmp(name("saeed"), name("saeed"))).isEqualTo(new TokenSimilarity.Result(Rule.EXACT, 1.0));
        assertThat(cmp(plain("saeed"), plain("saeeb")).rule()).isNotEqualTo(Rule.EXACT);
    }

    @Test
    void variant() {
        TokenSimilarity.Result r = cmp(name("saeed"), name("said"));
        assertThat(r.rule()).isEqualTo(Rule.VARIANT);
        assertThat(r.similarity()).isLessThan(1.0).isGreaterThan(0.9);
        // the same pair without the learned classes is not a variant
        assertThat(cmp(plain("saeed"), plain("said")).rule()).isNotEqualTo(Rule.VARIANT);
        // an Arabic word and its Latin spelling
        assertThat(cmp(arabic("سعيد"), name("saeed")).rule()).isEqualTo(Rule.VARIANT);
    }

    @Test
    void oneTypoRisesWithLength() {
        TokenSimilarity.Result four = cmp(plain("bakr"), plain("bakx"));
        TokenSimilarity.Result six = cmp(plain("vorbel"), plain("vorbek"));
        TokenSimilarity.Result nine = cmp(plain("zxcvbnmlk"), plain("zxcvbnmlq"));
        assertThat(four.rule()).isEqualTo(Rule.TYPO);
        assertThat(six.rule()).isEqualTo(Rule.TYPO);
        assertThat(nine.rule()).isEqualTo(Rule.TYPO);
        assertThat(four.similarity()).isLessThan(six.similarity());
        assertThat(six.similarity()).isLessThan(nine.similarity());
        assertThat(nine.similarity()).isLessThan(1.0);
    }

    @Test
    void insertionDeletionAndTranspositionAreOneTypo() {
        assertThat(cmp(plain("kwrtzp"), plain("kwrtxzp")).rule()).isEqualTo(Rule.TYPO);   // insertion
        assertThat(cmp(plain("kwrtxzp"), plain("kwrtzp")).rule()).isEqualTo(Rule.TYPO);   // deletion
        assertThat(cmp(plain("kwrtzp"), plain("kwtrzp")).rule()).isEqualTo(Rule.TYPO);    // transposition
        assertThat(cmp(plain("vorbel"), plain("vobrel")).rule()).isEqualTo(Rule.TYPO);
        // a stronger rule may apply to the same pair, never a weaker score than the typo
        TokenSimilarity.Result doubled = cmp(plain("vorbel"), plain("vorbell"));
        assertThat(doubled.matches()).isTrue();
        assertThat(doubled.similarity()).isGreaterThanOrEqualTo(cmp(plain("vorbel"), plain("vobrel")).similarity());
    }

    @Test
    void twoTyposOnlyFromEightLetters() {
        TokenSimilarity.Result eight = cmp(plain("kwrtzpgl"), plain("kwxqzpgl"));
        TokenSimilarity.Result ten = cmp(plain("kwrtzpglmn"), plain("kwxqzpglmn"));
        assertThat(eight.rule()).isEqualTo(Rule.TYPO);
        assertThat(ten.rule()).isEqualTo(Rule.TYPO);
        assertThat(ten.similarity()).isGreaterThanOrEqualTo(eight.similarity());
        assertThat(cmp(plain("kwrtzpg"), plain("kwxqzpg")).matches()).as("seven letters").isFalse();
        // always less than one edit at the same length
        assertThat(eight.similarity()).isLessThan(cmp(plain("kwrtzpgl"), plain("kwrtzpgx")).similarity());
        assertThat(cmp(plain("kwrtzpgl"), plain("kwrbdfgh")).matches()).as("far apart").isFalse();
    }

    @Test
    void threeLetterTokens() {
        // insertion, deletion or swap: a typo; a replaced letter is a different name
        assertThat(cmp(plain("esa"), plain("essa")).rule()).isEqualTo(Rule.TYPO);
        assertThat(cmp(plain("sko"), plain("sok")).rule()).isEqualTo(Rule.TYPO);
        assertThat(cmp(plain("tao"), plain("gao")).matches()).isFalse();
        assertThat(cmp(plain("ali"), plain("alo")).rule()).isNotEqualTo(Rule.TYPO);
        assertThat(cmp(plain("esa"), plain("essa")).similarity())
                .isLessThan(cmp(plain("vorbel"), plain("vorbell")).similarity());
    }

    @Test
    void firstLetterSubstitutionScoresLowerThanAnotherSubstitution() {
        TokenSimilarity.Result first = cmp(plain("vorbel"), plain("korbel"));
        TokenSimilarity.Result last = cmp(plain("vorbel"), plain("vorbek"));
        assertThat(first.rule()).isEqualTo(Rule.TYPO);
        assertThat(last.rule()).isEqualTo(Rule.TYPO);
        assertThat(first.similarity()).isLessThan(last.similarity());
        assertThat(cmp(plain("yang"), plain("kang")).similarity()).isLessThan(cmp(plain("yang"), plain("yanq")).similarity());
    }

    @Test
    void skeletonForAbjadSpellings() {
        TokenSimilarity.Result r = cmp(abjad("lkhwy"), plain("lakhvi"));
        assertThat(r.rule()).isEqualTo(Rule.SKELETON);
        assertThat(r.similarity()).isBetween(0.7, 0.95);
        assertThat(cmp(abjad("mhmd"), plain("muhammad")).rule()).isEqualTo(Rule.SKELETON);
        // two-consonant skeletons count only with an abjad side
        assertThat(cmp(abjad("syd"), plain("sayeed")).rule()).isEqualTo(Rule.SKELETON);
        assertThat(cmp(plain("syd"), plain("sayeed")).matches()).isFalse();
        // longer skeletons are stronger evidence
        assertThat(cmp(abjad("mhmd"), plain("muhammad")).similarity())
                .isGreaterThan(cmp(abjad("syd"), plain("sayeed")).similarity());
        // different skeletons do not match
        assertThat(cmp(abjad("lkhwy"), plain("lakhani")).rule()).isNotEqualTo(Rule.SKELETON);
    }

    @Test
    void skeletonForLatinSpellingsNeedsThreeConsonantsAndCloseSpelling() {
        TokenSimilarity.Result r = cmp(plain("lakhvi"), plain("lakvi"));
        assertThat(r.matches()).isTrue();
        assertThat(cmp(plain("smith"), plain("smyth")).rule()).isEqualTo(Rule.SKELETON);
        // same skeleton "mhmd" but too far apart in spelling without an abjad side
        assertThat(cmp(plain("mhmd"), plain("muhammad")).matches()).isFalse();
    }

    @Test
    void phoneticNeedsTheSameFirstLetter() {
        TokenFeatures a = plain("vorbel");
        TokenFeatures b = plain("forbel");
        // same metaphone code, first letter differs: only the (lower) first-letter typo applies
        assertThat(cmp(a, b).rule()).isNotEqualTo(Rule.PHONETIC);
        TokenSimilarity.Result r = cmp(plain("philips"), plain("phillipps"));
        assertThat(r.matches()).isTrue();
        assertThat(r.similarity()).isLessThanOrEqualTo(0.9);
    }

    @Test
    void numbersMatchOnlyExactly() {
        TokenFeatures n1978 = TokenFeatures.of("1978", TokenKind.NUMBER, false, NONE);
        TokenFeatures n1979 = TokenFeatures.of("1979", TokenKind.NUMBER, false, NONE);
        assertThat(cmp(n1978, n1979).matches()).isFalse();
        assertThat(cmp(n1978, TokenFeatures.of("1978", TokenKind.NUMBER, false, NONE)).rule()).isEqualTo(Rule.EXACT);
        TokenFeatures n313 = TokenFeatures.of("313", TokenKind.NUMBER, false, NONE);
        assertThat(cmp(n313, TokenFeatures.of("3133", TokenKind.NUMBER, false, NONE)).matches()).isFalse();
        assertThat(cmp(n313, plain("313a")).matches()).isFalse();
    }

    @Test
    void initials() {
        TokenFeatures m = TokenFeatures.of("m", TokenKind.INITIAL, false, NONE);
        TokenSimilarity.Result r = cmp(m, name("muhammad"));
        assertThat(r.rule()).isEqualTo(Rule.INITIAL);
        assertThat(r.similarity()).isLessThan(cmp(plain("vorbel"), plain("korbel")).similarity());
        assertThat(cmp(name("muhammad"), m)).isEqualTo(r);
        assertThat(cmp(m, name("saeed")).matches()).isFalse();
        // a one-letter token that is not an initial (a particle) does not match a longer token by its first letter
        TokenFeatures e = TokenFeatures.of("e", TokenKind.PARTICLE, false, NONE);
        assertThat(cmp(e, plain("ebrahim")).matches()).isFalse();
        // two initials
        assertThat(cmp(m, TokenFeatures.of("m", TokenKind.INITIAL, false, NONE)).rule()).isEqualTo(Rule.EXACT);
        assertThat(cmp(m, TokenFeatures.of("n", TokenKind.INITIAL, false, NONE)).matches()).isFalse();
    }

    @Test
    void particleVariants() {
        TokenFeatures ud = TokenFeatures.of(NameAnalyzer.standard().analyze("jamaat ud dawa").tokens().get(1));
        TokenFeatures al = TokenFeatures.of(NameAnalyzer.standard().analyze("jamaat al dawa").tokens().get(1));
        assertThat(cmp(ud, al).rule()).isEqualTo(Rule.VARIANT);
    }

    @Test
    void unrelatedTokensDoNotMatch() {
        assertThat(cmp(name("george"), name("habbash")).matches()).isFalse();
        assertThat(cmp(name("bush"), name("habbash")).matches()).isFalse();
        assertThat(cmp(name("saeed"), name("lakhvi")).matches()).isFalse();
        assertThat(TokenSimilarity.NONE.matches()).isFalse();
    }

    @Test
    void joinedTokensOnlyExactVariantOrOneEdit() {
        TokenFeatures joined = plain("abdulrahman");
        assertThat(TokenSimilarity.compareJoined(joined, plain("abdulrahman")).rule()).isEqualTo(Rule.COMPOUND);
        assertThat(TokenSimilarity.compareJoined(joined, plain("abdulrahman")).similarity()).isEqualTo(1.0);
        TokenSimilarity.Result one = TokenSimilarity.compareJoined(joined, plain("abdulrehman"));
        assertThat(one.rule()).isEqualTo(Rule.COMPOUND);
        assertThat(one.similarity()).isLessThan(1.0);
        assertThat(TokenSimilarity.compareJoined(joined, plain("abdalrehman")).matches()).as("two edits").isFalse();
        // one edit counts even when a looser rule (here the Latin skeleton) scores the pair higher
        assertThat(cmp(plain("abubakr"), plain("abubakar")).rule()).isEqualTo(Rule.SKELETON);
        assertThat(TokenSimilarity.compareJoined(plain("abubakr"), plain("abubakar")).rule()).isEqualTo(Rule.COMPOUND);
        // under seven letters, or in the first letter, one letter makes another name
        assertThat(TokenSimilarity.compareJoined(plain("jongun"), plain("jongsun")).matches()).isFalse();
        assertThat(TokenSimilarity.compareJoined(plain("yongchol"), plain("pyongchol")).matches()).isFalse();
        // looser rules do not pair joined strings: same skeleton, not within one edit
        assertThat(TokenSimilarity.compareJoined(plain("abdulrahman"), plain("abdalrhmn")).matches()).isFalse();
    }

    static final List<String> TOKENS = List.of("muhammad", "mohammed", "mohamed", "saeed", "said", "sayeed", "hafiz",
            "lakhvi", "lakvi", "zaki", "zakir", "rehman", "rahman", "abdul", "abdullah", "abdallah", "ali", "aly", "alo",
            "hassan", "hasan", "hussain", "husain", "taiba", "toiba", "tayyiba", "lashkar", "jamaat", "dawa", "dawah",
            "smith", "smyth", "john", "jon", "yang", "kang", "esa", "essa", "sko", "sok", "tao", "gao", "bakr",
            "bakir", "george", "habbash", "habash", "bush", "christina", "kristina", "ahmad", "ahmed", "omar", "umar",
            "osama", "usama", "bin", "laden", "ladin", "khan", "kahn", "philip", "phillip", "filip", "vladimir",
            "volodymyr", "mao", "ze", "dong", "xi", "jin", "ping", "ibrahim", "ebrahim", "abraham", "yusuf", "yousef",
            "joseph", "muhammed", "mehmet", "ibragim", "kamal", "kemal", "mullah", "mulla", "a", "m", "e");

    @Test
    void compareIsSymmetricAndBounded() {
        List<TokenFeatures> fs = new ArrayList<>();
        for (String t : TOKENS) {
            TokenKind k = t.length() == 1 ? TokenKind.INITIAL : TokenKind.NAME;
            fs.add(TokenFeatures.of(t, k, false, V.classesOf(t)));
            fs.add(TokenFeatures.of(t, k, true, NONE));
        }
        double variant = cmp(name("saeed"), name("said")).similarity();
        Random r = new Random(3);
        for (int k = 0; k < 300; k++) {
            String t = TOKENS.get(r.nextInt(TOKENS.size()));
            String m = StringsTest.mutate(r, t, 1 + r.nextInt(2), 26);
            if (!m.isEmpty()) {
                fs.add(plain(m));
            }
        }
        for (TokenFeatures a : fs) {
            for (TokenFeatures b : fs) {
                TokenSimilarity.Result ab = cmp(a, b);
                TokenSimilarity.Result ba = cmp(b, a);
                assertThat(ba).as("%s / %s", a.text(), b.text()).isEqualTo(ab);
                assertThat(ab.similarity()).isBetween(0.0, 1.0);
                assertThat(ab.matches()).isEqualTo(ab.similarity() > 0);
                assertThat(ab.rule() == Rule.EXACT).isEqualTo(a.text().equals(b.text()));
                if (ab.rule() == Rule.SKELETON || ab.rule() == Rule.PHONETIC) {
                    assertThat(ab.similarity()).as("%s / %s", a.text(), b.text()).isGreaterThanOrEqualTo(0.7);
                }
                if (ab.matches() && ab.rule() != Rule.EXACT && ab.rule() != Rule.VARIANT) {
                    assertThat(ab.similarity()).as("a spelling rule stays below a learned variant: %s / %s",
                            a.text(), b.text()).isLessThan(variant);
                }
            }
        }
    }

    @Test
    void crossScriptSkeletonBetweenAnAbjadAndALatinSpelling() {
        // مرتضى is "mrtdy": ض written d by the transliteration, dh in "Murtadha"
        assertThat(cmp(arabic("مرتضى"), plain("murtadha")).rule()).isEqualTo(Rule.CROSS_SCRIPT);
        assertThat(cmp(arabic("مرتضى"), plain("murtadha")).similarity()).isEqualTo(0.80);
        assertThat(cmp(plain("murtadha"), arabic("مرتضى")).rule()).isEqualTo(Rule.CROSS_SCRIPT);
        // three consonants are too few
        assertThat(cmp(abjad("mwjd"), plain("magid")).rule()).isNotEqualTo(Rule.CROSS_SCRIPT);
    }

    @Test
    void twoLatinSpellingsOfOneArabicConsonantMatchWhenTheRestIsAlike() {
        // ق written g, q or k and ذ written d, dd or dh: one name
        TokenSimilarity.Result r = cmp(plain("gaddafi"), plain("qadhafi"));
        assertThat(r.rule()).isEqualTo(Rule.CROSS_SCRIPT);
        assertThat(r.similarity()).isBetween(0.70, 0.85);
        assertThat(cmp(plain("qadhafi"), plain("gaddafi"))).isEqualTo(r);
        // ض written z by Persian and Urdu speakers, d by Arabic ones; the vowels differ in one place
        assertThat(cmp(plain("murtaza"), plain("mortada")).rule()).isEqualTo(Rule.CROSS_SCRIPT);
        assertThat(cmp(plain("qadhdhafi"), plain("gaddafi")).rule()).isEqualTo(Rule.CROSS_SCRIPT);
        // ث written th or s
        assertThat(cmp(plain("thabit"), plain("sabit")).rule()).isEqualTo(Rule.CROSS_SCRIPT);
        assertThat(cmp(plain("kulsoom"), plain("kulthum")).rule()).isEqualTo(Rule.CROSS_SCRIPT);
        // the same loose skeleton but other vowels and letters around it: different names
        assertThat(cmp(plain("catharina"), plain("kawtharani")).matches()).isFalse();
        assertThat(cmp(plain("kader"), plain("godar")).matches()).isFalse();
        // one letter apart is a typo, scored as one (less for a first letter)
        assertThat(cmp(plain("gordon"), plain("cordon")).rule()).isEqualTo(Rule.TYPO);
    }

    @Test
    void joinedAbjadTokensReadingWAsAVowelNeedFiveConsonants() {
        TokenFeatures joined = TokenFeatures.of("wsrymwr", TokenKind.NAME, true, NONE);
        assertThat(TokenSimilarity.compareJoined(joined, plain("syriamar")).matches()).isFalse();
        TokenFeatures abdulmalik = TokenFeatures.of("bdalmlk", TokenKind.NAME, true, NONE);
        assertThat(TokenSimilarity.compareJoined(abdulmalik, plain("abdulmalik")).rule()).isEqualTo(Rule.COMPOUND);
    }

    @Test
    void aOneSyllableNameDoesNotMatchALongerOneByItsConsonantsAlone() {
        // Korean given names romanised as one word meet listed one-syllable tokens by skeleton or Metaphone
        assertThat(cmp(plain("yongho"), plain("yong")).matches()).isFalse();
        assertThat(cmp(plain("sonyong"), plain("song")).matches()).isFalse();
        assertThat(cmp(plain("minho"), plain("min")).matches()).isFalse();
        // spellings of one name keep their syllables, or add one vowel to a cluster
        assertThat(cmp(plain("chol"), plain("cheol")).matches()).isTrue();
        assertThat(cmp(plain("saeed"), plain("sayeed")).matches()).isTrue();
        assertThat(cmp(plain("saqr"), plain("sakir")).rule()).isEqualTo(Rule.SKELETON);
        assertThat(cmp(plain("fahd"), plain("fahad")).matches()).isTrue();
        // typos are still typos
        assertThat(cmp(plain("schwartz"), plain("schwartzer")).rule()).isEqualTo(Rule.TYPO);
        // and an abjad spelling has no vowels to count
        assertThat(cmp(abjad("mhmd"), plain("muhammad")).rule()).isEqualTo(Rule.SKELETON);
    }

    @Test
    void vowelRunsCountYAsAVowel() {
        assertThat(TokenSimilarity.vowelRuns("sayeed", 9)).isEqualTo(1);
        assertThat(TokenSimilarity.vowelRuns("tayyiba", 9)).isEqualTo(2);
        assertThat(TokenSimilarity.vowelRuns("mhmd", 9)).isZero();
        assertThat(TokenSimilarity.vowelRuns("abacadaba", 2)).isEqualTo(2);
    }

    @Test
    void masculineAndFeminineFormsOfANameMatchOnlyAsATypo() {
        // two names; the skeleton and Metaphone rules would score them 0.85 or more
        assertThat(cmp(plain("antonio"), plain("antonia")).rule()).isEqualTo(Rule.TYPO);
        assertThat(cmp(plain("daniel"), plain("daniela")).rule()).isEqualTo(Rule.TYPO);
        assertThat(cmp(plain("ivanova"), plain("ivanov")).rule()).isEqualTo(Rule.TYPO);
        assertThat(cmp(plain("antonio"), plain("antonia")).similarity())
                .isLessThan(Math.min(0.90, org.vigil.match.score.Strings.jaroWinkler("antonio", "antonia") - 0.05));
        assertThat(TokenSimilarity.genderedForms("daniel", "daniela")).isTrue();
        assertThat(TokenSimilarity.genderedForms("antonia", "antonio")).isTrue();
        // not gendered forms: other endings, an "a" after a vowel, too short a stem
        assertThat(TokenSimilarity.genderedForms("mohammed", "mohammad")).isFalse();
        assertThat(TokenSimilarity.genderedForms("lakhvi", "lakhvia")).isFalse();
        assertThat(TokenSimilarity.genderedForms("musa", "muso")).isFalse();
        // Tajik "o" for the Arabic long "a" is a spelling, and a one-letter difference is still a typo
        assertThat(cmp(plain("abdullo"), plain("abdulla")).matches()).isTrue();
        // abjad spellings have no written endings to compare
        assertThat(cmp(abjad("mrym"), plain("maryam")).matches()).isTrue();
    }

    @Test
    void shortTokensDifferingOnlyInHowTheyWriteTheDiphthongAy() {
        assertThat(TokenSimilarity.diphthongSpelling("zein")).isEqualTo("zayn");
        assertThat(TokenSimilarity.diphthongSpelling("tayyiba")).isEqualTo("tayba");
        assertThat(TokenSimilarity.diphthongSpelling("yusuf")).isEqualTo("yusuf");
        for (String[] p : new String[][] {{"zein", "zayn"}, {"deif", "dayf"}, {"beit", "bayt"}, {"zain", "zeyn"}}) {
            TokenSimilarity.Result r = cmp(plain(p[0]), plain(p[1]));
            assertThat(r.rule()).as(p[0] + " / " + p[1]).isEqualTo(Rule.SKELETON);
            assertThat(r.similarity()).isGreaterThanOrEqualTo(TokenSimilarity.DIPHTHONG);
        }
        // other vowels in the same places are not a diphthong spelling
        assertThat(cmp(plain("zion"), plain("zein")).similarity()).isLessThan(TokenSimilarity.DIPHTHONG);
        assertThat(cmp(plain("dove"), plain("dive")).similarity()).isLessThan(TokenSimilarity.DIPHTHONG);
    }

    @Test
    void romanisationsOfOneKoreanSyllableMatchBelowAVariant() {
        // McCune-Reischauer and Revised Romanisation: one syllable, two spellings the typo rule cannot pair
        TokenSimilarity.Result r = cmp(plain("jong"), plain("chong"));
        assertThat(r.rule()).isEqualTo(Rule.ROMANIZATION);
        assertThat(r.similarity()).isEqualTo(TokenSimilarity.KOREAN);
        assertThat(cmp(plain("chong"), plain("jong"))).isEqualTo(r);
        assertThat(cmp(plain("myongjin"), plain("myongchin")).rule()).isEqualTo(Rule.ROMANIZATION);
        assertThat(cmp(plain("paek"), plain("baek")).similarity()).isGreaterThanOrEqualTo(TokenSimilarity.KOREAN);
        // another syllable, and words no romanisation of Korean writes, are not paired by it
        assertThat(cmp(plain("jong"), plain("jun")).rule()).isNotEqualTo(Rule.ROMANIZATION);
        assertThat(cmp(plain("smith"), plain("smyth")).rule()).isNotEqualTo(Rule.ROMANIZATION);
    }

    @Test
    void aJoinedKoreanGivenNameMeetsItsOtherRomanisation() {
        TokenFeatures joined = TokenFeatures.ofJoined("jongun", false, NONE);
        TokenSimilarity.Result r = TokenSimilarity.compareJoined(joined, plain("chongun"));
        assertThat(r.rule()).isEqualTo(Rule.COMPOUND);
        assertThat(r.similarity()).isEqualTo(TokenSimilarity.KOREAN);
    }

    @Test
    void aGermanOrPolishSpellingMeetsTheEnglishTransliteration() {
        // English-style, "janukowitsch" is "yanukovich": one letter from "yanukovych"
        TokenSimilarity.Result r = cmp(plain("janukowitsch"), plain("yanukovych"));
        assertThat(r.rule()).isEqualTo(Rule.ROMANIZATION);
        assertThat(r.similarity()).isBetween(0.80, TokenSimilarity.TRANSCRIBED);
        assertThat(cmp(plain("yanukovych"), plain("janukowitsch"))).isEqualTo(r);
        assertThat(cmp(plain("schewtschenko"), plain("shevchenko")).similarity()).isEqualTo(TokenSimilarity.TRANSCRIBED);
        assertThat(cmp(plain("chodorkowski"), plain("khodorkovsky")).rule()).isEqualTo(Rule.ROMANIZATION);
        // another name stays another name
        assertThat(cmp(plain("janukowitsch"), plain("yakovlev")).matches()).isFalse();
    }

    @Test
    void aSomaliSpellingMeetsTheEnglishOne() {
        // Somali writes ح as x and ع as c: "maxamed" is "mahamed", one letter from "mohamed"
        assertThat(cmp(plain("xirsi"), plain("hirsi"))).isEqualTo(
                new TokenSimilarity.Result(Rule.ROMANIZATION, TokenSimilarity.TRANSCRIBED));
        assertThat(cmp(plain("cali"), plain("ali")).similarity()).isEqualTo(TokenSimilarity.TRANSCRIBED);
        TokenSimilarity.Result r = cmp(plain("maxamed"), plain("mohamed"));
        assertThat(r.rule()).isEqualTo(Rule.ROMANIZATION);
        assertThat(r.similarity()).isBetween(0.80, TokenSimilarity.TRANSCRIBED);
        assertThat(cmp(plain("mohamed"), plain("maxamed"))).isEqualTo(r);
        // "carlos" respelt is "arlos", which is no other name
        assertThat(cmp(plain("carlos"), plain("charles")).rule()).isNotEqualTo(Rule.ROMANIZATION);
    }

    @Test
    void aFrenchSpellingMeetsTheEnglishOne() {
        // French writes the consonant w as "ou": "faouzi" is "fawzi", "aous" is "aws"
        assertThat(cmp(plain("faouzi"), plain("fawzi"))).isEqualTo(
                new TokenSimilarity.Result(Rule.ROMANIZATION, TokenSimilarity.TRANSCRIBED));
        assertThat(cmp(plain("aws"), plain("aous")).similarity()).isEqualTo(TokenSimilarity.TRANSCRIBED);
        assertThat(cmp(plain("taoufik"), plain("tawfiq")).rule()).isEqualTo(Rule.ROMANIZATION);
    }

    @Test
    void aShortRespellingForgivesAVowelForAVowelButNotAnotherConsonant() {
        // "cusman" is "usman": "osman" differs by a vowel; "djamel" is "jamel": "james" by a consonant
        assertThat(cmp(plain("cusman"), plain("osman")).rule()).isEqualTo(Rule.ROMANIZATION);
        assertThat(cmp(plain("djamel"), plain("james")).rule()).isNotEqualTo(Rule.ROMANIZATION);
    }

    @Test
    void aRespellingCountsOneEditFromTheOtherTokenNotTwo() {
        // the index looks respellings up by one-deletion keys, so comparing two names forgives no more
        assertThat(TokenSimilarity.transcribed(plain("janukowitsch"), plain("yanukovitch"))).isPositive();
        assertThat(TokenSimilarity.transcribed(plain("janukowitsch"), plain("yenukovych"))).isZero();
    }
}
