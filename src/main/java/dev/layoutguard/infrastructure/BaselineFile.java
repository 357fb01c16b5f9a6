package dev.layoutguard.infrastructure;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.layoutguard.application.Baseline;
import dev.layoutguard.application.BaselineEntry;
import dev.layoutguard.application.BaselineStore;
import dev.layoutguard.application.IoReason;
import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and writes the baseline file: JSON with one entry per key, sorted by rule, path and reference, indented,
 * with a trailing newline, so that its diffs stay small. A file that cannot be read or does not hold a baseline is
 * an {@link IOException} saying what is wrong, never an empty baseline.
 *
 * <pre>{@code
 * {
 *   "tool": "layoutguard",
 *   "format": 1,
 *   "entries": [
 *     {
 *       "rule": "root-prohibited",
 *       "path": "Dockerfile",
 *       "count": 1
 *     }
 *   ]
 * }
 * }</pre>
 */
public final class BaselineFile implements BaselineStore {

    /** The version of the file's format this plugin writes and reads. */
    public static final int FORMAT = 1;

    /** The mark of a baseline file, which stays in one that a merge or an editor damaged. */
    private static final Pattern OURS = Pattern.compile("\"tool\"\\s*:\\s*\"" + Report.TOOL + "\"");

    /**
     * The baseline in a file, or empty when there is no file.
     *
     * @throws IOException saying what is wrong when the file cannot be read or is not a baseline
     */
    @Override
    public Optional<Baseline> read(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            throw new IOException("it is a directory, not a file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("it is a link to a file that does not exist");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException("permission denied");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("it is not UTF-8 text");
        }
        if (text.isBlank()) {
            throw new IOException("it is empty");
        }
        return Optional.of(parse(new StringReader(text)));
    }

    /**
     * Writes a baseline, replacing the file in one step so that a failed write never leaves half a file, keeping the
     * file's permissions ({@link FileReplacement}). Only a LayoutGuard baseline is replaced, damaged or not: a file
     * without the baseline's {@code "tool": "layoutguard"} is someone else's, and is refused.
     *
     * @throws IOException saying why, when the file is not a baseline or cannot be written
     */
    @Override
    public void write(Baseline baseline, Path file) throws IOException {
        String text = format(baseline);
        refuseOthers(file);
        FileReplacement.write(file, out -> out.write(text));
    }

    /** Refuses to replace a file that is not a LayoutGuard baseline; an empty file or none at all is fine. */
    private static void refuseOthers(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException("it cannot be read to make sure it is a baseline (" + IoReason.of(e) + ")", e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isBlank() && !OURS.matcher(text).find()) {
            throw new IOException("it is not a LayoutGuard baseline (it lacks \"tool\": \"" + Report.TOOL
                    + "\"), and the baseline goal replaces only its own files; point layout.baseline at another "
                    + "file, or delete this one first");
        }
    }

    /** The text of a baseline file, with {@code \n} line ends whatever the platform. */
    public String format(Baseline baseline) throws IOException {
        StringWriter out = new StringWriter();
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.beginObject();
        json.name("tool").value(Report.TOOL);
        json.name("format").value(FORMAT);
        json.name("entries").beginArray();
        for (BaselineEntry entry : baseline.entries()) {
            json.beginObject();
            json.name("rule").value(entry.rule().id());
            json.name("path").value(entry.path());
            if (entry.reference() != null) {
                json.name("reference").value(entry.reference());
            }
            json.name("count").value(entry.count());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
        return out + "\n";
    }

    /** Parses a baseline, naming the place of the first problem. */
    Baseline parse(Reader text) throws IOException {
        JsonReader json = new JsonReader(text);
        json.setStrictness(Strictness.STRICT);
        try {
            List<BaselineEntry> entries = null;
            expect(json, JsonToken.BEGIN_OBJECT, "a JSON object");
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                switch (name) {
                    case "format" -> {
                        expect(json, JsonToken.NUMBER, "a number");
                        int format = json.nextInt();
                        if (format != FORMAT) {
                            throw new IOException("it has format " + format + ", and this version of LayoutGuard reads "
                                    + "format " + FORMAT + (format > FORMAT ? "; it was written by a newer version" : ""));
                        }
                    }
                    case "entries" -> entries = entries(json);
                    default -> json.skipValue();
                }
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("it has text after the baseline object at " + where(json));
            }
            if (entries == null) {
                throw new IOException("it has no \"entries\" list");
            }
            return Baseline.of(entries);
        } catch (com.google.gson.JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new IOException("it is not valid JSON: " + plain(e.getMessage()));
        } catch (java.io.EOFException e) {
            throw new IOException("it ends too early: " + plain(e.getMessage()));
        } catch (com.google.gson.stream.MalformedJsonException e) {
            throw new IOException("it is not valid JSON: " + plain(e.getMessage()));
        }
    }

    private static List<BaselineEntry> entries(JsonReader json) throws IOException {
        expect(json, JsonToken.BEGIN_ARRAY, "a list");
        List<BaselineEntry> entries = new ArrayList<>();
        json.beginArray();
        while (json.hasNext()) {
            entries.add(entry(json));
        }
        json.endArray();
        return entries;
    }

    private static BaselineEntry entry(JsonReader json) throws IOException {
        expect(json, JsonToken.BEGIN_OBJECT, "an object");
        String at = json.getPath();
        json.beginObject();
        String rule = null;
        String path = null;
        String reference = null;
        int count = 1;
        while (json.hasNext()) {
            String name = json.nextName();
            switch (name) {
                case "rule" -> rule = string(json);
                case "path" -> path = string(json);
                case "reference" -> reference = json.peek() == JsonToken.NULL ? nullValue(json) : string(json);
                case "count" -> count = count(json, at);
                default -> json.skipValue();
            }
        }
        json.endObject();
        if (rule == null || path == null) {
            throw new IOException("the entry at " + at + " lacks " + (rule == null ? "\"rule\"" : "\"path\""));
        }
        String id = rule;
        RuleId known = RuleId.of(id).orElseThrow(() -> new IOException("the entry at " + at + " has the unknown rule id '"
                + id + "' (known ids: " + RuleId.known() + ")"));
        try {
            return new BaselineEntry(known, path, reference, count);
        } catch (IllegalArgumentException e) {
            throw new IOException("the entry at " + at + " is invalid: " + e.getMessage());
        }
    }

    /** A count: a whole number that fits, so that adding counts up can never wrap around. */
    private static int count(JsonReader json, String at) throws IOException {
        expect(json, JsonToken.NUMBER, "a whole number");
        String number = json.nextString();
        if (!number.matches("[0-9]{1,10}") || Long.parseLong(number) > Integer.MAX_VALUE) {
            throw new IOException("the entry at " + at + " has a count that is not a whole number from 1 to "
                    + Integer.MAX_VALUE);
        }
        return Integer.parseInt(number);
    }

    private static String string(JsonReader json) throws IOException {
        expect(json, JsonToken.STRING, "a string");
        return json.nextString();
    }

    private static String nullValue(JsonReader json) throws IOException {
        json.nextNull();
        return null;
    }

    private static void expect(JsonReader json, JsonToken token, String what) throws IOException {
        JsonToken found = json.peek();
        if (found != token) {
            throw new IOException("expected " + what + " at " + where(json) + " but found "
                    + found.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
    }

    private static String where(JsonReader json) {
        return json.getPath();
    }

    /** Gson's message without its advice to programmers and its link to the troubleshooting guide. */
    private static String plain(String message) {
        if (message == null) {
            return "unreadable";
        }
        int see = message.indexOf("\nSee ");
        String plain = see < 0 ? message : message.substring(0, see);
        return plain.replaceFirst("^Use JsonReader\\.setStrictness\\(Strictness\\.LENIENT\\) to accept malformed JSON",
                "unexpected text");
    }
}
