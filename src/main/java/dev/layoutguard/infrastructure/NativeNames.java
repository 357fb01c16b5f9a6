package dev.layoutguard.infrastructure;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * File names as the check reports them, whatever the JVM's file name encoding ({@code sun.jnu.encoding}): under a
 * POSIX locale ({@code LC_ALL=C}) the JVM decodes every non-ASCII byte of a name as U+FFFD, and a name that is not
 * valid UTF-8 decodes so under any locale. Such a name is read again from its bytes: as UTF-8 when it is valid
 * UTF-8 ({@code références}), else with each byte UTF-8 cannot take written {@code \xFF}. The walk keeps the paths
 * of those names, since the name as reported cannot be turned back into the path, so that reading a file finds it.
 * A UTF-8 name the JVM cannot encode ({@code Ünïcode_GUIDE.md} under a POSIX locale, where turning the string into a
 * path throws) becomes a path through its {@code file:} URI, whose escapes are the name's bytes: so a file is found,
 * and a new one ({@code fix}'s target) is created, under its real name whatever the locale.
 */
public final class NativeNames {

    private final Map<String, Path> paths = new ConcurrentHashMap<>();

    /** The name of an entry a directory listing gave, read from its bytes when the JVM could not decode it. */
    static String name(Path listed) {
        String decoded = listed.getFileName().toString();
        if (decoded.indexOf('\uFFFD') < 0) {
            return decoded;
        }
        return fromBytes(lastSegmentBytes(listed));
    }

    /** Whether the JVM decoded a name as given on disk, so the name resolves back to the same path. */
    static boolean exact(Path listed, String name) {
        return name.equals(listed.getFileName().toString()) && name.indexOf('\uFFFD') < 0;
    }

    /** Remembers the path of an entry whose reported name does not resolve back to it. */
    void remember(String relative, Path path) {
        paths.put(relative, path);
    }

    /** The path of a project-relative path as reported: through a remembered entry where one is on the way. */
    Path resolve(Path root, String relative) {
        if (!paths.isEmpty()) {
            for (int end = relative.length(); end > 0; end = relative.lastIndexOf('/', end - 1)) {
                Path known = paths.get(relative.substring(0, end));
                if (known != null) {
                    return end == relative.length() ? known : path(known, relative.substring(end + 1));
                }
            }
        }
        return path(root, relative);
    }

    /**
     * A {@code /}-separated relative path below a directory, as {@link Path#resolve(String)} gives it; when the JVM's
     * file name encoding cannot take the name, the path of its UTF-8 bytes.
     */
    public static Path path(Path directory, String relative) {
        try {
            return directory.resolve(relative);
        } catch (InvalidPathException unencodable) {
            return fromUtf8(directory, relative);
        }
    }

    /** The path whose last segments are the UTF-8 bytes of a relative path, built through its {@code file:} URI. */
    static Path fromUtf8(Path directory, String relative) {
        String base = directory.toAbsolutePath().toUri().toString();
        return Path.of(URI.create((base.endsWith("/") ? base : base + "/") + PercentEncoding.relative(relative)));
    }

    /**
     * A relative path below a directory as the check prints it: the resolved path's string, or, when the JVM's file
     * name encoding cannot take the name, the directory and the name as reported, so the real name is printed.
     */
    public static String text(Path directory, String relative) {
        try {
            return directory.resolve(relative).toString();
        } catch (InvalidPathException unencodable) {
            return directory + directory.getFileSystem().getSeparator() + relative;
        }
    }

    /** A relative path as {@code /}-separated text, each name read as the walk reads it, whatever the locale. */
    static String relative(Path relative) {
        if (relative.toString().indexOf('\uFFFD') < 0) {
            return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        }
        StringJoiner text = new StringJoiner("/");
        for (Path segment : relative) {
            text.add(name(segment));
        }
        return text.toString();
    }

    /** The bytes of the last segment of a path, from its URI, which escapes every byte the JVM could not decode. */
    private static byte[] lastSegmentBytes(Path listed) {
        String raw = listed.toAbsolutePath().toUri().getRawPath();
        if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        raw = raw.substring(raw.lastIndexOf('/') + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    /** A name's bytes as UTF-8, each byte UTF-8 cannot take written {@code \xFF}. */
    static String fromBytes(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException malformed) {
            StringBuilder name = new StringBuilder();
            int i = 0;
            while (i < bytes.length) {
                int length = sequenceLength(bytes, i);
                if (length > 0) {
                    name.append(new String(bytes, i, length, StandardCharsets.UTF_8));
                    i += length;
                } else {
                    name.append(String.format("\\x%02X", bytes[i] & 0xFF));
                    i++;
                }
            }
            return name.toString();
        }
    }

    /** The length of the valid UTF-8 sequence at {@code i}, or 0 when none starts there. */
    private static int sequenceLength(byte[] bytes, int i) {
        for (int length = 1; length <= 4 && i + length <= bytes.length; length++) {
            try {
                CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, i, length));
                if (decoded.length() > 0) {
                    return length;
                }
            } catch (CharacterCodingException notYet) {
                // a longer sequence may still be valid
            }
        }
        return 0;
    }
}
