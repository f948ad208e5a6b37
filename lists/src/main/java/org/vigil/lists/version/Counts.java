package org.vigil.lists.version;

import java.util.Collection;
import org.vigil.lists.model.Entity;

/** How many records, by schema, and how many names and links a list version holds. */
public record Counts(int entities, int persons, int organizations, int vessels, int aircraft, int unknown, int names,
                     int links) {

    public static Counts of(Collection<Entity> entities) {
        int p = 0;
        int o = 0;
        int v = 0;
        int a = 0;
        int u = 0;
        int names = 0;
        int links = 0;
        for (Entity e : entities) {
            switch (e.schema()) {
                case PERSON -> p++;
                case ORGANIZATION -> o++;
                case VESSEL -> v++;
                case AIRCRAFT -> a++;
                case UNKNOWN -> u++;
            }
            names += e.names().size();
            links += e.links().size();
        }
        return new Counts(entities.size(), p, o, v, a, u, names, links);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(entities).append(" records (");
        b.append(persons).append(" persons, ").append(organizations).append(" organizations");
        if (vessels > 0) {
            b.append(", ").append(vessels).append(" vessels");
        }
        if (aircraft > 0) {
            b.append(", ").append(aircraft).append(" aircraft");
        }
        if (unknown > 0) {
            b.append(", ").append(unknown).append(" other");
        }
        return b.append("), ").append(names).append(" names").toString();
    }
}
