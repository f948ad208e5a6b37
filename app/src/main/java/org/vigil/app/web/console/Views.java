package org.vigil.app.web.console;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.vigil.app.AppContext;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.version.ActiveLists;
import org.vigil.lists.version.ListVersion;
import org.vigil.lists.version.VersionInfo;

/** Small formatting shared by the console pages: links, times and numbers as the pages show them. */
public final class Views {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Views() {
    }

    /** A record of a list with its caption in the active lists (empty when it is not in them). */
    public record EntityRef(String id, String caption, String href, boolean active) {
        static EntityRef of(String id, ActiveLists lists) {
            Optional<Entity> e;
            try {
                e = lists.entity(EntityId.parse(id));
            } catch (IllegalArgumentException bad) {
                e = Optional.empty();
            }
            return new EntityRef(id, e.map(Entity::caption).orElse(""), entityHref(id), e.isPresent());
        }

        static EntityRef of(EntityId id, ActiveLists lists) {
            return of(id.toString(), lists);
        }
    }

    /** A stored version, parsed; the active one is taken from the active lists instead of parsed again. */
    static ListVersion load(AppContext ctx, VersionInfo v) throws IOException, ListFormatException {
        Optional<ListVersion> active = ctx.activeLists().version(v.source());
        if (active.isPresent() && active.get().id().equals(v.id())) {
            return active.get();
        }
        return ctx.store().load(v);
    }

    public static String entityHref(String id) {
        return "/entities/" + url(id);
    }

    public static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String minute(Instant t) {
        return MINUTE.format(t);
    }

    static String second(Instant t) {
        return SECOND.format(t);
    }

    static String day(Instant t) {
        return DAY.format(t);
    }

    static String score(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    static String two(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    static String signed(double s) {
        return String.format(Locale.ROOT, "%+.2f", s);
    }
}
