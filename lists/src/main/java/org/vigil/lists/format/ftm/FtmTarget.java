package org.vigil.lists.format.ftm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigil.lists.model.Entity;

/**
 * A target entity while the file is read: its builder, plus what can only be completed once every line has been seen
 * (addresses named by id, the earliest listing date, which sanctions and relations add to).
 */
final class FtmTarget {
    private final FtmEntity source;
    private final Entity.Builder builder;
    private final List<String> addressIds = new ArrayList<>();
    private final List<String> addressTexts = new ArrayList<>();
    private LocalDate listedOn;

    FtmTarget(FtmEntity source, Entity.Builder builder) {
        this.source = source;
        this.builder = builder;
    }

    FtmEntity source() {
        return source;
    }

    Entity.Builder builder() {
        return builder;
    }

    String caption() {
        return builder.names().get(0).value();
    }

    /** Ids of Address entities named in {@code addressEntity}. */
    List<String> addressIds() {
        return addressIds;
    }

    /** Addresses given as text in the {@code address} property. */
    List<String> addressTexts() {
        return addressTexts;
    }

    /** Keeps the earliest listing date. */
    void listed(LocalDate d) {
        if (listedOn == null || d.isBefore(listedOn)) {
            listedOn = d;
        }
    }

    Entity build() {
        if (listedOn != null) {
            builder.listedOn(listedOn);
        }
        return builder.build();
    }
}
