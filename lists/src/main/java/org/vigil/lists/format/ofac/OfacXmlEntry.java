package org.vigil.lists.format.ofac;

import java.util.List;
import java.util.Map;

/**
 * One {@code sdnEntry} of OFAC's SDN XML as the file gives it: element texts, not yet interpreted. Absent elements
 * are "" or empty lists.
 *
 * @param line the line of the {@code sdnEntry} start tag, for messages
 */
record OfacXmlEntry(long line, String uid, String firstName, String lastName, String title, String sdnType,
                    String remarks, List<String> programs, List<Id> ids, List<Aka> akas, List<Address> addresses,
                    List<Country> nationalities, List<Country> citizenships, List<Item> datesOfBirth,
                    List<Item> placesOfBirth, Map<String, String> vesselInfo) {

    OfacXmlEntry {
        programs = List.copyOf(programs);
        ids = List.copyOf(ids);
        akas = List.copyOf(akas);
        addresses = List.copyOf(addresses);
        nationalities = List.copyOf(nationalities);
        citizenships = List.copyOf(citizenships);
        datesOfBirth = List.copyOf(datesOfBirth);
        placesOfBirth = List.copyOf(placesOfBirth);
        vesselInfo = Map.copyOf(vesselInfo);
    }

    /** {@code idList/id}: a document, or a feature OFAC files as one (Gender, Website, "Secondary sanctions risk:"). */
    record Id(long line, String type, String number, String country, String issueDate, String expirationDate) {
    }

    /** {@code akaList/aka}: type a.k.a./f.k.a./n.k.a., category strong/weak. */
    record Aka(long line, String type, String category, String lastName, String firstName) {
    }

    /** {@code addressList/address}; {@code region} only exists in the newer schema. */
    record Address(long line, String address1, String address2, String address3, String city,
                   String stateOrProvince, String postalCode, String country, String region) {
    }

    /** {@code nationality} or {@code citizenship}. */
    record Country(long line, String country, boolean mainEntry) {
    }

    /** {@code dateOfBirthItem} or {@code placeOfBirthItem}. */
    record Item(long line, String text, boolean mainEntry) {
    }
}
