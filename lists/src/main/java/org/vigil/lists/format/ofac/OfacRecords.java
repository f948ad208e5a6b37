package org.vigil.lists.format.ofac;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Schema;
import org.vigil.lists.model.Text;

/**
 * Builds the records of an OFAC legacy CSV set from its rows: {@link #primary} rows first (sdn.csv), then remark
 * continuations, aliases and addresses, which refer to a primary row by ent_num; {@link #build} then reads each
 * record's complete Remarks.
 */
final class OfacRecords {
    /** The legacy format cuts Remarks at this many characters; the rest goes to sdn_comments.csv. */
    static final int REMARKS_LIMIT = 1000;

    private final String source;
    private final Warnings warnings;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** A record under construction, with its Remarks text collected until all continuations are read. */
    private static final class Entry {
        final Entity.Builder builder;
        final String file;
        final long line;
        final StringBuilder remarks = new StringBuilder();

        Entry(Entity.Builder builder, String file, long line) {
            this.builder = builder;
            this.file = file;
            this.line = line;
        }

        boolean person() {
            return builder.schema() == Schema.PERSON;
        }
    }

    OfacRecords(String source, Warnings warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    int size() {
        return entries.size();
    }

    /** A row of sdn.csv / cons_prim.csv. */
    void primary(OfacRow row) throws ListFormatException {
        Entry seen = entries.get(row.entNum());
        if (seen != null) {
            throw new ListFormatException(row.file(), row.line(), "ent_num " + row.entNum()
                    + " appears twice (first on line " + seen.line + "): record numbers must be unique");
        }
        String name = row.text(1);
        if (name.isEmpty()) {
            warnings.add(row.file(), row.line(), "ent_num " + row.entNum() + " has no name (SDN_Name is empty); "
                    + "the record is skipped");
            return;
        }
        Schema schema = schema(row);
        Entity.Builder b = Entity.builder(new EntityId(source, row.entNum()), schema);
        String title = row.text(4);
        b.name(OfacNames.name(name, NameKind.PRIMARY, schema == Schema.PERSON, title));
        for (String p : row.text(3).split("\\]\\s*\\[")) {
            b.programme(p.replace("[", "").replace("]", ""));
        }
        b.property("title", title);
        b.property("call-sign", row.text(5));
        b.property("vessel-type", row.text(6));
        b.property("tonnage", row.text(7));
        b.property("grt", row.text(8));
        String flag = row.text(9);
        b.property("vessel-flag", flag);
        if (!flag.isEmpty()) {
            country(b, flag, row, "vessel flag");
        }
        b.property("vessel-owner", row.text(10));
        Entry e = new Entry(b, row.file(), row.line());
        e.remarks.append(row.raw(11));
        entries.put(row.entNum(), e);
    }

    private Schema schema(OfacRow row) {
        String type = row.text(2).toLowerCase(Locale.ROOT);
        return switch (type) {
            case "individual" -> Schema.PERSON;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            case "", "entity" -> Schema.ORGANIZATION;
            default -> {
                warnings.add(row.file(), row.line(), "ent_num " + row.entNum() + ": unknown SDN_Type '" + row.text(2)
                        + "' (expected individual, vessel, aircraft or -0- for an entity); type left unknown");
                yield Schema.UNKNOWN;
            }
        };
    }

    /** A row of sdn_comments.csv: the Remarks continue exactly where sdn.csv cut them (even mid-word). */
    void continuation(OfacRow row) {
        Entry e = entry(row, "remarks continuation");
        if (e != null) {
            e.remarks.append(row.raw(1));
        }
    }

    /** A row of alt.csv. */
    void alias(OfacRow row) {
        Entry e = entry(row, "alias");
        if (e == null) {
            return;
        }
        String value = row.text(3);
        if (value.isEmpty()) {
            warnings.add(row.file(), row.line(), "alias " + row.text(1) + " of ent_num " + row.entNum()
                    + " has no name; skipped");
            return;
        }
        String type = row.text(2).toLowerCase(Locale.ROOT);
        NameKind kind = switch (type) {
            case "aka", "nka" -> NameKind.STRONG_ALIAS;
            case "fka" -> NameKind.FORMER_NAME;
            default -> {
                warnings.add(row.file(), row.line(), "alias '" + value + "' of ent_num " + row.entNum()
                        + " has an unknown alt_type '" + row.text(2) + "' (expected aka, fka or nka); kept as alias");
                yield NameKind.STRONG_ALIAS;
            }
        };
        Name name = OfacNames.name(value, kind, e.person(), "");
        if (e.builder.names().contains(name)) {
            warnings.add(row.file(), row.line(), "alias '" + value + "' of ent_num " + row.entNum()
                    + " is listed twice; kept once");
        }
        e.builder.name(name);
        if (type.equals("nka")) {
            e.builder.property("now-known-as", value);
        }
        String remark = row.text(4);
        if (!remark.isEmpty()) {
            e.builder.property("alias-remark", value + ": " + remark);
        }
    }

    /** A row of add.csv. */
    void address(OfacRow row) {
        Entry e = entry(row, "address");
        if (e == null) {
            return;
        }
        String countryText = row.text(4);
        Optional<String> country = countryText.isEmpty() ? Optional.empty()
                : country(e.builder, countryText, row, "address country");
        e.builder.address(new Address(row.text(2), row.text(3), "", "", country, countryText, row.text(5)));
    }

    private Entry entry(OfacRow row, String what) {
        Entry e = entries.get(row.entNum());
        if (e == null) {
            warnings.add(row.file(), row.line(), what + " for ent_num " + row.entNum()
                    + ", which is not in the primary file; ignored");
        }
        return e;
    }

    private Optional<String> country(Entity.Builder b, String text, OfacRow row, String what) {
        // add.csv writes disputed areas as "Region: Gaza", "Region: Kafia Kingi"
        Optional<String> code = Countries.resolve(text.replaceFirst("^(?i)region:\\s*", ""));
        if (code.isPresent()) {
            b.country(code.get());
        } else if (!text.equalsIgnoreCase("None Identified") && !text.equalsIgnoreCase("undetermined")
                && !text.equalsIgnoreCase("unknown")) {
            warnings.add(row.file(), row.line(), "ent_num " + row.entNum() + ": " + what + " '" + text
                    + "' is not a country Vigil knows (kept as text)");
        }
        return code;
    }

    /**
     * Reads each record's complete Remarks and builds the records in file order.
     *
     * @param continuationsGiven whether sdn_comments.csv was read (otherwise Remarks at the length limit are cut)
     */
    List<Entity> build(boolean continuationsGiven) {
        List<Entity> out = new ArrayList<>(entries.size());
        for (Map.Entry<String, Entry> me : entries.entrySet()) {
            Entry e = me.getValue();
            String text = e.remarks.toString();
            if (!continuationsGiven && text.length() >= REMARKS_LIMIT) {
                warnings.add(e.file, e.line, "ent_num " + me.getKey() + ": the Remarks are " + text.length()
                        + " characters long, the limit of the legacy format, and probably continue in the comments "
                        + "file, which was not given: they may be cut off");
            }
            if (!Text.isBlank(text)) {
                e.builder.remark(text);
                OfacRemarks.Result r = OfacRemarks.parse(text, e.person());
                r.applyTo(e.builder);
                for (String problem : r.problems()) {
                    warnings.add(e.file, e.line, "ent_num " + me.getKey() + ": Remarks: " + problem);
                }
            }
            out.add(e.builder.build());
        }
        return out;
    }
}
