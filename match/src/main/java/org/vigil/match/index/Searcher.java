package org.vigil.match.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.NameKind;
import org.vigil.match.Explanation;
import org.vigil.match.Explanation.AttributeEffect;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.analysis.AnalyzedName;
import org.vigil.match.analysis.Token;
import org.vigil.match.analysis.TokenKind;
import org.vigil.match.score.Alignment;
import org.vigil.match.score.AttributeScorer;
import org.vigil.match.score.Rule;
import org.vigil.match.score.TokenFeatures;
import org.vigil.match.score.TokenSimilarity;
import org.vigil.match.score.Weights;

/**
 * One thread's search over a {@link MatchIndex}: finds the terms each query token can match, gathers candidate
 * names from their postings (skipping names that could only be reached through tokens too weak to lift them over the
 * threshold), keeps the best {@value #MAX_CANDIDATES} by a rough score, aligns each of those fully, and applies the
 * attribute effects. Reusable scratch state; one per thread and index.
 */
final class Searcher {

    static final int MAX_CANDIDATES = 200;
    private static final int MAX_ITEMS = 64;
    private static final int MAX_TERMS_PER_ITEM = 256;
    /** Weak aliases count only when the names are nearly identical. */
    static final double WEAK_ALIAS_MIN = 0.95;
    /** The most attribute effects can add (so names this far below the threshold are still scored). */
    private static final double MAX_LIFT = 0.07;
    /** How far below the threshold a rough score may be for the name still to be aligned in full. */
    static final double ROUGH_MARGIN = 0.25;

    private final MatchIndex ix;
    private final Alignment alignment = new Alignment();

    // per name
    private final float[] acc;
    private final int[] nameStamp;
    private final int[] touched;
    private int touchedCount;
    private int stamp;
    private int queryStamp;

    // per term: slot in the similarity table for this query
    private final int[] termStamp;
    private final int[] termSlot;
    private int slots;
    private float[] slotSim = new float[256 * MAX_ITEMS];
    /** Per slot, bit i set when item i was compared with the slot's term (its slotSim/slotRule entries are set). */
    private long[] slotCompared = new long[256];
    private byte[] slotRule = new byte[256 * MAX_ITEMS];
    private int[] slotTerm = new int[256];

    // query items: single tokens first, then joined adjacent tokens
    private final int[] itemStart = new int[MAX_ITEMS];
    private final int[] itemLen = new int[MAX_ITEMS];
    private final TokenFeatures[] itemFeatures = new TokenFeatures[MAX_ITEMS];
    /** Each item's key in the per-token cache, and what the cache held for it when the query was prepared. */
    private final MatchIndex.TokenKey[] itemKey = new MatchIndex.TokenKey[MAX_ITEMS];
    private final MatchIndex.TermMatches[] itemCached = new MatchIndex.TermMatches[MAX_ITEMS];
    private final double[] itemWeight = new double[MAX_ITEMS];
    private final int[][] itemTerms = new int[MAX_ITEMS][MAX_TERMS_PER_ITEM];
    private final int[] itemTermCount = new int[MAX_ITEMS];
    private int items;
    private int tokens;

    private final int[] heapName = new int[MAX_CANDIDATES];
    private final float[] heapScore = new float[MAX_CANDIDATES];

    private static final Rule[] RULES = Rule.values();

    Searcher(MatchIndex ix) {
        this.ix = ix;
        int names = ix.nameEntity.length;
        acc = new float[names];
        nameStamp = new int[names];
        touched = new int[names];
        termStamp = new int[ix.termFeatures.length];
        termSlot = new int[ix.termFeatures.length];
    }

    /** Result of one search, with the work it took. */
    record Outcome(List<Match> matches, int namesTouched, int namesScored) {
    }

    Outcome search(Query q, double threshold, int limit, long sourceMask) {
        AnalyzedName name = ix.analyzer.analyze(q.name());
        if (name.isEmpty()) {
            return new Outcome(List.of(), 0, 0);
        }
        prepare(name);
        double totalQ = 0;
        for (int i = 0; i < tokens; i++) {
            totalQ += itemWeight[i];
        }
        gather(threshold, totalQ, sourceMask);
        int candidates = select(totalQ, threshold - ROUGH_MARGIN);
        // score candidates, best name per entity
        int[] bestName = new int[candidates];
        double[] bestScore = new double[candidates];
        int[] entityOf = new int[candidates];
        int distinct = 0;
        for (int c = 0; c < candidates; c++) {
            int nm = heapName[c];
            double s = scoreName(nm);
            if (ix.nameKind[nm] == NameKind.WEAK_ALIAS && s < WEAK_ALIAS_MIN) {
                continue;
            }
            if (s < threshold - MAX_LIFT) {
                continue;
            }
            int e = ix.nameEntity[nm];
            int found = -1;
            for (int k = 0; k < distinct; k++) {
                if (entityOf[k] == e) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                entityOf[distinct] = e;
                bestName[distinct] = nm;
                bestScore[distinct] = s;
                distinct++;
            } else if (s > bestScore[found] || s == bestScore[found]
                    && preferred(ix.nameKind[nm], nm, ix.nameKind[bestName[found]], bestName[found])) {
                bestName[found] = nm;
                bestScore[found] = s;
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        for (int k = 0; k < distinct; k++) {
            Entity e = ix.entities[entityOf[k]];
            List<AttributeEffect> effects = AttributeScorer.effects(q, e);
            double raw = bestScore[k];
            for (AttributeEffect a : effects) {
                raw += a.delta();
            }
            double score = Math.max(0, Math.min(1, raw));
            if (score >= threshold) {
                ranked.add(new Ranked(match(name, bestName[k], bestScore[k], effects, score), raw, entityOf[k]));
            }
        }
        // best first; records with one score (two capped at 1.0) by the score before the cap, then in the order of the
        // lists, so the same query always ranks them alike
        ranked.sort(RANKING);
        List<Match> out = new ArrayList<>(Math.min(limit, ranked.size()));
        for (int k = 0; k < ranked.size() && k < limit; k++) {
            out.add(ranked.get(k).match());
        }
        return new Outcome(out, touchedCount, candidates);
    }

    /** A match with its score before the cap at 1.0 and its record's place in the index. */
    private record Ranked(Match match, double raw, int entity) {
    }

    private static final java.util.Comparator<Ranked> RANKING = java.util.Comparator
            .comparingDouble((Ranked r) -> -r.match().score())
            .thenComparingDouble(r -> -r.raw())
            .thenComparingInt(Ranked::entity);

    private Match match(AnalyzedName query, int nm, double nameScore, List<AttributeEffect> effects, double score) {
        scoreName(nm);
        List<Explanation.TokenAlignment> tokensExplained = alignment.explain();
        List<AttributeEffect> all = effects;
        if (ix.nameKind[nm] == NameKind.WEAK_ALIAS) {
            all = new ArrayList<>(effects);
            all.add(new AttributeEffect("alias", 0.0,
                    "weak alias: counted because the names are nearly identical (>= " + WEAK_ALIAS_MIN + ")"));
        }
        StringBuilder listed = new StringBuilder();
        for (int t : ix.nameTerms[nm]) {
            if (!listed.isEmpty()) {
                listed.append(' ');
            }
            listed.append(ix.termFeatures[t].text());
        }
        Explanation ex = new Explanation(query.text(), listed.toString(), round(nameScore), tokensExplained, all,
                round(score));
        return new Match(ix.entities[ix.nameEntity[nm]], ix.nameValue[nm], ix.nameKind[nm], round(score), ex);
    }

    /**
     * Between two names of one record that score the same, the one to show: the primary name before an alias (its
     * kind first in {@link NameKind}), then the one the list gives first.
     */
    static boolean preferred(NameKind kind, int name, NameKind thanKind, int than) {
        int k = kind.compareTo(thanKind);
        return k < 0 || k == 0 && name < than;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    // ---- query preparation -------------------------------------------------------------------------------------

    private void prepare(AnalyzedName name) {
        List<Token> ts = name.tokens();
        tokens = Math.min(ts.size(), Alignment.MAX_TOKENS);
        items = 0;
        // a token the cache holds brings its features too, so they are not computed again
        for (int i = 0; i < tokens; i++) {
            Token t = ts.get(i);
            MatchIndex.TokenKey key = MatchIndex.TokenKey.of(t.text(), t.kind(), t.abjad(), false, t.variants());
            MatchIndex.TermMatches cached = ix.tokenCache.get(key);
            addItem(i, 1, cached != null ? cached.features() : TokenFeatures.of(t), key, cached);
        }
        for (JoinedTokens.Span span : JoinedTokens.of(ts, tokens, false)) {
            if (items >= MAX_ITEMS - 1) {
                break;
            }
            int[] classes = ix.analyzer.variants().classesOf(span.text());
            MatchIndex.TokenKey key = MatchIndex.TokenKey.of(span.text(), TokenKind.NAME, span.abjad(), true, classes);
            MatchIndex.TermMatches cached = ix.tokenCache.get(key);
            addItem(span.start(), span.length(), cached != null ? cached.features()
                    : TokenFeatures.ofJoined(span.text(), span.abjad(), classes), key, cached);
        }
        // find the terms each item can match
        slots = 0;
        queryStamp++;
        for (int it = 0; it < items; it++) {
            findTermsCached(it);
        }
        // query token weights: the token's own weight among listed names, else that of its best match
        for (int i = 0; i < tokens; i++) {
            itemWeight[i] = tokenWeight(i);
        }
        for (int it = tokens; it < items; it++) {
            double w = 0;
            for (int i = itemStart[it]; i < itemStart[it] + itemLen[it]; i++) {
                w += itemWeight[i];
            }
            itemWeight[it] = w;
        }
    }

    private void addItem(int start, int len, TokenFeatures f, MatchIndex.TokenKey key,
                         MatchIndex.TermMatches cached) {
        itemStart[items] = start;
        itemLen[items] = len;
        itemFeatures[items] = f;
        itemKey[items] = key;
        itemCached[items] = cached;
        itemTermCount[items] = 0;
        items++;
    }

    private final boolean[] knownToken = new boolean[MAX_ITEMS];

    private double tokenWeight(int i) {
        TokenFeatures f = itemFeatures[i];
        int exact = ix.exactTerm(f.text(), f.abjad());
        knownToken[i] = exact >= 0;
        if (exact >= 0) {
            return Weights.weight(f.kind(), ix.entities.length, ix.termDf[exact]);
        }
        int bestTerm = -1;
        float best = 0;
        for (int k = 0; k < itemTermCount[i]; k++) {
            int t = itemTerms[i][k];
            float s = slotSim[termSlot[t] * MAX_ITEMS + i];
            if (t < ix.baseTerms && s > best) {
                best = s;
                bestTerm = t;
            }
        }
        int df = bestTerm < 0 ? 0 : ix.termDf[bestTerm];
        return Weights.weight(f.kind(), ix.entities.length, df);
    }

    /**
     * The terms a query token matches depend only on the token and the index, and names repeat (given names,
     * common surnames), so they are cached per index, bounded.
     */
    private void findTermsCached(int it) {
        MatchIndex.TermMatches cached = itemCached[it];
        if (cached != null) {
            for (int k = 0; k < cached.terms().length; k++) {
                place(it, cached.terms()[k], cached.sims()[k], cached.rules()[k]);
            }
            return;
        }
        findTerms(it);
        int n = itemTermCount[it];
        int[] terms = Arrays.copyOf(itemTerms[it], n);
        float[] sims = new float[n];
        byte[] rules = new byte[n];
        for (int k = 0; k < n; k++) {
            int slot = termSlot[terms[k]] * MAX_ITEMS + it;
            sims[k] = slotSim[slot];
            rules[k] = slotRule[slot];
        }
        ix.cacheTerms(itemKey[it], new MatchIndex.TermMatches(itemFeatures[it], terms, sims, rules));
    }

    private void place(int it, int t, float sim, byte rule) {
        int slot = slotOf(t);
        slotSim[slot * MAX_ITEMS + it] = sim;
        slotRule[slot * MAX_ITEMS + it] = rule;
        slotCompared[slot] |= 1L << it;
        if (itemTermCount[it] < MAX_TERMS_PER_ITEM) {
            itemTerms[it][itemTermCount[it]++] = t;
        }
    }

    private int slotOf(int t) {
        if (termStamp[t] == queryStamp) {
            return termSlot[t];
        }
        if (slots == slotTerm.length) {
            growSlots();
        }
        termStamp[t] = queryStamp;
        int slot = slots++;
        termSlot[t] = slot;
        slotTerm[slot] = t;
        slotCompared[slot] = 0;
        return slot;
    }

    /** A query token's deletion keys, gathered before any is looked up. */
    private long[] deletionKeys = new long[512];
    private int deletionKeyCount;
    private final DeletionKeys.Sink deletionSink = this::addDeletionKey;

    private void addDeletionKey(long hash) {
        if (deletionKeyCount == deletionKeys.length) {
            deletionKeys = Arrays.copyOf(deletionKeys, deletionKeyCount * 2);
        }
        deletionKeys[deletionKeyCount++] = hash;
    }

    /** Gathers the token's deletion keys, drops those the index's filter rules out, then looks up the rest. */
    private void considerDeletions(int it, String text, int edits) {
        deletionKeyCount = 0;
        DeletionKeys.forEach(text, edits, deletionSink);
        int kept = ix.byDeletion.retainMayContain(deletionKeys, deletionKeyCount);
        for (int k = 0; k < kept; k++) {
            considerAll(it, ix.byDeletion.get(deletionKeys[k]));
        }
    }

    private void findTerms(int it) {
        TokenFeatures f = itemFeatures[it];
        if (f.kind() == TokenKind.INITIAL) {
            // initials are compared with whole names directly while aligning; here only the same letter
            considerKey(it, MatchIndex.key(f.text(), false));
            return;
        }
        String text = f.text();
        boolean joined = itemLen[it] > 1;
        considerKey(it, MatchIndex.key(text, false));
        considerKey(it, MatchIndex.key(text, true));
        if (!joined) {
            considerKey(it, MatchIndex.joinedKey(text));
        }
        if (f.kind() == TokenKind.NUMBER || text.length() < 2) {
            return;
        }
        for (int c : f.variants()) {
            if (c < ix.byVariant.length && ix.byVariant[c] != null) {
                considerAll(it, ix.byVariant[c]);
            }
        }
        considerDeletions(it, text, DeletionKeys.edits(text.length(), joined));
        if (!f.transcribed().isEmpty()) {
            considerDeletions(it, f.transcribed(), DeletionKeys.respeltEdits(f.transcribed().length()));
        }
        // an abjad spelling meets Latin ones, a Latin spelling abjad ones, by the cross-script skeleton
        if (f.crossSkeleton().length() >= TokenSimilarity.MIN_CROSS_SKELETON) {
            considerAll(it, (f.abjad() ? ix.byCrossLatin : ix.byCrossAbjad).get(f.crossSkeleton()));
        }
        if (!f.latinCross().isEmpty()) { // none for joined forms (TokenFeatures.ofJoined)
            considerAll(it, ix.byLatinCross.get(f.latinCross()));
            if (!f.latinCrossAlt().isEmpty()) {
                considerAll(it, ix.byLatinCross.get(f.latinCrossAlt()));
            }
        }
        if (!f.korean().isEmpty()) {
            considerAll(it, ix.byKorean.get(f.korean()));
        }
        if (joined) {
            if (f.abjad() && f.skeleton().length() >= 4) {
                considerAll(it, ix.bySkeleton.get(f.skeleton()));
            }
            return; // joined tokens only match exactly, as variants, with one edit or (abjad) by skeleton
        }
        if (text.length() == 3) {
            // three letters: a swap of neighbours is a typo too ("sko" / "sok")
            for (int i = 0; i + 1 < 3; i++) {
                char[] cs = text.toCharArray();
                char x = cs[i];
                cs[i] = cs[i + 1];
                cs[i + 1] = x;
                considerKey(it, MatchIndex.key(new String(cs), false));
            }
        }
        String sk = f.skeleton();
        String skAlt = f.skeletonAlt();
        if (skAlt.length() >= 3) {
            considerAll(it, ix.bySkeleton.get(skAlt));
        } else if (skAlt.length() == 2) {
            considerAll(it, ix.byShortSkeleton.get(skAlt));
        }
        if (sk.length() >= 3) {
            considerAll(it, ix.bySkeleton.get(sk));
        } else if (sk.length() == 2) {
            considerAll(it, f.abjad() ? ix.byShortSkeleton.get(sk) : ix.byAbjadShortSkeleton.get(sk));
            if (!f.abjad() && !f.vowelSkeleton().isEmpty()) {
                considerAll(it, ix.byVowelSkeleton.get(f.vowelSkeleton()));
            }
        }
        if (f.metaphone().length() >= 3) {
            considerAll(it, ix.byMetaphone.get(f.metaphone()));
            if (!f.metaphoneAlt().equals(f.metaphone())) {
                considerAll(it, ix.byMetaphone.get(f.metaphoneAlt()));
            }
        }
    }

    private void considerKey(int it, String key) {
        Integer t = ix.byText.get(key);
        if (t != null) {
            consider(it, t);
        }
    }

    private void considerAll(int it, int[] terms) {
        if (terms == null) {
            return;
        }
        for (int t : terms) {
            consider(it, t);
        }
    }

    private void consider(int it, int t) {
        int slot = slotOf(t);
        long bit = 1L << it;
        if ((slotCompared[slot] & bit) != 0) {
            return; // already compared with this item
        }
        slotCompared[slot] |= bit;
        boolean joined = itemLen[it] > 1 || t >= ix.baseTerms;
        TokenSimilarity.Result r = joined
                ? TokenSimilarity.compareJoined(itemFeatures[it], ix.termFeatures[t])
                : TokenSimilarity.compare(itemFeatures[it], ix.termFeatures[t]);
        slotSim[slot * MAX_ITEMS + it] = (float) r.similarity();
        if (r.matches()) {
            slotRule[slot * MAX_ITEMS + it] = (byte) r.rule().ordinal();
            if (itemTermCount[it] < MAX_TERMS_PER_ITEM) {
                itemTerms[it][itemTermCount[it]++] = t;
            }
        }
    }

    private void growSlots() {
        int n = slotTerm.length * 2;
        slotTerm = Arrays.copyOf(slotTerm, n);
        slotCompared = Arrays.copyOf(slotCompared, n);
        slotSim = Arrays.copyOf(slotSim, n * MAX_ITEMS);
        slotRule = Arrays.copyOf(slotRule, n * MAX_ITEMS);
    }

    private float sim(int it, int t) {
        if (termStamp[t] != queryStamp) {
            return 0;
        }
        int slot = termSlot[t];
        return (slotCompared[slot] & (1L << it)) == 0 ? 0 : slotSim[slot * MAX_ITEMS + it];
    }

    // ---- candidate gathering -----------------------------------------------------------------------------------

    private final int[] itemOrder = new int[MAX_ITEMS];

    private void gather(double threshold, double totalQ, long sourceMask) {
        touchedCount = 0;
        int startStamp = ++stamp;
        // strongest items first; an item may only bring in new names if the items from it on could lift a name
        // over the threshold on their own
        int[] order = itemOrder;
        for (int i = 0; i < items; i++) {
            // insertion sort, stable, by weight descending (at most MAX_ITEMS items)
            int j = i;
            while (j > 0 && itemWeight[order[j - 1]] < itemWeight[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        double remaining = 0;
        for (int i = 0; i < tokens; i++) {
            remaining += itemWeight[i];
        }
        for (int k = 0; k < items; k++) {
            int it = order[k];
            boolean single = it < tokens;
            double reach = single ? remaining : itemWeight[it];
            boolean allowNew = 2 * reach / (totalQ + reach) >= threshold - 0.15;
            int itemStampValue = ++stamp;
            double w = itemWeight[it];
            for (int x = 0; x < itemTermCount[it]; x++) {
                int t = itemTerms[it][x];
                float s = slotSim[termSlot[t] * MAX_ITEMS + it];
                float add = (float) (s * w);
                for (int nm : ix.postings[t]) {
                    int ns = nameStamp[nm];
                    if (ns == itemStampValue) {
                        continue;
                    }
                    if (ns < startStamp) {
                        if (!allowNew || (sourceMask & (1L << ix.entitySource[ix.nameEntity[nm]])) == 0) {
                            continue;
                        }
                        acc[nm] = 0;
                        touched[touchedCount++] = nm;
                    }
                    nameStamp[nm] = itemStampValue;
                    acc[nm] += add;
                }
            }
            if (single) {
                remaining -= itemWeight[it];
            }
        }
    }

    /**
     * Keeps the best names by a rough score (the weighted share of the query the name matched, counting the name's
     * own weight as if it matched alike) in the heap arrays; returns how many. Names whose rough score is below
     * {@code floor} are dropped: the full alignment of such a name stays far below the threshold.
     */
    private int select(double totalQ, double floor) {
        int size = 0;
        for (int k = 0; k < touchedCount; k++) {
            int nm = touched[k];
            float rough = (float) (2 * acc[nm] / (totalQ + ix.nameWeight[nm]));
            if (rough < floor) {
                continue;
            }
            if (size < MAX_CANDIDATES) {
                heapName[size] = nm;
                heapScore[size] = rough;
                siftUp(size++);
            } else if (rough > heapScore[0]) {
                heapName[0] = nm;
                heapScore[0] = rough;
                siftDown(size);
            }
        }
        return size;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int p = (i - 1) / 2;
            if (heapScore[p] <= heapScore[i]) {
                return;
            }
            swap(i, p);
            i = p;
        }
    }

    private void siftDown(int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && heapScore[l] < heapScore[m]) {
                m = l;
            }
            if (r < size && heapScore[r] < heapScore[m]) {
                m = r;
            }
            if (m == i) {
                return;
            }
            swap(i, m);
            i = m;
        }
    }

    private void swap(int a, int b) {
        int n = heapName[a];
        heapName[a] = heapName[b];
        heapName[b] = n;
        float s = heapScore[a];
        heapScore[a] = heapScore[b];
        heapScore[b] = s;
    }

    // ---- alignment ---------------------------------------------------------------------------------------------

    private double scoreName(int nm) {
        Alignment a = alignment;
        a.reset();
        int[] terms = ix.nameTerms[nm];
        int m = Math.min(terms.length, Alignment.MAX_TOKENS);
        for (int i = 0; i < tokens; i++) {
            a.addQuery(itemFeatures[i].text(), weightAgainst(i, terms, m), itemFeatures[i].kind() == TokenKind.NAME);
        }
        for (int j = 0; j < m; j++) {
            TokenFeatures lf = ix.termFeatures[terms[j]];
            a.addListed(lf.text(), ix.termWeight[terms[j]], lf.kind() == TokenKind.NAME);
        }
        for (int it = 0; it < items; it++) {
            TokenFeatures qf = itemFeatures[it];
            boolean initial = itemLen[it] == 1 && qf.kind() == TokenKind.INITIAL;
            for (int j = 0; j < m; j++) {
                int t = terms[j];
                if (initial || ix.termFeatures[t].kind() == TokenKind.INITIAL) {
                    if (itemLen[it] == 1) {
                        TokenSimilarity.Result r = TokenSimilarity.compare(qf, ix.termFeatures[t]);
                        if (r.matches()) {
                            a.addPair(itemStart[it], 1, j, 1, r.rule(), r.similarity());
                        }
                    }
                    continue;
                }
                float s = sim(it, t);
                if (s > 0) {
                    a.addPair(itemStart[it], itemLen[it], j, 1, rule(it, t), s);
                }
            }
            if (itemLen[it] == 1 && !initial) {
                int[] triples = ix.nameCompounds[nm];
                for (int x = 0; x + 2 < triples.length; x += 3) {
                    if (ix.acronymTerms.get(triples[x]) && !JoinedTokens.mayBeAcronym(qf)) {
                        continue; // "tom" is a name, not the initials of "tariq omar mahmoud trading"
                    }
                    float s = sim(it, triples[x]);
                    if (s > 0 && triples[x + 1] + triples[x + 2] <= m) {
                        a.addPair(itemStart[it], 1, triples[x + 1], triples[x + 2], rule(it, triples[x]), s);
                    }
                }
            }
        }
        return a.score();
    }

    /**
     * A query token's weight against one listed name: its own weight among listed names if some listed name
     * contains it; otherwise the weight of its most similar token in this name (a misspelt "lakhvy" weighs as
     * "lakhvi"), or, with no similar token, as much as the rarest listed token.
     */
    private double weightAgainst(int i, int[] terms, int m) {
        if (knownToken[i]) {
            return itemWeight[i];
        }
        int best = -1;
        float bestSim = 0;
        for (int j = 0; j < m; j++) {
            float s = sim(i, terms[j]);
            if (s > bestSim && rule(i, terms[j]) != Rule.INITIAL) {
                bestSim = s;
                best = terms[j];
            }
        }
        int df = best < 0 ? 0 : ix.termDf[best];
        return Weights.weight(itemFeatures[i].kind(), ix.entities.length, df);
    }

    private Rule rule(int it, int t) {
        return RULES[slotRule[termSlot[t] * MAX_ITEMS + it]];
    }
}
