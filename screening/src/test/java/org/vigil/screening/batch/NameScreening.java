package org.vigil.screening.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.MatchIndex;
import org.vigil.match.index.Screener;

/**
 * A small real {@link RowScreening} for the service tests: the matching engine over a few entities, results as a
 * short JSON line ({@code {"row":..,"name":..,"matches":[ids]}}) and CSV ({@code row,name,match}). The application's
 * screening (the CLI's formats over the live index) is tested in the app module.
 */
final class NameScreening implements RowScreening {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Screener screener;

    NameScreening(List<Entity> entities) {
        this.screener = new Screener(MatchIndex.build(entities));
    }

    @Override
    public Optional<Problem> check(BatchInput row) {
        if (row.name().isEmpty()) {
            return Optional.of(new Problem("name", "required, must not be blank"));
        }
        if (!row.dob().isEmpty() && FuzzyDate.tryParseIso(row.dob()).isEmpty()) {
            return Optional.of(new Problem("dob", "invalid date '" + row.dob() + "'"));
        }
        return Optional.empty();
    }

    @Override
    public Optional<Problem> check(BatchOptions options) {
        for (String s : options.sources()) {
            if (!screener.index().sources().contains(s)) {
                return Optional.of(new Problem("sources", "unknown source '" + s + "'"));
            }
        }
        return Optional.empty();
    }

    @Override
    public RowResult screen(long row, BatchInput input, BatchOptions options) {
        Query q = Query.name(input.name());
        if (!input.dob().isEmpty()) {
            q = q.withBirthDate(FuzzyDate.tryParseIso(input.dob()).orElseThrow());
        }
        List<Match> matches = screener.screen(q, new ScreenOptions(options.threshold(), options.limit(),
                Set.copyOf(options.sources()))).matches();
        ObjectNode o = JSON.createObjectNode().put("row", row).put("id", input.id()).put("name", input.name());
        ArrayNode ids = o.putArray("matches");
        matches.forEach(m -> ids.add(m.id().toString()));
        String csv = row + "," + input.name() + "," + (matches.isEmpty() ? "" : matches.get(0).id()) + "\r\n";
        return new RowResult(o.toString(), csv, matches.size());
    }

    @Override
    public String csvHeader() {
        return "row,name,match\r\n";
    }
}
