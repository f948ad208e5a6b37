package org.vigil.lists.model;

import java.util.List;
import java.util.Objects;

/**
 * A name of a listed subject.
 *
 * @param value the full name as written by the source (whitespace normalised)
 * @param kind  primary, strong/weak alias, former name or original-script name
 * @param parts structured components where the source gives them, in the source's order; empty otherwise
 * @param script the Unicode script of the name's letters (e.g. "Latin", "Arabic", "Cyrillic"); "Mixed" or "Common"
 */
public record Name(String value, NameKind kind, List<NamePart> parts, String script) {

    public Name {
        value = Text.clean(value);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
        Objects.requireNonNull(kind, "kind");
        parts = List.copyOf(parts);
        script = script == null || script.isBlank() ? Scripts.detect(value) : script;
    }

    public Name(String value, NameKind kind) {
        this(value, kind, List.of(), null);
    }

    public Name(String value, NameKind kind, List<NamePart> parts) {
        this(value, kind, parts, null);
    }

    public boolean isLatin() {
        return "Latin".equals(script);
    }
}
