package org.vigil.lists.format.uk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;

/**
 * The names of one UK Group ID, one per row: the full name is Name 1..5 then Name 6 (as the UK writes it); for
 * persons the parts are the title, the given names and the family name. Alias Type "Prime Alias" is the primary name,
 * "AKA" a strong alias ("Low" Alias Quality: weak), "FKA" a former name; the non-Latin name an original-script name.
 * A name repeated on several rows (one per date of birth or address) is kept once, and an alias equal to the primary
 * name is dropped.
 */
final class UkNames {
    private final Map<String, Name> others = new LinkedHashMap<>();
    private Name primary;

    void add(UkRow row, boolean person, Consumer<String> warn) {
        List<String> given = UkColumn.GIVEN_NAMES.stream().map(row::get).filter(s -> !s.isEmpty()).toList();
        String family = row.get(UkColumn.NAME_6);
        String value = Stream.concat(given.stream(), Stream.of(family)).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
        String original = row.get(UkColumn.NON_LATIN_NAME);
        if (!value.isEmpty()) {
            NameKind kind = kind(row, warn);
            Name name = new Name(value, kind, person ? parts(row, given, family) : List.of());
            if (kind != NameKind.PRIMARY) {
                keep(name);
            } else if (primary == null) {
                primary = name;
            } else if (!primary.value().equals(value)) {
                warn.accept("a second prime alias '" + value + "' (the first is '" + primary.value()
                        + "'); kept as an alias");
                keep(new Name(value, NameKind.STRONG_ALIAS, name.parts()));
            }
        } else if (!original.isEmpty() || !row.get(UkColumn.TITLE).isEmpty()) {
            warn.accept("row without a Latin name (Name 1..6 empty)");
        }
        if (!original.isEmpty()) {
            keep(new Name(original, NameKind.ORIGINAL_SCRIPT));
        }
    }

    boolean isEmpty() {
        return primary == null && others.isEmpty();
    }

    /** The primary name, if a row is marked prime alias. */
    Optional<Name> primary() {
        return Optional.ofNullable(primary);
    }

    /**
     * The names, primary first. Without a prime alias row the first name becomes the primary name.
     *
     * @throws IllegalStateException if there is no name at all
     */
    List<Name> list() {
        List<Name> rest = new ArrayList<>(others.values());
        Name first = primary;
        if (first == null) {
            if (rest.isEmpty()) {
                throw new IllegalStateException("a group without names");
            }
            Name n = rest.remove(0);
            first = new Name(n.value(), NameKind.PRIMARY, n.parts(), n.script());
        }
        List<Name> out = new ArrayList<>();
        out.add(first);
        for (Name n : rest) {
            if (!n.value().equalsIgnoreCase(first.value()) || n.kind() == NameKind.ORIGINAL_SCRIPT) {
                out.add(n);
            }
        }
        return out;
    }

    private void keep(Name n) {
        others.putIfAbsent(n.kind() + "\u0000" + n.value(), n);
    }

    private static List<NamePart> parts(UkRow row, List<String> given, String family) {
        List<NamePart> parts = new ArrayList<>();
        String title = row.get(UkColumn.TITLE);
        if (!title.isEmpty()) {
            parts.add(new NamePart(NamePart.Type.TITLE, title));
        }
        given.forEach(g -> parts.add(new NamePart(NamePart.Type.GIVEN, g)));
        if (!family.isEmpty()) {
            parts.add(new NamePart(NamePart.Type.FAMILY, family));
        }
        return parts;
    }

    private static NameKind kind(UkRow row, Consumer<String> warn) {
        String type = row.get(UkColumn.ALIAS_TYPE).toLowerCase(Locale.ROOT);
        NameKind kind = switch (type) {
            case "prime alias", "primary name", "primary" -> NameKind.PRIMARY;
            case "aka", "a.k.a.", "alias", "primary name variation", "" -> NameKind.STRONG_ALIAS;
            case "fka", "f.k.a.", "formerly known as" -> NameKind.FORMER_NAME;
            default -> {
                warn.accept("unknown Alias Type '" + row.get(UkColumn.ALIAS_TYPE) + "'; read as an alias");
                yield NameKind.STRONG_ALIAS;
            }
        };
        boolean low = row.get(UkColumn.ALIAS_QUALITY).toLowerCase(Locale.ROOT).startsWith("low");
        return low && kind == NameKind.STRONG_ALIAS ? NameKind.WEAK_ALIAS : kind;
    }
}
