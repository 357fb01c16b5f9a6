package dev.layoutguard.domain.config.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a key names a secret: its last words are one of the secret words, so {@code db.password},
 * {@code DB_PASSWORD}, {@code apiKey} and {@code clientsecret} do, while {@code password_policy},
 * {@code token_ttl} and {@code secretKeyRef} do not. A plural names a collection of secrets: {@code passwords},
 * {@code api_keys}, and each member of one, {@code tokens.github}, but not a count ({@code max_tokens}), an
 * attribute of the collection ({@code tokens.ttl}) or of a member ({@code tokens.github.owner}). {@code secrets}
 * is no such plural: a collection named so configures a secret store or passes secrets on ({@code secrets: inherit}).
 */
public final class SecretKeys {

    /** A glued word ending in a term counts only when the term is at least this long ({@code pwd} is too short). */
    private static final int MIN_GLUED_LENGTH = 5;

    /** Words before a plural that make it a count. */
    private static final Set<String> QUANTITIES = Set.of("max", "min", "num", "number", "total", "count", "limit",
            "allowed");
    /** Last words of a member of a collection of secrets that name an attribute of the collection instead. */
    private static final Set<String> ATTRIBUTES = Set.of("type", "ttl", "url", "uri", "path", "file", "name", "id",
            "length", "expiry", "expires", "lifetime", "enabled", "provider", "store", "backend", "format", "prefix",
            "scope", "scopes", "endpoint", "issuer", "audience", "algorithm", "size", "count", "min", "max", "header",
            "policy", "location", "dir", "directory", "source", "ref", "mode", "version");

    private final List<List<String>> terms = new ArrayList<>();
    /** The terms with their last word in the plural ({@code api_keys}), for the terms that have one. */
    private final List<List<String>> plurals = new ArrayList<>();
    /** The last word of every plural with a {@code .} after it, which a member's key holds. */
    private final List<String> pluralWords = new ArrayList<>();
    /** The last word of every term and plural: a key that ends with none of them names no secret. */
    private final List<String> lastWords = new ArrayList<>();

    /**
     * @param words the secret words as configured ({@code password}, {@code api_key}, {@code secret_access_key})
     */
    public SecretKeys(List<String> words) {
        List<String> written = words.stream().map(SecretKeys::words).map(term -> String.join(" ", term)).toList();
        for (String word : words) {
            List<String> term = words(word);
            if (term.isEmpty()) {
                continue;
            }
            terms.add(term);
            String last = term.get(term.size() - 1);
            addLastWord(last);
            List<String> plural = new ArrayList<>(term);
            plural.set(plural.size() - 1, last + "s");
            // a plural written as a word of its own ("credentials") names one secret, not a collection
            if (!last.endsWith("s") && !last.equals("secret") && !isNumber(last)
                    && !written.contains(String.join(" ", plural))) {
                plurals.add(plural);
                pluralWords.add(last + "s.");
                addLastWord(last + "s");
            }
        }
    }

    private void addLastWord(String word) {
        if (!lastWords.contains(word)) {
            lastWords.add(word);
        }
    }

    /** Whether the key, read as words, ends with a secret word, or is a member of a collection of secrets. */
    public boolean names(String key) {
        return endsWithASecretWord(key) || memberOfPlural(key);
    }

    private boolean endsWithASecretWord(String key) {
        if (!endsWithALastWord(key)) {
            return false;
        }
        List<String> words = words(key);
        while (!words.isEmpty() && isNumber(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        for (List<String> term : terms) {
            if (endsWith(words, term)) {
                return true;
            }
            String glued = String.join("", term);
            if (glued.length() >= MIN_GLUED_LENGTH && last.endsWith(glued)) {
                return true;
            }
        }
        return plural(words, words.size());
    }

    /** Whether the words before {@code end} end with a plural that is not a count. */
    private boolean plural(List<String> words, int end) {
        for (List<String> plural : plurals) {
            int offset = end - plural.size();
            if (endsWith(words.subList(0, end), plural)
                    && (offset == 0 || !QUANTITIES.contains(words.get(offset - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code tokens.github}, {@code passwords.admin}: a member of a collection of secrets, the key right below the
     * plural. Deeper keys ({@code tokens.github.owner}) describe a member.
     */
    private boolean memberOfPlural(String key) {
        int dot = key.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        if (!containsPluralWord(key.toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<String> member = words(key.substring(dot + 1));
        List<String> collection = words(key.substring(key.lastIndexOf('.', dot - 1) + 1, dot));
        return !member.isEmpty() && !ATTRIBUTES.contains(member.get(member.size() - 1)) && !collection.isEmpty()
                && plural(collection, collection.size());
    }

    /**
     * Whether a lower-case key holds the last word of a plural followed by a dot. A plain loop: asked of every key
     * with a dot in it (thousands in a large XML file), where a stream costs far more in a JVM that has just started.
     */
    private boolean containsPluralWord(String lower) {
        for (String word : pluralWords) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quick test without allocation: whether the key, without its trailing digits and separators, ends with a
     * term's last word, ignoring case. Every key that names a secret passes it.
     */
    private boolean endsWithALastWord(String key) {
        int end = key.length();
        while (end > 0 && !Character.isLetter(key.charAt(end - 1))) {
            end--;
        }
        for (String word : lastWords) {
            if (end >= word.length() && key.regionMatches(true, end - word.length(), word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(List<String> words, List<String> term) {
        int offset = words.size() - term.size();
        if (offset < 0) {
            return false;
        }
        for (int i = 0; i < term.size(); i++) {
            if (!words.get(offset + i).equals(term.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A key's lower-case words: split at every character that is not a letter or digit, between a lower-case letter
     * and an upper-case one ({@code apiKey}), before the last capital of a run of capitals ({@code APIKey}), and
     * between letters and digits ({@code password2}).
     */
    public static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!TextLines.isWordChar(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && startsWord(key, i)) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    private static boolean startsWord(String key, int i) {
        char previous = key.charAt(i - 1);
        char c = key.charAt(i);
        if (Character.isDigit(previous) != Character.isDigit(c)) {
            return true;
        }
        if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
            return true;
        }
        return Character.isUpperCase(c) && Character.isUpperCase(previous) && i + 1 < key.length()
                && Character.isLowerCase(key.charAt(i + 1));
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    private static boolean isNumber(String word) {
        return Character.isDigit(word.charAt(0));
    }
}
