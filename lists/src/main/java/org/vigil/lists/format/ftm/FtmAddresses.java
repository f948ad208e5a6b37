package org.vigil.lists.format.ftm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Text;

/**
 * FtM Address entities, kept until the entities that name them in {@code addressEntity} are assembled (they may come
 * before or after those entities). The map is bounded: once {@link #capacity()} addresses are held, further addresses
 * are kept only if an entity read earlier already asked for them; the others are counted in {@link #dropped()}.
 */
final class FtmAddresses {
    /** A million addresses (some hundreds of MiB of memory): far above what one list export holds. */
    static final int DEFAULT_CAPACITY = 1_000_000;

    private final int capacity;
    private final Map<String, Stored> byId = new HashMap<>();
    private final Set<String> wanted = new HashSet<>();
    private long dropped;

    FtmAddresses(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.capacity = capacity;
    }

    int capacity() {
        return capacity;
    }

    /** Address entities not kept because the map was full. */
    long dropped() {
        return dropped;
    }

    /** Notes that an entity refers to this address id, so that it is kept even when the map is full. */
    void want(String addressId) {
        if (!byId.containsKey(addressId)) {
            wanted.add(addressId);
        }
    }

    void add(FtmEntity address, FtmContext ctx) {
        Address a = toAddress(address, ctx);
        if (a.isEmpty()) {
            ctx.warn(address.line(), "address " + address.id() + " has no text; ignored");
            return;
        }
        if (byId.size() >= capacity && !wanted.contains(address.id()) && !byId.containsKey(address.id())) {
            dropped++;
            return;
        }
        wanted.remove(address.id());
        List<String> texts = new ArrayList<>();
        address.values("full").forEach(f -> texts.add(Text.clean(f)));
        texts.add(a.full());
        byId.put(address.id(), new Stored(a, List.copyOf(texts)));
    }

    Optional<Stored> get(String addressId) {
        return Optional.ofNullable(byId.get(addressId));
    }

    /**
     * A kept address.
     *
     * @param texts how the address reads as one line (FtM {@code full}, and Vigil's {@link Address#full()}), to
     *              recognise the same address given again as text in an entity's {@code address} property
     */
    record Stored(Address address, List<String> texts) {
    }

    /**
     * Maps FtM {@code street}/{@code street2}/{@code postOfficeBox}, {@code city}, {@code region}/{@code state},
     * {@code postalCode}, {@code country} and {@code remarks}/{@code summary} (as the note). {@code full} is used as
     * the street line only when the address has none of the parts, since FtM derives it from them.
     */
    static Address toAddress(FtmEntity e, FtmContext ctx) {
        String street = join(e, ", ", "street", "street2", "postOfficeBox");
        String city = join(e, ", ", "city");
        String region = join(e, ", ", "region", "state");
        String postal = join(e, ", ", "postalCode");
        Optional<String> country = Optional.empty();
        List<String> countryText = new ArrayList<>();
        for (String c : e.values("country")) {
            Optional<String> code = FtmValues.country(c);
            if (code.isPresent() && country.isEmpty()) {
                country = code;
            } else if (code.isEmpty() && !c.isBlank()) {
                countryText.add(c.strip());
                ctx.warn(e.line(), "address " + e.id() + ": country '" + c.strip() + "' is not a known country code");
            }
        }
        if (street.isEmpty() && city.isEmpty() && region.isEmpty() && postal.isEmpty()) {
            street = join(e, "; ", "full");
        }
        String note = join(e, "; ", "remarks", "summary");
        return new Address(street, city, region, postal, country, String.join(", ", countryText), note);
    }

    private static String join(FtmEntity e, String separator, String... properties) {
        List<String> parts = new ArrayList<>();
        for (String p : properties) {
            for (String v : e.values(p)) {
                String c = Text.clean(v);
                if (!c.isEmpty() && !parts.contains(c)) {
                    parts.add(c);
                }
            }
        }
        return String.join(separator, parts);
    }
}
