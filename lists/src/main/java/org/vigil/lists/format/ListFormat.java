package org.vigil.lists.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The list formats Vigil reads, with the id used on the command line ({@code --format un-xml}). */
public enum ListFormat {
    UN_XML("un-xml", "un-sc", "UN Security Council consolidated list XML"),
    OFAC_CSV("ofac-csv", "us-ofac-sdn", "OFAC legacy CSV set: sdn.csv, add.csv, alt.csv, sdn_comments.csv "
            + "(or the consolidated non-SDN cons_prim.csv, cons_add.csv, cons_alt.csv, cons_comments.csv)"),
    OFAC_XML("ofac-xml", "us-ofac-sdn", "OFAC SDN XML (sdn.xml / consolidated.xml)"),
    EU_XML("eu-xml", "eu-fsf", "EU Financial Sanctions Files XML (xmlFullSanctionsList_1_1)"),
    UK_CSV("uk-csv", "gb-hmt", "UK HM Treasury / OFSI consolidated list CSV (ConList.csv, sanctionsconlist.csv)"),
    FTM_JSON("ftm", "opensanctions", "OpenSanctions FollowTheMoney entities, JSON lines"),
    UAE_CSV("uae-csv", "ae-local", "UAE Local Terrorist List CSV"),
    VIGIL_CSV("vigil-csv", "internal", "Vigil watchlist CSV (docs/watchlist-format.md)"),
    VIGIL_JSON("vigil-json", "internal", "Vigil watchlist JSON lines (docs/watchlist-format.md)");

    private final String id;
    private final String defaultSource;
    private final String description;

    ListFormat(String id, String defaultSource, String description) {
        this.id = id;
        this.defaultSource = defaultSource;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** The source id a file of this format gets unless the user names another. */
    public String defaultSource() {
        return defaultSource;
    }

    public String description() {
        return description;
    }

    public static ListFormat fromId(String id) {
        String t = id.strip().toLowerCase(Locale.ROOT);
        for (ListFormat f : values()) {
            if (f.id.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown list format '" + id + "'; known formats: "
                + Arrays.stream(values()).map(ListFormat::id).collect(Collectors.joining(", ")));
    }
}
