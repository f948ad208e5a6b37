package org.vigil.lists.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.format.UnReferences;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKey;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Schema;
import org.vigil.lists.version.ListVersion;

/**
 * Groups records of different lists that designate the same subject, on strong evidence only (see
 * {@link Evidence.Kind}): a quoted UN reference number, a dataset's own cross-reference, a shared identity document,
 * the same name with the same exact date of birth, or several identical names of an organisation. Names alone
 * never group two persons. Records of the same list are never grouped with each other.
 */
public final class SubjectIndex {
    /** A value shared by more records than this (a placeholder number, a very common name) is not evidence. */
    private static final int MAX_BUCKET = 12;
    private static final int MIN_SHARED_NAMES = 3;
    private static final Pattern REFERENT = Pattern.compile("^(ofac|gb-hmt|unsc|un-sc|eu-fsf)-(.+)$");

    private final Map<EntityId, Subject> bySubject;
    private final List<Subject> subjects;

    private SubjectIndex(Map<EntityId, Subject> bySubject, List<Subject> subjects) {
        this.bySubject = bySubject;
        this.subjects = subjects;
    }

    public static SubjectIndex empty() {
        return new SubjectIndex(Map.of(), List.of());
    }

    public static SubjectIndex build(Collection<ListVersion> versions) {
        Map<EntityId, Entity> all = new LinkedHashMap<>();
        for (ListVersion v : versions) {
            for (Entity e : v.entities()) {
                all.put(e.id(), e);
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        unReferences(all, evidence);
        referents(all, evidence);
        documents(all, evidence);
        namesAndDates(all, evidence);
        sharedNames(all, evidence);
        return group(evidence);
    }

    /** The subject {@code id} belongs to, if another list designates it too. */
    public Optional<Subject> subjectOf(EntityId id) {
        return Optional.ofNullable(bySubject.get(id));
    }

    public List<Subject> subjects() {
        return subjects;
    }

    private static void unReferences(Map<EntityId, Entity> all, List<Evidence> out) {
        for (Entity e : all.values()) {
            if (e.id().source().equals("un-sc")) {
                continue;
            }
            for (String ref : e.property("un-reference")) {
                Optional<String> norm = UnReferences.normalize(ref);
                if (norm.isEmpty()) {
                    continue;
                }
                EntityId un = new EntityId("un-sc", norm.get());
                Entity target = all.get(un);
                if (target != null && compatible(e.schema(), target.schema())) {
                    out.add(new Evidence(Evidence.Kind.UN_REFERENCE, e.id(), un, "quotes UN reference " + norm.get()));
                }
            }
        }
    }

    private static void referents(Map<EntityId, Entity> all, List<Evidence> out) {
        for (Entity e : all.values()) {
            for (String r : e.property("referents")) {
                Matcher m = REFERENT.matcher(r);
                if (!m.matches()) {
                    continue;
                }
                String source = switch (m.group(1)) {
                    case "ofac" -> "us-ofac-sdn";
                    case "unsc", "un-sc" -> "un-sc";
                    default -> m.group(1);
                };
                EntityId other = new EntityId(source, m.group(2));
                if (!other.source().equals(e.id().source()) && all.containsKey(other)) {
                    out.add(new Evidence(Evidence.Kind.REFERENT, e.id(), other, "dataset cross-reference " + r));
                }
            }
        }
    }

    private static void documents(Map<EntityId, Entity> all, List<Evidence> out) {
        Map<String, List<EntityId>> byNumber = new HashMap<>();
        for (Entity e : all.values()) {
            for (IdentityDocument d : e.documents()) {
                String n = d.normalizedNumber();
                if (isDistinctive(n)) {
                    byNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(e.id());
                }
            }
        }
        crossSourcePairs(all, byNumber, (x, y, number) -> sameDocument(x, y, number).ifPresent(d -> out.add(
                new Evidence(Evidence.Kind.DOCUMENT, x.id(), y.id(), d))));
    }

    private static Optional<String> sameDocument(Entity x, Entity y, String number) {
        for (IdentityDocument a : x.documents()) {
            if (!a.normalizedNumber().equals(number)) {
                continue;
            }
            for (IdentityDocument b : y.documents()) {
                if (!b.normalizedNumber().equals(number)) {
                    continue;
                }
                boolean typeOk = a.type() == b.type() || a.type() == IdentityDocument.Type.OTHER
                        || b.type() == IdentityDocument.Type.OTHER;
                boolean countryOk = a.country().isEmpty() || b.country().isEmpty() || a.country().equals(b.country());
                if (typeOk && countryOk && shareNameToken(x, y)) {
                    return Optional.of("same " + (a.type() == IdentityDocument.Type.OTHER ? b.type() : a.type()).label()
                            + " " + a.number() + a.country().or(b::country).map(c -> " (" + c + ")").orElse(""));
                }
            }
        }
        return Optional.empty();
    }

    private static void namesAndDates(Map<EntityId, Entity> all, List<Evidence> out) {
        Map<String, List<EntityId>> byKey = new HashMap<>();
        for (Entity e : all.values()) {
            if (e.schema() != Schema.PERSON) {
                continue;
            }
            Set<String> keys = new LinkedHashSet<>();
            for (FuzzyDate d : e.birthDates()) {
                if (d.precision() != FuzzyDate.Precision.DAY || d.approximate()) {
                    continue;
                }
                for (Name n : e.names()) {
                    if (n.kind() == NameKind.PRIMARY || n.kind() == NameKind.STRONG_ALIAS) {
                        String k = NameKey.tokenSet(n.value());
                        if (k.indexOf(' ') > 0) { // at least two words
                            keys.add(k + "|" + d.earliest());
                        }
                    }
                }
            }
            for (String k : keys) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(e.id());
            }
        }
        crossSourcePairs(all, byKey, (x, y, key) -> {
            int bar = key.lastIndexOf('|');
            out.add(new Evidence(Evidence.Kind.NAME_AND_BIRTH_DATE, x.id(), y.id(), "same name '"
                    + key.substring(0, bar) + "' and date of birth " + key.substring(bar + 1)));
        });
    }

    private static void sharedNames(Map<EntityId, Entity> all, List<Evidence> out) {
        Map<String, List<EntityId>> byName = new HashMap<>();
        for (Entity e : all.values()) {
            if (e.schema() != Schema.PERSON) {
                for (String k : nameKeys(e)) {
                    byName.computeIfAbsent(k, x -> new ArrayList<>()).add(e.id());
                }
            }
        }
        Map<List<EntityId>, Set<String>> shared = new LinkedHashMap<>();
        crossSourcePairs(all, byName, (x, y, name) ->
                shared.computeIfAbsent(List.of(x.id(), y.id()), k -> new TreeSet<>()).add(name));
        shared.forEach((pair, names) -> {
            Entity x = all.get(pair.get(0));
            Entity y = all.get(pair.get(1));
            boolean primary = names.contains(NameKey.tokenSet(x.primaryName().value()))
                    || names.contains(NameKey.tokenSet(y.primaryName().value()));
            if (names.size() >= MIN_SHARED_NAMES && primary) {
                out.add(new Evidence(Evidence.Kind.SHARED_NAMES, x.id(), y.id(),
                        names.size() + " identical names, e.g. '" + names.iterator().next() + "'"));
            }
        });
    }

    private static Set<String> nameKeys(Entity e) {
        Set<String> keys = new LinkedHashSet<>();
        for (Name n : e.names()) {
            if (n.kind() == NameKind.PRIMARY || n.kind() == NameKind.STRONG_ALIAS || n.kind() == NameKind.FORMER_NAME) {
                String k = NameKey.tokenSet(n.value());
                if (k.length() >= 6 && k.indexOf(' ') > 0) { // not acronyms or single words
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    /** Receives a pair of records of different lists that share a bucket key; {@code x} has the lower id. */
    @FunctionalInterface
    private interface PairConsumer {
        void accept(Entity x, Entity y, String key);
    }

    /**
     * Calls {@code consumer} for every pair of records in a bucket that come from different lists and have compatible
     * schemas. Buckets of one record, or of more than {@link #MAX_BUCKET} (a placeholder number, a very common name),
     * give nothing.
     */
    private static void crossSourcePairs(Map<EntityId, Entity> all, Map<String, List<EntityId>> buckets,
                                         PairConsumer consumer) {
        for (Map.Entry<String, List<EntityId>> b : buckets.entrySet()) {
            List<EntityId> ids = b.getValue().stream().distinct().sorted().toList();
            if (ids.size() < 2 || ids.size() > MAX_BUCKET) {
                continue;
            }
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    Entity x = all.get(ids.get(i));
                    Entity y = all.get(ids.get(j));
                    if (!x.id().source().equals(y.id().source()) && compatible(x.schema(), y.schema())) {
                        consumer.accept(x, y, b.getKey());
                    }
                }
            }
        }
    }

    private static boolean shareNameToken(Entity x, Entity y) {
        Set<String> tx = new java.util.HashSet<>();
        for (Name n : x.names()) {
            for (String t : NameKey.exact(n.value()).split(" ")) {
                if (t.length() >= 3) {
                    tx.add(t);
                }
            }
        }
        for (Name n : y.names()) {
            for (String t : NameKey.exact(n.value()).split(" ")) {
                if (tx.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Six or more letters/digits, at least four of them digits, not one repeated character. */
    private static boolean isDistinctive(String n) {
        if (n.length() < 6) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < n.length(); i++) {
            if (Character.isDigit(n.charAt(i))) {
                digits++;
            }
        }
        return digits >= 4 && n.chars().distinct().count() > 2;
    }

    private static boolean compatible(Schema a, Schema b) {
        return a == b || a == Schema.UNKNOWN || b == Schema.UNKNOWN;
    }

    /**
     * Unions records on the evidence, strongest kind first, but never puts two records of the same list into one
     * subject: a list's records are distinct designations, and a chain of evidence that would join two of them
     * (UK quoting one UN number on several records, two people sharing a name and a birthday) is dropped at the
     * weaker link.
     */
    private static SubjectIndex group(List<Evidence> found) {
        // one piece of evidence per pair and kind is enough to explain a grouping
        Map<List<Object>, Evidence> unique = new LinkedHashMap<>();
        for (Evidence e : found) {
            unique.putIfAbsent(List.of(e.a(), e.b(), e.kind()), e);
        }
        List<Evidence> evidence = new ArrayList<>(unique.values());
        evidence.sort(Comparator.comparing(Evidence::kind)); // stable: keeps the order found within a kind
        Map<EntityId, EntityId> parent = new HashMap<>();
        Map<EntityId, Set<String>> sourcesOf = new HashMap<>(); // by root
        List<Evidence> used = new ArrayList<>();
        for (Evidence e : evidence) {
            EntityId ra = find(parent, e.a());
            EntityId rb = find(parent, e.b());
            if (!ra.equals(rb)) {
                Set<String> sa = sourcesOf.computeIfAbsent(ra, k -> new HashSet<>(Set.of(k.source())));
                Set<String> sb = sourcesOf.computeIfAbsent(rb, k -> new HashSet<>(Set.of(k.source())));
                if (!Collections.disjoint(sa, sb)) {
                    continue;
                }
                EntityId root = union(parent, ra, rb);
                Set<String> merged = new HashSet<>(sa);
                merged.addAll(sb);
                sourcesOf.remove(ra);
                sourcesOf.remove(rb);
                sourcesOf.put(root, merged);
            }
            used.add(e);
        }
        Map<EntityId, List<EntityId>> members = new LinkedHashMap<>();
        for (EntityId id : parent.keySet()) {
            members.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
        }
        Map<EntityId, List<Evidence>> ev = new HashMap<>();
        for (Evidence e : used) {
            ev.computeIfAbsent(find(parent, e.a()), k -> new ArrayList<>()).add(e);
        }
        Map<EntityId, Subject> by = new HashMap<>();
        List<Subject> subjects = new ArrayList<>();
        for (Map.Entry<EntityId, List<EntityId>> m : members.entrySet()) {
            if (m.getValue().size() < 2) {
                continue;
            }
            List<EntityId> ids = new ArrayList<>(m.getValue());
            ids.sort(null);
            Subject s = new Subject(ids, ev.getOrDefault(m.getKey(), List.of()));
            subjects.add(s);
            for (EntityId id : ids) {
                by.put(id, s);
            }
        }
        subjects.sort((a, b) -> a.members().get(0).compareTo(b.members().get(0)));
        return new SubjectIndex(Map.copyOf(by), List.copyOf(subjects));
    }

    private static EntityId find(Map<EntityId, EntityId> parent, EntityId x) {
        EntityId p = parent.computeIfAbsent(x, k -> k);
        while (!p.equals(parent.get(p))) {
            EntityId gp = parent.get(parent.get(p));
            parent.put(p, gp);
            p = gp;
        }
        parent.put(x, p);
        return p;
    }

    /** Joins two roots; returns the new root (the lower id, so results do not depend on the order of evidence). */
    private static EntityId union(Map<EntityId, EntityId> parent, EntityId ra, EntityId rb) {
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
            return ra;
        }
        parent.put(ra, rb);
        return rb;
    }
}
