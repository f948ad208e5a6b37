package org.vigil.lists.format.uae;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Text;

/**
 * The document columns of the UAE list: type ("جواز سفر" passport, "جواز سفر يمني" Yemeni passport, "الرقم الموحد"
 * the UAE unified number, "تأشيرة سياحية" tourist visa), number, issuer, issue and expiry date. A number cell may hold
 * several passports, one per line: "تركي رقم: U24171753" / "إماراتي رقم: NZ9Y56591" (Turkish no. ..., Emirati no.
 * ...), with the issuers "تركيا و الإمارات" (Turkey and the UAE).
 */
final class UaeDocuments {
    private static final String NUMBER_WORD = "رقم";

    private UaeDocuments() {
    }

    static List<IdentityDocument> read(String type, String numbers, String issuer, Optional<LocalDate> issued,
                                       Optional<LocalDate> expires) {
        List<IdentityDocument> out = new ArrayList<>();
        if (numbers.isEmpty()) {
            return out;
        }
        IdentityDocument.Type kind = type.contains("جواز") ? IdentityDocument.Type.PASSPORT
                : IdentityDocument.Type.OTHER;
        List<String> issuers = Countries.resolveAll(issuer);
        Optional<String> typeCountry = Countries.resolve(type.replace("جواز السفر", "").replace("جواز سفر", ""));
        String[] lines = numbers.split("\\R");
        for (String line : lines) {
            String l = Text.clean(line);
            if (l.isEmpty()) {
                continue;
            }
            Optional<String> country = Optional.empty();
            String number = l;
            int colon = l.indexOf(':');
            if (colon > 0) { // "تركي رقم: U24171753": demonym, "number:", number
                String label = Text.clean(l.substring(0, colon).replace(NUMBER_WORD, " "));
                country = Countries.resolve(label);
                number = Text.clean(l.substring(colon + 1));
            }
            if (number.isEmpty()) {
                continue;
            }
            if (country.isEmpty()) {
                country = typeCountry.isPresent() ? typeCountry
                        : issuers.size() == 1 ? Optional.of(issuers.get(0)) : Optional.empty();
            }
            String note = issuers.size() == 1 && country.equals(Optional.of(issuers.get(0))) ? "" : issuer;
            out.add(new IdentityDocument(kind, type, number, country, issued, expires, note));
        }
        return out;
    }
}
