package org.vigil.lists.format.ftm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Text;

/**
 * The names of an FtM entity.
 *
 * <ul>
 *   <li>{@code name}: the value equal to the entity's {@code caption} is the PRIMARY name (the first value if none
 *       is); the other values are STRONG_ALIAS. Without any {@code name}, the caption is the primary name.</li>
 *   <li>{@code alias} STRONG_ALIAS, {@code previousName} FORMER_NAME, {@code weakAlias} WEAK_ALIAS. A value given
 *       under several of these keeps the first kind in that order.</li>
 *   <li>Names in non-Latin scripts keep the kind FtM gives them; {@link Name#script()} tells their script. FtM does
 *       not say which name is the original one: the Cyrillic names of a Russian person are, the Japanese renderings
 *       of an Iraqi group's names (often FtM {@code weakAlias}) are not, so calling them ORIGINAL_SCRIPT would be a
 *       guess, and would upgrade weak aliases.</li>
 *   <li>FtM gives name parts ({@code firstName}, {@code middleName}, {@code secondName}, {@code lastName},
 *       {@code fatherName}, {@code motherName}, {@code title}) for the entity, not per name. A part is attached to
 *       every name that contains it as whole words (exact spelling), longest parts first, never overlapping; parts
 *       found in no name are returned in {@link Result#unplaced()} for the caller to keep as properties.</li>
 * </ul>
 */
final class FtmNames {
    private static final Map<String, NamePart.Type> PARTS = partProperties();

    private FtmNames() {
    }

    /** The FtM properties read here. */
    static boolean handles(String property) {
        return switch (property) {
            case "name", "alias", "weakAlias", "previousName" -> true;
            default -> PARTS.containsKey(property) && !property.equals("title");
        };
    }

    static Result read(FtmEntity e, FtmContext ctx) {
        List<String> given = usable(e, "name", ctx);
        String caption = Text.clean(e.caption());
        String primary = given.contains(caption) ? caption
                : given.isEmpty() ? (hasLetters(caption) ? caption : "") : given.get(0);
        Map<String, NameKind> kinds = new LinkedHashMap<>();
        if (!primary.isEmpty()) {
            kinds.put(primary, NameKind.PRIMARY);
        }
        given.forEach(v -> kinds.putIfAbsent(v, NameKind.STRONG_ALIAS));
        usable(e, "alias", ctx).forEach(v -> kinds.putIfAbsent(v, NameKind.STRONG_ALIAS));
        usable(e, "previousName", ctx).forEach(v -> kinds.putIfAbsent(v, NameKind.FORMER_NAME));
        usable(e, "weakAlias", ctx).forEach(v -> kinds.putIfAbsent(v, NameKind.WEAK_ALIAS));

        List<Part> parts = parts(e);
        Set<Part> placed = new LinkedHashSet<>();
        List<Name> names = new ArrayList<>();
        kinds.forEach((value, kind) -> names.add(new Name(value, kind, place(value, parts, placed))));
        Map<String, List<String>> unplaced = new LinkedHashMap<>();
        for (Part p : parts) {
            if (!placed.contains(p) && p.type() != NamePart.Type.TITLE) {
                unplaced.computeIfAbsent(FtmValues.key(p.property()), k -> new ArrayList<>()).add(p.value());
            }
        }
        return new Result(names, unplaced);
    }

    /**
     * @param unplaced name-part values found in no name, by Vigil property key ({@code first-name}, ...)
     */
    record Result(List<Name> names, Map<String, List<String>> unplaced) {
    }

    /** The cleaned values of a name property; values without a letter or digit (e.g. ":") are warned about. */
    private static List<String> usable(FtmEntity e, String property, FtmContext ctx) {
        List<String> out = new ArrayList<>();
        for (String v : e.values(property)) {
            String c = Text.clean(v);
            if (c.isEmpty()) {
                continue;
            }
            if (!hasLetters(c)) {
                ctx.warn(e.line(), "entity " + e.id() + ": " + property + " '" + c + "' has no letters; ignored");
            } else if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static List<Part> parts(FtmEntity e) {
        List<Part> out = new ArrayList<>();
        PARTS.forEach((property, type) -> {
            for (String v : e.values(property)) {
                String c = Text.clean(v);
                if (!c.isEmpty() && out.stream().noneMatch(p -> p.type() == type && p.value().equals(c))) {
                    out.add(new Part(property, type, c));
                }
            }
        });
        return out;
    }

    /** The parts found in {@code name} as whole words, in the order they occur. */
    private static List<NamePart> place(String name, List<Part> parts, Set<Part> placed) {
        List<Part> byLength = new ArrayList<>(parts);
        byLength.sort(Comparator.comparingInt((Part p) -> p.value().length()).reversed());
        boolean[] taken = new boolean[name.length()];
        Map<Integer, NamePart> found = new TreeMap<>();
        for (Part p : byLength) {
            int at = wholeWord(name, p.value(), taken);
            if (at >= 0) {
                for (int i = at; i < at + p.value().length(); i++) {
                    taken[i] = true;
                }
                found.put(at, new NamePart(p.type(), p.value()));
                placed.add(p);
            }
        }
        return List.copyOf(found.values());
    }

    private static int wholeWord(String name, String value, boolean[] taken) {
        int from = 0;
        while (true) {
            int at = name.indexOf(value, from);
            if (at < 0) {
                return -1;
            }
            int end = at + value.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(name.codePointBefore(at));
            boolean endOk = end == name.length() || !Character.isLetterOrDigit(name.codePointAt(end));
            boolean free = true;
            for (int i = at; i < end && free; i++) {
                free = !taken[i];
            }
            if (startOk && endOk && free) {
                return at;
            }
            from = at + 1;
        }
    }

    private static Map<String, NamePart.Type> partProperties() {
        Map<String, NamePart.Type> m = new LinkedHashMap<>();
        m.put("title", NamePart.Type.TITLE);
        m.put("firstName", NamePart.Type.GIVEN);
        m.put("secondName", NamePart.Type.UNSPECIFIED);
        m.put("middleName", NamePart.Type.MIDDLE);
        m.put("fatherName", NamePart.Type.PATRONYMIC);
        m.put("motherName", NamePart.Type.MATRONYMIC);
        m.put("lastName", NamePart.Type.FAMILY);
        return m;
    }

    /** A name-part value given for the entity. */
    private record Part(String property, NamePart.Type type, String value) {
    }
}
