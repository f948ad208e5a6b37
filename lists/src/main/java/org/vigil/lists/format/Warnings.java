package org.vigil.lists.format;

import java.util.ArrayList;
import java.util.List;

/** Collects non-fatal parse warnings, keeping the first {@value #MAX} so a bad file cannot exhaust memory. */
public final class Warnings {
    public static final int MAX = 500;

    private final List<String> kept = new ArrayList<>();
    private int total;

    public void add(String file, long line, String message) {
        total++;
        if (kept.size() < MAX) {
            kept.add(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
        }
    }

    public int total() {
        return total;
    }

    /** The kept warnings, plus a last line saying how many more were dropped. */
    public List<String> list() {
        if (total <= kept.size()) {
            return List.copyOf(kept);
        }
        List<String> out = new ArrayList<>(kept);
        out.add("... and " + (total - kept.size()) + " more warnings");
        return List.copyOf(out);
    }
}
