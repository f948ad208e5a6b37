package org.vigil.lists.format.ftm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Schema;
import org.vigil.lists.model.Text;

/**
 * Collects the entities of one FtM file and, once every line is read, joins them: Address entities into the
 * addresses of the targets naming them, Identification/Passport entities into their holders' documents, Sanction
 * entities into programmes and listing dates, relationship entities into links. FtM files do not order these: an
 * address may come before or after the entity naming it.
 */
final class FtmAssembler {
    private final FtmContext ctx;
    private final FtmAddresses addresses;
    private final Map<String, FtmTarget> targets = new LinkedHashMap<>();
    private final List<FtmEntity> sanctions = new ArrayList<>();
    private final List<FtmEntity> relations = new ArrayList<>();
    private final List<HeldDocument> documents = new ArrayList<>();
    private final Map<String, Skipped> notRead = new TreeMap<>();
    private final Map<String, Skipped> unknown = new TreeMap<>();

    FtmAssembler(FtmContext ctx, int addressCapacity) {
        this.ctx = ctx;
        this.addresses = new FtmAddresses(addressCapacity);
    }

    /** Takes one entity of the file. */
    void add(FtmEntity e) {
        switch (FtmSchemas.role(e.schema())) {
            case TARGET -> {
                Schema schema = FtmSchemas.target(e.schema()).orElseThrow();
                FtmTargetMapper.map(e, schema, ctx).ifPresent(t -> {
                    FtmTarget previous = targets.put(e.id(), t);
                    if (previous != null) {
                        ctx.warn(e.line(), "entity " + e.id() + " appears again (first on line "
                                + previous.source().line() + "); this line replaces it");
                    }
                    t.addressIds().forEach(addresses::want);
                });
            }
            case ADDRESS -> addresses.add(e, ctx);
            case IDENTIFICATION -> FtmDocuments.fromEntity(e, ctx)
                    .ifPresent(d -> documents.add(new HeldDocument(e, d)));
            case SANCTION -> sanctions.add(e);
            case RELATION -> relations.add(e);
            case NOT_READ -> notRead.computeIfAbsent(e.schema(), s -> new Skipped(e.line())).count++;
            case UNKNOWN -> {
                Skipped s = unknown.computeIfAbsent(e.schema(), x -> new Skipped(e.line()));
                if (s.count++ == 0) {
                    ctx.warn(e.line(), "entity " + e.id() + " has the unknown FtM schema '" + e.schema()
                            + "'; entities of this schema are skipped");
                }
            }
        }
    }

    /** Joins everything and builds the entities, in file order, keyed by FtM id. */
    Map<String, Entity> finish() {
        resolveAddresses();
        for (HeldDocument d : documents) {
            int held = 0;
            for (String holder : d.entity().values("holder")) {
                FtmTarget t = targets.get(holder.strip());
                if (t != null) {
                    t.builder().document(d.document());
                    held++;
                }
            }
            if (held == 0) {
                ctx.warn(d.entity().line(), d.entity().schema() + " " + d.entity().id()
                        + ": its holder is not an entity of this file; ignored");
            }
        }
        for (FtmEntity s : sanctions) {
            int applied = 0;
            for (String id : s.values("entity")) {
                FtmTarget t = targets.get(id.strip());
                if (t != null) {
                    FtmSanctions.apply(s, t);
                    applied++;
                }
            }
            if (applied == 0) {
                ctx.warn(s.line(), "Sanction " + s.id() + ": the sanctioned entity " + s.values("entity")
                        + " is not an entity of this file; ignored");
            }
        }
        for (FtmEntity r : relations) {
            FtmRelation kind = FtmRelation.of(r.schema()).orElseThrow();
            if (FtmLinks.apply(kind, r, targets, ctx) == 0) {
                ctx.warn(r.line(), r.schema() + " " + r.id() + ": neither " + kind.subject() + " nor "
                        + kind.object() + " is an entity of this file; ignored");
            }
        }
        notRead.forEach((schema, s) -> ctx.warn(s.firstLine, s.count + " " + schema + " entit"
                + (s.count == 1 ? "y" : "ies") + " skipped: Vigil does not read this FtM schema"));
        unknown.forEach((schema, s) -> {
            if (s.count > 1) {
                ctx.warn(-1, s.count + " entities of the unknown FtM schema '" + schema + "' skipped (first on line "
                        + s.firstLine + ")");
            }
        });
        if (addresses.dropped() > 0) {
            ctx.warn(-1, addresses.dropped() + " Address entities were not kept: more than " + addresses.capacity()
                    + " were pending at once; entities naming them keep the id as address-entity");
        }
        Map<String, Entity> out = new LinkedHashMap<>();
        targets.forEach((id, t) -> out.put(id, t.build()));
        return out;
    }

    private void resolveAddresses() {
        for (FtmTarget t : targets.values()) {
            List<String> resolvedText = new ArrayList<>();
            for (String id : t.addressIds()) {
                Optional<FtmAddresses.Stored> a = addresses.get(id);
                if (a.isPresent()) {
                    t.builder().address(a.get().address());
                    resolvedText.addAll(a.get().texts());
                } else {
                    t.builder().property("address-entity", id);
                    ctx.warn(t.source().line(), "entity " + t.source().id() + ": address entity " + id
                            + " is not in this file; kept as address-entity");
                }
            }
            for (String text : t.addressTexts()) {
                if (!resolvedText.contains(Text.clean(text))) {
                    t.builder().address(new Address(text, "", "", "", Optional.empty(), "", ""));
                }
            }
        }
    }

    /** A document and the Identification/Passport entity it came from. */
    private record HeldDocument(FtmEntity entity, IdentityDocument document) {
    }

    /** Entities of one skipped schema. */
    private static final class Skipped {
        private final long firstLine;
        private long count;

        private Skipped(long firstLine) {
            this.firstLine = firstLine;
        }
    }
}
