package org.vigil.lists.format.ofac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.Warnings;

/**
 * The files of one OFAC legacy CSV publication: the SDN set ({@code sdn.csv}, {@code add.csv}, {@code alt.csv},
 * {@code sdn_comments.csv}; a re-serialised copy may name the address file {@code sdn_address.csv}) or the
 * consolidated non-SDN set ({@code cons_prim.csv}, {@code cons_add.csv}, {@code cons_alt.csv},
 * {@code cons_comments.csv}). Only the primary file is required.
 */
record OfacFileSet(Path primary, Optional<Path> addresses, Optional<Path> aliases, Optional<Path> comments,
                   boolean consolidated) {

    private static final Set<String> SDN = Set.of("sdn.csv", "add.csv", "sdn_address.csv", "alt.csv",
            "sdn_comments.csv");
    private static final Set<String> CONS = Set.of("cons_prim.csv", "cons_add.csv", "cons_alt.csv",
            "cons_comments.csv");

    /** Finds the set's files among the input; warns about missing optional files and files it does not use. */
    static OfacFileSet locate(ListInput input, Warnings warnings) throws IOException, ListFormatException {
        Optional<Path> sdn = input.find("sdn.csv");
        Optional<Path> cons = input.find("cons_prim.csv");
        String given = String.valueOf(input.files().get(0));
        if (sdn.isPresent() && cons.isPresent()) {
            throw new ListFormatException(given, "both an SDN set (sdn.csv) and a consolidated non-SDN set "
                    + "(cons_prim.csv) were given: they are separate lists, load each on its own");
        }
        if (sdn.isEmpty() && cons.isEmpty()) {
            throw new ListFormatException(given, "no sdn.csv (or cons_prim.csv for the non-SDN list) among the given "
                    + "files (" + names(input.expandedFiles()) + "): an OFAC legacy CSV set needs its primary file");
        }
        boolean consolidated = cons.isPresent();
        Path primary = consolidated ? cons.get() : sdn.get();
        OfacFileSet set = consolidated
                ? new OfacFileSet(primary, input.find("cons_add.csv"), input.find("cons_alt.csv"),
                input.find("cons_comments.csv"), true)
                : new OfacFileSet(primary, input.find("add.csv", "sdn_address.csv"), input.find("alt.csv"),
                input.find("sdn_comments.csv"), false);
        String p = primary.toString();
        String prefix = consolidated ? "cons_" : "";
        if (set.addresses.isEmpty()) {
            warnings.add(p, -1, (consolidated ? "cons_add.csv" : "add.csv") + " was not given: addresses are not "
                    + "loaded");
        }
        if (set.aliases.isEmpty()) {
            warnings.add(p, -1, prefix + "alt.csv was not given: only the aliases quoted in the remarks are loaded");
        }
        if (set.comments.isEmpty()) {
            warnings.add(p, -1, (consolidated ? "cons_comments.csv" : "sdn_comments.csv") + " was not given: "
                    + "remarks longer than 1000 characters are cut off");
        }
        Set<String> mine = consolidated ? CONS : SDN;
        for (Path f : input.expandedFiles()) {
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean used = f.equals(set.primary) || set.addresses.filter(f::equals).isPresent()
                    || set.aliases.filter(f::equals).isPresent() || set.comments.filter(f::equals).isPresent();
            if (!used) {
                warnings.add(f.toString(), -1, mine.contains(n)
                        ? "ignored: another file with this role was already chosen"
                        : "ignored: not a file of an OFAC " + (consolidated ? "non-SDN" : "SDN") + " legacy CSV set");
            }
        }
        return set;
    }

    private static String names(List<Path> files) {
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            out.add(String.valueOf(f.getFileName()));
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }
}
