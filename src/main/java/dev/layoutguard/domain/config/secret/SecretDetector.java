package dev.layoutguard.domain.config.secret;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the literal secrets of one configuration file: keys that name a secret holding a literal value, URLs with
 * passwords, and well-known credential formats on any line, each line reported at most once. What counts depends
 * on the file's {@link FileRole}. Values never leave this class: findings carry the line, the masked key and the
 * kind only.
 */
public final class SecretDetector {

    /** The most secrets reported for one file; past it a problem says how many more the file holds. */
    static final int MAX_SECRETS = 100;

    private final SecretKeys keys;

    public SecretDetector(SecretKeys keys) {
        this.keys = keys;
    }

    /** The secrets and syntax problems of the text of a configuration file a program reads. */
    public FileSecrets scan(ConfigFormat format, String text) {
        return scan(format, FileRole.CONFIGURATION, text);
    }

    /** The secrets and syntax problems of a file's text. */
    public FileSecrets scan(ConfigFormat format, FileRole role, String text) {
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
            if (role == FileRole.EXAMPLE || byLine.containsKey(assignment.line())) {
                continue;
            }
            SecretFinding found = assigned(assignment, role, keysWithUrls);
            Assignment embedded = found == null ? assignment.embedded() : null;
            if (embedded != null) {
                found = assigned(embedded, role, keysWithUrls);
            }
            if (found != null) {
                byLine.put(assignment.line(), found);
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
            UrlPasswords.Match url = kind == null && format == ConfigFormat.TEXT && role != FileRole.EXAMPLE
                    ? UrlPasswords.find(line, keys) : null;
            if (kind != null || url != null) {
                byLine.put(number, new SecretFinding(number, KeyRedactor.printable(keyAt[number]),
                        kind != null ? kind : SecretKind.URL_PASSWORD,
                        role == FileRole.TEST_DATA || url != null && throwawayUrl(role, url)));
            }
        }
        List<SecretFinding> secrets = List.copyOf(byLine.values());
        List<SyntaxProblem> problems = parsed.problems();
        if (secrets.size() > MAX_SECRETS) {
            problems = new ArrayList<>(problems);
            problems.add(new SyntaxProblem(secrets.get(MAX_SECRETS).line(), "it holds " + secrets.size()
                    + " secrets, and only the first " + MAX_SECRETS + " are reported"));
            secrets = secrets.subList(0, MAX_SECRETS);
        }
        return new FileSecrets(secrets, problems);
    }

    /** The secret an assignment holds, or {@code null}. */
    private SecretFinding assigned(Assignment assignment, FileRole role, Set<String> keysWithUrls) {
        String key = assignment.key();
        boolean throwaway = role == FileRole.TEST_DATA || role == FileRole.PIPELINE && serviceContainer(key);
        if (keys.names(key) && SecretValues.kind(key, assignment.value()) == SecretValues.Kind.LITERAL) {
            return new SecretFinding(assignment.line(), KeyRedactor.printable(key), SecretKind.SECRET_KEY, throwaway);
        }
        UrlPasswords.Match url = UrlPasswords.find(assignment.value(), keys);
        if (url != null) {
            return new SecretFinding(assignment.line(), KeyRedactor.printable(key), SecretKind.URL_PASSWORD,
                    throwaway || throwawayUrl(role, url));
        }
        SecretKind format = assignment.decoded() ? CredentialPatterns.find(assignment.value()) : null;
        if (format != null) {
            return new SecretFinding(assignment.line(), KeyRedactor.printable(key), format, throwaway);
        }
        url = UrlPasswords.find(key, keys);
        if (url != null && keysWithUrls.add(key.substring(0, url.passwordEnd()))) {
            return new SecretFinding(assignment.line(), KeyRedactor.printable(key), SecretKind.URL_PASSWORD,
                    role == FileRole.TEST_DATA);
        }
        return null;
    }

    private static boolean throwawayUrl(FileRole role, UrlPasswords.Match url) {
        return role == FileRole.TEST_DATA || role == FileRole.PIPELINE && UrlPasswords.local(url.host());
    }

    /**
     * Whether a pipeline's key configures a service container the pipeline starts for a job: under {@code services}
     * (GitHub Actions, GitLab CI, Bitbucket, Drone) or a CircleCI {@code docker} image's {@code environment}.
     */
    private static boolean serviceContainer(String key) {
        List<String> segments = List.of(key.split("\\."));
        int docker = segments.indexOf("docker");
        return segments.contains("services") || docker >= 0 && segments.indexOf("environment") > docker;
    }
}
