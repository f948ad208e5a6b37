package org.vigil.lists.format.eu;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code sanctionEntity} of the EU Financial Sanctions Files XML as the file gives it. The format keeps almost
 * everything in attributes, so each part is its attributes plus the few child texts the schema has.
 *
 * @param line the line of the {@code sanctionEntity} start tag, for messages
 */
record EuXmlRecord(long line, Map<String, String> attributes, List<String> remarks, List<Part> regulations,
                   Optional<Part> subjectType, List<Part> nameAliases, List<Part> citizenships, List<Part> birthdates,
                   List<Part> identifications, List<Part> addresses) {

    EuXmlRecord {
        attributes = Map.copyOf(attributes);
        remarks = List.copyOf(remarks);
        regulations = List.copyOf(regulations);
        nameAliases = List.copyOf(nameAliases);
        citizenships = List.copyOf(citizenships);
        birthdates = List.copyOf(birthdates);
        identifications = List.copyOf(identifications);
        addresses = List.copyOf(addresses);
    }

    /** An attribute of the {@code sanctionEntity} element, "" when absent. */
    String attr(String name) {
        return attributes.getOrDefault(name, "");
    }

    /**
     * A child element of {@code sanctionEntity} ({@code nameAlias}, {@code birthdate}, {@code address}...).
     *
     * @param remarks        its {@code remark} children
     * @param contactInfo    its {@code contactInfo} children (addresses: key PHONE/FAX/EMAIL/WEB and value)
     * @param publicationUrl the {@code publicationUrl} child of a {@code regulation}, "" otherwise
     */
    record Part(long line, Map<String, String> attributes, List<String> remarks,
                List<Map<String, String>> contactInfo, String publicationUrl) {

        Part {
            attributes = Map.copyOf(attributes);
            remarks = List.copyOf(remarks);
            contactInfo = contactInfo.stream().map(Map::copyOf).toList();
        }

        /** An attribute, whitespace cleaned, "" when absent. */
        String attr(String name) {
            return attributes.getOrDefault(name, "");
        }

        boolean isTrue(String name) {
            return attr(name).equalsIgnoreCase("true");
        }
    }
}
