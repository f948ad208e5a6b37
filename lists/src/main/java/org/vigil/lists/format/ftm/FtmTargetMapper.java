package org.vigil.lists.format.ftm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;
import org.vigil.lists.model.Text;

/**
 * Maps one target FtM entity (Person, Organization, Company, LegalEntity, PublicBody, Vessel, Airplane) into an
 * {@link Entity.Builder}. Every FtM property ends up somewhere: names and parts ({@link FtmNames}), birth dates and
 * places, nationality/citizenship, country/jurisdiction/mainCountry/flag, identifiers as documents
 * ({@link FtmDocuments}), gender, {@code notes} as remarks, {@code program}/{@code programId} as programmes,
 * {@code createdAt} as the listing date, {@code modifiedAt} and {@code last_change} as the last update; every other
 * property is kept under its name in kebab case ({@code position}, {@code title}, {@code source-url},
 * {@code birth-country}, ...), as are {@code topics}, {@code datasets}, {@code referents} (other sources' ids of the
 * same subject), {@code first-seen}, {@code last-seen}, {@code last-change}, {@code ftm-schema} and {@code target}.
 * Values that do not fit their field (a country code Vigil does not know, a date that is not one) are kept as text
 * properties ({@code nationality-text}, {@code country-text}, {@code birth-date-text}) with a warning.
 */
final class FtmTargetMapper {
    private FtmTargetMapper() {
    }

    /** The target, or empty (with a warning) if the entity has no usable name. */
    static Optional<FtmTarget> map(FtmEntity e, Schema schema, FtmContext ctx) {
        FtmNames.Result names = FtmNames.read(e, ctx);
        if (names.names().isEmpty()) {
            ctx.warn(e.line(), "entity " + e.id() + " (" + e.schema() + ") has no name; skipped");
            return Optional.empty();
        }
        Entity.Builder b = Entity.builder(ctx.id(e.id()), schema);
        for (Name n : names.names()) {
            b.name(n);
        }
        FtmTarget t = new FtmTarget(e, b);
        for (Map.Entry<String, List<String>> p : e.properties().entrySet()) {
            if (FtmNames.handles(p.getKey())) {
                continue;
            }
            for (String v : p.getValue()) {
                String c = Text.clean(v);
                if (!c.isEmpty()) {
                    property(t, p.getKey(), c, ctx);
                }
            }
        }
        names.unplaced().forEach((key, values) -> values.forEach(v -> b.property(key, v)));
        b.property("ftm-schema", e.schema());
        e.target().ifPresent(x -> b.property("target", x.toString()));
        e.referents().forEach(v -> b.property("referents", v));
        e.datasets().forEach(v -> b.property("datasets", v));
        b.property("first-seen", e.firstSeen());
        b.property("last-seen", e.lastSeen());
        b.property("last-change", e.lastChange());
        FtmValues.day(e.lastChange()).ifPresent(b::lastUpdated);
        e.extra().forEach((k, values) -> values.forEach(v -> b.property(FtmValues.key(k), v)));
        return Optional.of(t);
    }

    private static void property(FtmTarget t, String property, String v, FtmContext ctx) {
        Entity.Builder b = t.builder();
        FtmEntity e = t.source();
        Optional<IdentityDocument.Type> document = FtmDocuments.identifier(property, b.schema());
        if (document.isPresent()) {
            b.document(new IdentityDocument(document.get(), property, v, Optional.empty()));
            return;
        }
        switch (property) {
            case "birthDate" -> FtmValues.date(v).ifPresentOrElse(b::birthDate, () -> {
                b.property("birth-date-text", v);
                ctx.warn(e.line(), "entity " + e.id() + ": birthDate '" + v + "' is not a date; kept as text");
            });
            case "birthPlace" -> b.birthPlace(place(v));
            case "nationality", "citizenship" -> FtmValues.country(v).ifPresentOrElse(b::nationality,
                    () -> unknownCountry(b, "nationality-text", property, v, e, ctx));
            case "country", "jurisdiction", "mainCountry" -> FtmValues.country(v).ifPresentOrElse(b::country,
                    () -> unknownCountry(b, "country-text", property, v, e, ctx));
            case "flag" -> {
                b.property("vessel-flag", v);
                FtmValues.country(v).ifPresentOrElse(b::country,
                        () -> unknownCountry(b, "country-text", property, v, e, ctx));
            }
            case "gender" -> {
                Gender g = Gender.parse(v);
                if (g == Gender.UNKNOWN) {
                    b.property("gender", v);
                } else {
                    b.gender(g);
                }
            }
            case "notes" -> b.remark(v);
            case "program", "programId" -> b.programme(v);
            case "createdAt" -> FtmValues.day(v).ifPresentOrElse(t::listed, () -> b.property("created-at", v));
            case "modifiedAt" -> {
                b.property("modified-at", v);
                FtmValues.day(v).ifPresent(b::lastUpdated);
            }
            case "addressEntity" -> t.addressIds().add(v);
            case "address" -> t.addressTexts().add(v);
            case "callSign" -> b.property("call-sign", v);
            default -> b.property(FtmValues.key(property), v);
        }
    }

    private static void unknownCountry(Entity.Builder b, String key, String property, String v, FtmEntity e,
                                       FtmContext ctx) {
        b.property(key, v);
        ctx.warn(e.line(), "entity " + e.id() + ": " + property + " '" + v + "' is not a country code Vigil knows;"
                + " kept as " + key);
    }

    /** A birth place with its country when the text names exactly one ("BELARUS, Komsomolskaya"). */
    private static Place place(String text) {
        List<String> countries = Countries.resolveAll(text);
        return Place.ofText(text, countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty());
    }
}
