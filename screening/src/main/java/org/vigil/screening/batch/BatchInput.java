package org.vigil.screening.batch;

/**
 * One row of an uploaded file as written (cells stripped; "" when the file has no such column or the cell is empty):
 * the same columns as {@code vigil screen --input}.
 */
public record BatchInput(String id, String name, String type, String dob, String country, String gender) {
    public BatchInput {
        id = clean(id);
        name = clean(name);
        type = clean(type);
        dob = clean(dob);
        country = clean(country);
        gender = clean(gender);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
