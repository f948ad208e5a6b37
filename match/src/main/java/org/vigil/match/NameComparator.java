package org.vigil.match;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.vigil.lists.model.Schema;
import org.vigil.match.analysis.AnalyzedName;
import org.vigil.match.analysis.NameAnalyzer;
import org.vigil.match.analysis.Token;
import org.vigil.match.analysis.TokenKind;
import org.vigil.match.index.JoinedTokens;
import org.vigil.match.index.MatchIndex;
import org.vigil.match.index.NameForms;
import org.vigil.match.score.Alignment;
import org.vigil.match.score.TokenFeatures;
import org.vigil.match.score.TokenSimilarity;
import org.vigil.match.score.Weights;

/**
 * Scores two names against each other with the same analysis, token rules and alignment as screening, for
 * {@code vigil compare} and for labelled-pair evaluation. Token weights come from the listed names of an index
 * when one is given (so "muhammad" is weak evidence here too), otherwise every token of a kind weighs the same.
 * Thread-safe.
 */
public final class NameComparator {

    /** The result of one comparison. */
    public record Comparison(double score, boolean match, Explanation explanation) {
    }

    private final NameAnalyzer analyzer;
    private final ToDoubleBiFunction<String, TokenKind> weights;
    private final java.util.function.Predicate<String> known;
    private final double threshold;
    private final ThreadLocal<Alignment> alignments = ThreadLocal.withInitial(Alignment::new);

    public NameComparator(NameAnalyzer analyzer, ToDoubleBiFunction<String, TokenKind> weights, double threshold) {
        this(analyzer, weights, t -> true, threshold);
    }

    /**
     * @param known whether a token occurs among the listed names the weights come from (a query token that does not
     *              weighs as its most similar token on the other side, as in screening)
     */
    public NameComparator(NameAnalyzer analyzer, ToDoubleBiFunction<String, TokenKind> weights,
                          java.util.function.Predicate<String> known, double threshold) {
        this.analyzer = analyzer;
        this.weights = weights;
        this.known = known;
        this.threshold = threshold;
    }

    /** Weights from the names of an index (the bundled lists, say); the default threshold. */
    public static NameComparator withStatistics(MatchIndex index) {
        return withStatistics(index, ScreenOptions.DEFAULT_THRESHOLD);
    }

    public static NameComparator withStatistics(MatchIndex index, double threshold) {
        return new NameComparator(index.analyzer(), index::weightOf, index::contains, threshold);
    }

    /** Equal weights per token kind; the default threshold. */
    public static NameComparator unweighted() {
        return new NameComparator(NameAnalyzer.standard(), (t, k) -> k == TokenKind.INITIAL ? 0.25 : Weights.factor(k),
                ScreenOptions.DEFAULT_THRESHOLD);
    }

    public Comparison compare(String a, String b) {
        return compare(a, b, Schema.UNKNOWN);
    }

    /**
     * Compares two names as a pair, for {@code vigil compare} and labelled-pair evaluation: neither name is the
     * query, so both directions of {@link #compareAsScreening} are scored and the higher one counts ("Daniel
     * Ortega" / "Daniel Ortega Saavedra" scores the same either way round).
     *
     * @param type what both names are names of; names of people and of organisations are analysed alike, the type
     *             is reported for callers that mix them
     */
    public Comparison compare(String a, String b, Schema type) {
        // each name and each of its forms is analysed once for both directions (the first form is the name itself)
        List<AnalyzedName> formsA = forms(a);
        List<AnalyzedName> formsB = forms(b);
        // an organisation may be named by its acronym; a person's given name is not one
        boolean acronyms = type != Schema.PERSON;
        Comparison ab = best(formsA.get(0), formsB, acronyms);
        Comparison ba = best(formsB.get(0), formsA, acronyms);
        if (ba.score() <= ab.score()) {
            return ab;
        }
        // report the pair in the caller's order: a as the "query" side of the explanation
        Explanation e = ba.explanation();
        return new Comparison(ba.score(), ba.match(), new Explanation(e.listed(), e.query(), e.nameScore(),
                swap(e.tokens()), e.attributes(), e.score()));
    }

    /**
     * Compares a query with a listed name exactly as screening does: the same analysis, rules, weights and
     * alignment, over each form of the listed name ({@link NameForms}: without a parenthesised acronym, the
     * acronym alone), keeping the best. Directional like screening: extra parts of the listed name cost less than
     * extra parts of the query ("Daniel Ortega" finds "Daniel Ortega Saavedra" more readily than the reverse).
     * The listed name's acronyms ({@code JoinedTokens}) count, as in screening for a record that is not a person.
     */
    public Comparison compareAsScreening(String query, String listed) {
        return compareAsScreening(query, listed, Schema.UNKNOWN);
    }

    /** {@link #compareAsScreening(String, String)} against a record of this type (a person's name has no acronym). */
    public Comparison compareAsScreening(String query, String listed, Schema listedType) {
        return best(analyzer.analyze(query), forms(listed), listedType != Schema.PERSON);
    }

    /** The analysed forms of a name ({@link NameForms}), the name itself first. */
    private List<AnalyzedName> forms(String name) {
        return NameForms.of(name).stream().map(analyzer::analyze).toList();
    }

    /** The best directed comparison of the query with any of the listed name's forms. */
    private Comparison best(AnalyzedName query, List<AnalyzedName> listedForms, boolean acronyms) {
        Comparison best = null;
        for (AnalyzedName form : listedForms) {
            Comparison c = directed(query, form, acronyms);
            if (best == null || c.score() > best.score()) {
                best = c;
            }
        }
        return best;
    }

    /**
     * One direction: {@code qa} as the query, {@code qb} as the listed name; {@code acronyms}: whether the listed
     * name's acronyms meet a query token.
     */
    private Comparison directed(AnalyzedName qa, AnalyzedName qb, boolean acronyms) {
        Alignment al = alignments.get();
        al.reset();
        List<Token> ta = qa.tokens();
        List<Token> tb = qb.tokens();
        int n = Math.min(ta.size(), Alignment.MAX_TOKENS);
        int m = Math.min(tb.size(), Alignment.MAX_TOKENS);
        TokenFeatures[] fa = new TokenFeatures[n];
        TokenFeatures[] fb = new TokenFeatures[m];
        for (int i = 0; i < n; i++) {
            fa[i] = TokenFeatures.of(ta.get(i));
        }
        for (int j = 0; j < m; j++) {
            fb[j] = TokenFeatures.of(tb.get(j));
        }
        TokenSimilarity.Result[][] sims = new TokenSimilarity.Result[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sims[i][j] = TokenSimilarity.compare(fa[i], fb[j]);
            }
        }
        // weights as in screening: a listed token weighs by its frequency; a query token the lists do not know
        // weighs as its most similar listed token
        for (int i = 0; i < n; i++) {
            double w = known.test(fa[i].text()) ? weight(fa[i]) : -1;
            if (w < 0) {
                int bestJ = -1;
                double bestSim = 0;
                for (int j = 0; j < m; j++) {
                    if (sims[i][j].matches() && sims[i][j].rule() != org.vigil.match.score.Rule.INITIAL
                            && sims[i][j].similarity() > bestSim) {
                        bestSim = sims[i][j].similarity();
                        bestJ = j;
                    }
                }
                w = bestJ >= 0 ? weights.applyAsDouble(fb[bestJ].text(), fa[i].kind()) : weight(fa[i]);
            }
            al.addQuery(fa[i].text(), w, fa[i].kind() == TokenKind.NAME);
        }
        for (int j = 0; j < m; j++) {
            al.addListed(fb[j].text(), weight(fb[j]), fb[j].kind() == TokenKind.NAME);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (sims[i][j].matches()) {
                    al.addPair(i, 1, j, 1, sims[i][j].rule(), sims[i][j].similarity());
                }
            }
        }
        joined(al, ta, fa, fb, true, false);
        joined(al, tb, fb, fa, false, acronyms);
        double score = Math.round(al.score() * 1000) / 1000.0;
        Explanation ex = new Explanation(qa.text(), qb.text(), score, al.explain(), List.of(), score);
        return new Comparison(score, score >= threshold, ex);
    }

    private double weight(TokenFeatures f) {
        return weights.applyAsDouble(f.text(), f.kind());
    }

    private static List<Explanation.TokenAlignment> swap(List<Explanation.TokenAlignment> tokens) {
        return tokens.stream().map(t -> new Explanation.TokenAlignment(t.listed(), t.query(), t.rule(),
                t.similarity(), t.weight())).toList();
    }

    /** Pairs of joined adjacent tokens on one side against single tokens on the other. */
    private void joined(Alignment al, List<Token> side, TokenFeatures[] own, TokenFeatures[] other,
                        boolean querySide, boolean acronyms) {
        var variants = analyzer.variants();
        for (JoinedTokens.Span span : JoinedTokens.of(side, own.length, !querySide, acronyms)) {
            // as in the index: a joined query form carries the variant classes of its spelling, a joined listed
            // form none
            TokenFeatures joined = TokenFeatures.ofJoined(span.text(), span.abjad(),
                    querySide ? variants.classesOf(span.text()) : new int[0]);
            for (int j = 0; j < other.length; j++) {
                if (other[j].kind() == TokenKind.INITIAL || other[j].kind() == TokenKind.NUMBER
                        || (span.acronym() && !(JoinedTokens.mayBeAcronym(other[j])
                        && span.text().equals(other[j].text())))) {
                    continue;
                }
                TokenSimilarity.Result r = TokenSimilarity.compareJoined(joined, other[j]);
                if (r.matches()) {
                    if (querySide) {
                        al.addPair(span.start(), span.length(), j, 1, r.rule(), r.similarity());
                    } else {
                        al.addPair(j, 1, span.start(), span.length(), r.rule(), r.similarity());
                    }
                }
            }
        }
    }
}
