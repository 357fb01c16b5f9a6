package dev.layoutguard.domain.config.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a key names a secret: its last words are one of the secret words, so {@code db.password},
 * {@code DB_PASSWORD}, {@code apiKey} and {@code clientsecret} do, while {@code password_policy},
 * {@code token_ttl}, {@code max_tokens} and {@code secretKeyRef} do not.
 */
public final class SecretKeys {

    /** A glued word ending in a term counts only when the term is at least this long ({@code pwd} is too short). */
    private static final int MIN_GLUED_LENGTH = 5;

    private final List<List<String>> terms = new ArrayList<>();
    /** The last word of every term: a key that ends with none of them names no secret. */
    private final List<String> lastWords = new ArrayList<>();

    /**
     * @param words the secret words as configured ({@code password}, {@code api_key}, {@code secret_access_key})
     */
    public SecretKeys(List<String> words) {
        for (String word : words) {
            List<String> term = words(word);
            if (!term.isEmpty()) {
                terms.add(term);
                if (!lastWords.contains(term.get(term.size() - 1))) {
                    lastWords.add(term.get(term.size() - 1));
                }
            }
        }
    }

    /** Whether the key, read as words, ends with a secret word. */
    public boolean names(String key) {
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
