package dev.pith.batch.io;

import java.util.Locale;

/**
 * The stable short codes that start every record's {@code error} ({@code "not-found: no such
 * file: a.html"}), so that users can count and filter failures without parsing prose, and the
 * prose can improve without breaking their scripts. The README's troubleshooting table lists them.
 */
public enum ErrorCode {
    /** A named file or directory does not exist. */
    NOT_FOUND,
    /** A file or directory exists but cannot be read (permissions, a device error). */
    UNREADABLE,
    /** A document, response or record line is larger than the limit. */
    TOO_LARGE,
    /** The input is not an HTML page (an image, a PDF, random bytes...). */
    NOT_HTML,
    /** The input is not text (binary bytes given to {@code pith clean}). */
    NOT_TEXT,
    /** The document took longer than its time budget. */
    TIMEOUT,
    /** The bytes are not valid in the encoding they must be in (a JSON line that is not UTF-8). */
    BAD_ENCODING,
    /** Compressed data (gzip, deflate, brotli) is damaged or of an unsupported kind. */
    BAD_COMPRESSION,
    /** A WARC record or its HTTP header cannot be read. */
    BAD_WARC,
    /** A JSON Lines record is not a JSON object with a {@code text} (or {@code html}) string. */
    BAD_RECORD,
    /** A URL is malformed, or not http(s). */
    BAD_URL,
    /** robots.txt forbids fetching the URL. */
    ROBOTS,
    /** A service refused to fetch the URL: its address is private, loopback, link-local or a metadata endpoint. */
    FORBIDDEN,
    /** The URL's host name does not resolve. */
    DNS,
    /** The server could not be reached, or the connection failed. */
    NETWORK,
    /** The server answered with an HTTP error status, or too many redirects. */
    HTTP,
    /** The output could not be written: a full disk, a closed pipe ({@code pith extract dir | head}). */
    OUTPUT,
    /** A failure inside Pith: please report it with the input. */
    INTERNAL;

    /** The code as records show it: lower case with dashes, e.g. {@code not-found}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The record's error text: the code, then the message. */
    public String describe(String message) {
        return label() + ": " + message;
    }
}
