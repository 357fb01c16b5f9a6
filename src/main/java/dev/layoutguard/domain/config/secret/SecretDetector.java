package dev.layoutguard.domain.config.secret;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the literal secrets of one configuration file: keys that name a secret holding a literal value, URLs with
 * passwords, and well-known credential formats on any line, each line reported at most once. Values never leave
 * this class: findings carry the line, the key and the kind only.
 */
public final class SecretDetector {

    private final SecretKeys keys;

    public SecretDetector(SecretKeys keys) {
        this.keys = keys;
    }

    /** The secrets and syntax problems of a file's text. */
    public FileSecrets scan(ConfigFormat format, String text) {
        if (text.indexOf('\0') >= 0) {
            return new FileSecrets(List.of(), List.of(new SyntaxProblem(1, "it holds NUL bytes, so it is not text")));
        }
        TextLines lines = new TextLines(text);
        ParsedConfig parsed;
        try {
            parsed = format.scan(lines);
        } catch (RuntimeException unexpected) {
            parsed = new ParsedConfig();
            parsed.problem(1, "the file could not be read as " + format.label());
        }
        TreeMap<Integer, SecretFinding> byLine = new TreeMap<>();
        BitSet covered = new BitSet();
        String[] keyAt = new String[lines.count() + 2];
        Set<String> keysWithUrls = new HashSet<>();
        for (Assignment assignment : parsed.assignments()) {
            if (assignment.line() < keyAt.length && keyAt[assignment.line()] == null) {
                keyAt[assignment.line()] = assignment.key();
            }
            SecretKind kind = keys.names(assignment.key())
                    && SecretValues.kind(assignment.key(), assignment.value()) == SecretValues.Kind.LITERAL
                    ? SecretKind.SECRET_KEY
                    : UrlPasswords.present(assignment.value(), keys) || urlInKey(assignment.key(), keysWithUrls)
                            ? SecretKind.URL_PASSWORD : null;
            if (kind != null && !byLine.containsKey(assignment.line())) {
                byLine.put(assignment.line(), new SecretFinding(assignment.line(),
                        KeyRedactor.printable(assignment.key()), kind));
                covered.set(assignment.line(), assignment.endLine() + 1);
            }
        }
        for (int i = 0; i < lines.count(); i++) {
            int number = i + 1;
            if (covered.get(number)) {
                continue;
            }
            String line = lines.line(i);
            SecretKind kind = CredentialPatterns.find(line);
            if (kind == null && format == ConfigFormat.TEXT && UrlPasswords.present(line, keys)) {
                kind = SecretKind.URL_PASSWORD;
            }
            if (kind != null) {
                byLine.put(number, new SecretFinding(number, KeyRedactor.printable(keyAt[number]), kind));
            }
        }
        return new FileSecrets(List.copyOf(byLine.values()), parsed.problems());
    }

    /**
     * Whether a key holds a URL with a literal password (a registry in a Docker {@code config.json}, an INI section
     * named for a URL) that no earlier key of the file held: the keys under it share it, and it is reported once.
     */
    private boolean urlInKey(String key, Set<String> reported) {
        int end = UrlPasswords.end(key, keys);
        return end >= 0 && reported.add(key.substring(0, end));
    }
}
