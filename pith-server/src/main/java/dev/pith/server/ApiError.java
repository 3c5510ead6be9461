package dev.pith.server;

/**
 * A request the server answers with an error: an HTTP status, a stable machine-readable
 * {@code error} code and a message for people. Thrown by endpoints, turned into a JSON body
 * {@code {"error": code, "message": text}} by {@link Endpoint}.
 */
public final class ApiError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    static ApiError badJson(String message) {
        return new ApiError(400, "bad_json", message);
    }

    static ApiError missingField(String field, String message) {
        return new ApiError(400, "missing_field", "\"" + field + "\" is required: " + message);
    }

    static ApiError badField(String field, String message) {
        return new ApiError(400, "bad_field", "\"" + field + "\": " + message);
    }

    static ApiError tooLarge(String message) {
        return new ApiError(413, "too_large", message);
    }

    static ApiError unsupportedType(String type, String accepted) {
        return new ApiError(415, "unsupported_media_type",
                "Content-Type " + (type == null || type.isBlank() ? "(none)" : type) + " not accepted here; send "
                        + accepted);
    }

    static ApiError timeout(String message) {
        return new ApiError(504, "timeout", message);
    }

    static ApiError overloaded() {
        return new ApiError(503, "overloaded", "every worker is busy and the queue is full; retry later");
    }
}
