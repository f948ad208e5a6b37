package org.vigil.lists.format.ofac;

import java.util.ArrayList;
import java.util.List;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Text;

/**
 * OFAC writes individuals' names "LAST, First" ("SAEED, Muhammad", "DELOS REYES, Feliciano Semborio, Jr."): the name
 * is kept as written, with family and given name parts (and any further comma-separated part, such as "Jr.", as an
 * unspecified part). Names of organizations, vessels and aircraft, and names without a comma, get no parts.
 */
final class OfacNames {
    private OfacNames() {
    }

    /**
     * @param title a title to add as a {@link NamePart.Type#TITLE} part ("" for none)
     */
    static Name name(String value, NameKind kind, boolean person, String title) {
        List<NamePart> parts = new ArrayList<>();
        if (person) {
            String[] pieces = Text.clean(value).split(",");
            if (pieces.length >= 2) {
                add(parts, NamePart.Type.FAMILY, pieces[0]);
                add(parts, NamePart.Type.GIVEN, pieces[1]);
                for (int i = 2; i < pieces.length; i++) {
                    add(parts, NamePart.Type.UNSPECIFIED, pieces[i]);
                }
            }
            if (!Text.isBlank(title)) {
                add(parts, NamePart.Type.TITLE, title);
            }
        }
        return new Name(value, kind, parts);
    }

    private static void add(List<NamePart> parts, NamePart.Type type, String value) {
        if (!Text.isBlank(value)) {
            parts.add(new NamePart(type, value));
        }
    }
}
