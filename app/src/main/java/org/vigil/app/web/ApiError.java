package org.vigil.app.web;

/**
 * A request the API refuses: answered with {@code status} and {@code {"error": message, "field": field}}.
 *
 * @see ApiJson
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;

    public ApiError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiError badField(String field, String message) {
        return new ApiError(400, field, message);
    }

    public int status() {
        return status;
    }

    /** The request field at fault (e.g. {@code queries[2].dob}), or null when the request as a whole is. */
    public String field() {
        return field;
    }
}
