package dev.layoutguard.infrastructure;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns file paths into URIs as RFC 3986 wants them: every UTF-8 byte outside the unreserved characters
 * ({@code A-Z a-z 0-9 - . _ ~}) is percent-encoded, so spaces, {@code %}, {@code #}, {@code :}, backslashes in names
 * and non-ASCII letters survive the trip through tools that decode them.
 */
final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** A relative URI reference for a {@code /}-separated relative path. */
    static String relative(String path) {
        StringBuilder uri = new StringBuilder(path.length() + 16);
        for (String segment : path.split("/", -1)) {
            if (uri.length() > 0 || path.startsWith("/")) {
                uri.append('/');
            }
            encode(segment, false, uri);
        }
        return uri.toString();
    }

    /** The {@code file:} URI of a directory, ending in {@code /} as SARIF's base URIs must. */
    static String directory(Path directory) {
        String path = directory.toAbsolutePath().normalize().toString().replace(File.separatorChar, '/');
        StringBuilder uri = new StringBuilder("file://");
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                uri.append('/');
                encode(segment, true, uri);
            }
        }
        return uri.append('/').toString();
    }

    private static void encode(String segment, boolean allowColon, StringBuilder uri) {
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (unreserved(c) || (allowColon && c == ':')) {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
    }

    private static boolean unreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == '_' || c == '~';
    }
}
