package org.vigil.lists.format.ftm;

import java.util.List;
import java.util.Map;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.Text;

/**
 * Applies an FtM Sanction entity to the entity it names in {@code entity}: {@code program} and {@code programId} become
 * programmes; the earliest whole-day {@code listingDate} or {@code startDate} competes for the listing date;
 * {@code reason} and {@code summary} become remarks; every other property is kept as {@code sanction-<name>}
 * ({@code sanction-authority}, {@code sanction-end-date}, {@code sanction-provisions}, ...), plus
 * {@code sanction-source-url}.
 */
final class FtmSanctions {
    private FtmSanctions() {
    }

    static void apply(FtmEntity sanction, FtmTarget target) {
        Entity.Builder b = target.builder();
        for (Map.Entry<String, List<String>> p : sanction.properties().entrySet()) {
            for (String raw : p.getValue()) {
                String v = Text.clean(raw);
                if (v.isEmpty()) {
                    continue;
                }
                switch (p.getKey()) {
                    case "entity" -> {
                        // the entity this sanction applies to
                    }
                    case "program", "programId" -> b.programme(v);
                    case "listingDate", "startDate" -> {
                        FtmValues.day(v).ifPresent(target::listed);
                        b.property("sanction-" + FtmValues.key(p.getKey()), v);
                    }
                    case "reason", "summary" -> b.remark(v);
                    default -> b.property("sanction-" + FtmValues.key(p.getKey()), v);
                }
            }
        }
    }
}
