package org.vigil.lists.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One listed record, in the same shape whatever list it came from. Immutable; no field is null: absent values are
 * empty lists, {@link Optional#empty()} or {@link Gender#UNKNOWN}.
 *
 * @param names         all names; the first is the primary name
 * @param nationalities ISO 3166-1 alpha-2 codes of nationality or citizenship
 * @param countries     ISO 3166-1 alpha-2 codes of other countries the record names (addresses, jurisdiction, flag)
 * @param programmes    sanctions programmes or regimes as the source names them (e.g. "SDGT", "Al-Qaida")
 * @param remarks       free-text remarks
 * @param links         relations to other records
 * @param properties    other source fields that have no place above (title, position, call sign, vessel flag,
 *                      unresolved country names, ...), keyed by a short lower-case name, values in source order
 */
public record Entity(
        EntityId id,
        Schema schema,
        List<Name> names,
        Gender gender,
        List<FuzzyDate> birthDates,
        List<Place> birthPlaces,
        List<String> nationalities,
        List<String> countries,
        List<Address> addresses,
        List<IdentityDocument> documents,
        List<String> programmes,
        Optional<LocalDate> listedOn,
        Optional<LocalDate> lastUpdated,
        List<String> remarks,
        List<Link> links,
        Map<String, List<String>> properties) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schema, "schema");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException(id + ": a listed record needs at least one name");
        }
        Objects.requireNonNull(gender, "gender");
        birthDates = List.copyOf(birthDates);
        birthPlaces = List.copyOf(birthPlaces);
        nationalities = List.copyOf(nationalities);
        countries = List.copyOf(countries);
        addresses = List.copyOf(addresses);
        documents = List.copyOf(documents);
        programmes = List.copyOf(programmes);
        Objects.requireNonNull(listedOn, "listedOn");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
        remarks = List.copyOf(remarks);
        links = List.copyOf(links);
        TreeMap<String, List<String>> props = new TreeMap<>();
        properties.forEach((k, v) -> {
            if (!v.isEmpty()) {
                props.put(k, List.copyOf(v));
            }
        });
        properties = Collections.unmodifiableSortedMap(props);
    }

    public Name primaryName() {
        return names.get(0);
    }

    public String caption() {
        return primaryName().value();
    }

    public List<String> property(String key) {
        return properties.getOrDefault(key, List.of());
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, schema);
        b.names.addAll(names);
        b.gender = gender;
        b.birthDates.addAll(birthDates);
        b.birthPlaces.addAll(birthPlaces);
        b.nationalities.addAll(nationalities);
        b.countries.addAll(countries);
        b.addresses.addAll(addresses);
        b.documents.addAll(documents);
        b.programmes.addAll(programmes);
        b.listedOn = listedOn.orElse(null);
        b.lastUpdated = lastUpdated.orElse(null);
        b.remarks.addAll(remarks);
        b.links.addAll(links);
        properties.forEach((k, v) -> b.properties.put(k, new ArrayList<>(v)));
        return b;
    }

    public static Builder builder(EntityId id, Schema schema) {
        return new Builder(id, schema);
    }

    /** Collects a record's fields while a parser reads them; drops exact duplicates, keeps source order. */
    public static final class Builder {
        private final EntityId id;
        private Schema schema;
        private final LinkedHashSet<Name> names = new LinkedHashSet<>();
        private Gender gender = Gender.UNKNOWN;
        private final LinkedHashSet<FuzzyDate> birthDates = new LinkedHashSet<>();
        private final LinkedHashSet<Place> birthPlaces = new LinkedHashSet<>();
        private final LinkedHashSet<String> nationalities = new LinkedHashSet<>();
        private final LinkedHashSet<String> countries = new LinkedHashSet<>();
        private final LinkedHashSet<Address> addresses = new LinkedHashSet<>();
        private final LinkedHashSet<IdentityDocument> documents = new LinkedHashSet<>();
        private final LinkedHashSet<String> programmes = new LinkedHashSet<>();
        private LocalDate listedOn;
        private LocalDate lastUpdated;
        private final LinkedHashSet<String> remarks = new LinkedHashSet<>();
        private final LinkedHashSet<Link> links = new LinkedHashSet<>();
        private final TreeMap<String, List<String>> properties = new TreeMap<>();

        private Builder(EntityId id, Schema schema) {
            this.id = Objects.requireNonNull(id, "id");
            this.schema = Objects.requireNonNull(schema, "schema");
        }

        public EntityId id() {
            return id;
        }

        public Schema schema() {
            return schema;
        }

        public boolean hasNames() {
            return !names.isEmpty();
        }

        public List<Name> names() {
            return List.copyOf(names);
        }

        public Builder schema(Schema s) {
            schema = Objects.requireNonNull(s);
            return this;
        }

        public Builder name(Name n) {
            names.add(n);
            return this;
        }

        /** Adds a name if the text is not blank. */
        public Builder name(String value, NameKind kind) {
            if (!Text.isBlank(value)) {
                names.add(new Name(value, kind));
            }
            return this;
        }

        public Builder gender(Gender g) {
            gender = Objects.requireNonNull(g);
            return this;
        }

        public Builder birthDate(FuzzyDate d) {
            birthDates.add(Objects.requireNonNull(d));
            return this;
        }

        public Builder birthPlace(Place p) {
            birthPlaces.add(Objects.requireNonNull(p));
            return this;
        }

        public Builder nationality(String isoCode) {
            nationalities.add(Countries.requireCode(isoCode));
            return this;
        }

        public Builder country(String isoCode) {
            countries.add(Countries.requireCode(isoCode));
            return this;
        }

        public Builder address(Address a) {
            if (!a.isEmpty()) {
                addresses.add(a);
            }
            return this;
        }

        public Builder document(IdentityDocument d) {
            documents.add(Objects.requireNonNull(d));
            return this;
        }

        public Builder programme(String p) {
            String c = Text.clean(p);
            if (!c.isEmpty()) {
                programmes.add(c);
            }
            return this;
        }

        public Builder listedOn(LocalDate d) {
            listedOn = d;
            return this;
        }

        public Builder lastUpdated(LocalDate d) {
            if (d != null && (lastUpdated == null || d.isAfter(lastUpdated))) {
                lastUpdated = d;
            }
            return this;
        }

        public Builder remark(String r) {
            String c = Text.clean(r);
            if (!c.isEmpty()) {
                remarks.add(c);
            }
            return this;
        }

        public Builder link(Link l) {
            links.add(Objects.requireNonNull(l));
            return this;
        }

        public Builder clearLinks() {
            links.clear();
            return this;
        }

        public Builder property(String key, String value) {
            String c = Text.clean(value);
            if (!c.isEmpty()) {
                List<String> values = properties.computeIfAbsent(key, k -> new ArrayList<>());
                if (!values.contains(c)) {
                    values.add(c);
                }
            }
            return this;
        }

        /** Builds the record; primary names are moved to the front, otherwise the source order is kept. */
        public Entity build() {
            List<Name> ordered = new ArrayList<>(names);
            ordered.sort((a, b) -> Boolean.compare(a.kind() != NameKind.PRIMARY, b.kind() != NameKind.PRIMARY));
            return new Entity(id, schema, ordered, gender, List.copyOf(birthDates),
                    List.copyOf(birthPlaces), List.copyOf(nationalities), List.copyOf(countries),
                    List.copyOf(addresses), List.copyOf(documents), List.copyOf(programmes),
                    Optional.ofNullable(listedOn), Optional.ofNullable(lastUpdated), List.copyOf(remarks),
                    List.copyOf(links), properties);
        }
    }
}
