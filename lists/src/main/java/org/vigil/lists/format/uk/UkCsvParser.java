package org.vigil.lists.format.uk;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ListParser;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;

/**
 * Reads the UK HM Treasury / OFSI consolidated list of financial sanctions targets in its CSV form (format
 * {@code uk-csv}; the historical {@code sanctionsconlist.csv} and the later {@code ConList.csv}).
 *
 * <p>Row 1 is {@code Last Updated,dd/mm/yyyy} (the publication date), row 2 the header, then one row per name of a
 * subject, grouped by {@code Group ID} (the record id); the rows of a group need not be adjacent. Columns are found by
 * header name, so the later layout with extra columns (non-Latin name, alias quality, UK designation date...) reads
 * too; unknown columns become properties. Old files are Windows-1252, later ones UTF-8 (detected).
 *
 * <p>Mapping: Name 6 is the family or entity name and Name 1..5 the given names (the full name is given names then
 * family name, as the UK writes it); Title a title part and property; Alias Type "Prime Alias" the primary name,
 * "AKA" a strong alias, "FKA" a former name, Alias Quality "Low" a weak alias; the non-Latin name an original-script
 * name; DOB (00 for an unknown day or month) the dates of birth; Town/Country of Birth the places of birth;
 * Nationality the nationalities; Passport Details and NI Number identity documents (best effort, text kept as note);
 * Position a property; Address 1..6, Post/Zip Code and Country an address; Other Information a remark, its own UN
 * reference (old style "UN Ref QI.S.263.08" read as today's QDi.263) the property {@code un-reference}, other UN
 * references links; Regime the programme; Listed On and Last Updated the dates; Group Type the schema. Names are kept
 * as given, including the export's commas in place of apostrophes ("JAMA,AT AL-DAWA").
 */
public final class UkCsvParser implements ListParser {

    @Override
    public ParsedList parse(ListInput input, String source) throws IOException, ListFormatException {
        Path path = input.single("the UK consolidated list CSV");
        Warnings warnings = new Warnings();
        Map<String, UkGroup> groups = new LinkedHashMap<>();
        Optional<java.time.LocalDate> published;
        try (UkRowReader reader = UkRowReader.open(input, path, warnings)) {
            published = reader.published();
            Optional<UkRow> row;
            while ((row = reader.next()).isPresent()) {
                UkRow r = row.get();
                String groupId = r.get(UkColumn.GROUP_ID);
                if (groupId.isEmpty()) {
                    warnings.add(reader.file(), r.line(), "row without a Group ID; skipped");
                    continue;
                }
                groups.computeIfAbsent(groupId,
                        id -> new UkGroup(new EntityId(source, id), reader.file(), warnings)).add(r);
            }
        }
        List<Entity> entities = new ArrayList<>(groups.size());
        groups.forEach((id, g) -> {
            if (g.hasNames()) {
                entities.add(g.build());
            } else {
                warnings.add(path.toString(), -1, "Group ID " + id + " has no row with a name; skipped");
            }
        });
        if (entities.isEmpty()) {
            throw new ListFormatException(path.toString(), "no named rows after the header: the file lists nobody");
        }
        return new ParsedList(source, ListFormat.UK_CSV, published.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()),
                entities, warnings.list());
    }
}
