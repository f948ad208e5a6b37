package org.vigil.bench.match;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.csv.CsvReader;
import org.vigil.lists.format.csv.CsvRecord;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.match.Query;

/**
 * One row of a yente fixture file (columns full_name, first_name, middle_name, last_name, gender, date_of_birth,
 * place_of_birth, nationality).
 */
public record YenteRow(int line, String fullName, String dateOfBirth, String nationality) {

    public static List<YenteRow> read(Path file) throws IOException {
        List<YenteRow> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             CsvReader csv = CsvReader.open(in, StandardCharsets.UTF_8, file.toString())) {
            Optional<CsvRecord> header = csv.next();
            if (header.isEmpty()) {
                return out;
            }
            List<String> h = header.get().fields().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
            int name = h.indexOf("full_name");
            int dob = h.indexOf("date_of_birth");
            int nat = h.indexOf("nationality");
            if (name < 0) {
                throw new IOException(file + ": no full_name column");
            }
            Optional<CsvRecord> r;
            while ((r = csv.next()).isPresent()) {
                CsvRecord rec = r.get();
                out.add(new YenteRow((int) rec.line(), rec.get(name).strip(), dob < 0 ? "" : rec.get(dob).strip(),
                        nat < 0 ? "" : rec.get(nat).strip()));
            }
        } catch (ListFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }

    /** The name-only query. */
    public Query nameQuery() {
        return Query.name(fullName);
    }

    /**
     * The query with the row's date of birth ({@link FuzzyDate#tryParseIso}) and nationality: a two-letter code
     * taken as is (ignored if it is not a known code), or a country name resolved with {@link Countries#resolve}.
     */
    public Query attributeQuery(boolean resolveNames) {
        Query q = Query.name(fullName);
        Optional<FuzzyDate> d = FuzzyDate.tryParseIso(dateOfBirth);
        if (d.isPresent()) {
            q = q.withBirthDate(d.get());
        }
        Optional<String> c = country(resolveNames);
        if (c.isPresent()) {
            q = q.withCountry(c.get());
        }
        return q;
    }

    Optional<String> country(boolean resolveNames) {
        if (nationality.isEmpty()) {
            return Optional.empty();
        }
        if (resolveNames) {
            return Countries.resolve(nationality);
        }
        String up = nationality.toUpperCase(Locale.ROOT);
        return up.length() == 2 && Countries.isCode(up) ? Optional.of(up) : Optional.empty();
    }

    public boolean hasBirthDate() {
        return FuzzyDate.tryParseIso(dateOfBirth).isPresent();
    }
}
