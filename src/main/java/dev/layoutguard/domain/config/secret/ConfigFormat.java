package dev.layoutguard.domain.config.secret;

import java.util.Locale;
import java.util.function.Function;

/** The formats whose keys the secret check reads; any other configuration file is read as plain text. */
public enum ConfigFormat {
    YAML("YAML", YamlScanner::scan),
    PROPERTIES("properties", PropertiesScanner::scan),
    DOTENV("dotenv", DotenvScanner::scan),
    INI("INI", IniScanner::scan),
    TOML("TOML", TomlScanner::scan),
    JSON("JSON", JsonScanner::scan),
    XML("XML", XmlScanner::scan),
    /** No keys: only credential formats and URLs with passwords are recognised, line by line. */
    TEXT("text", lines -> new ParsedConfig());

    private final String label;
    private final Function<TextLines, ParsedConfig> scanner;

    ConfigFormat(String label, Function<TextLines, ParsedConfig> scanner) {
        this.label = label;
        this.scanner = scanner;
    }

    /** The format's name as messages say it. */
    public String label() {
        return label;
    }

    ParsedConfig scan(TextLines lines) {
        return scanner.apply(lines);
    }

    /**
     * The format of a file, by its name. Message bundles ({@code messages.properties},
     * {@code ValidationMessages.properties}, {@code labels_de.properties}, {@code app_en_US.properties}) are read
     * as text: their keys name labels ({@code login.password=Password}), not secrets. So are lock files
     * ({@code package-lock.json}, {@code pnpm-lock.yaml}): their keys name packages ({@code gtoken}).
     */
    public static ConfigFormat of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(".env") || lower.startsWith(".env.") || lower.endsWith(".env")) {
            return DOTENV;
        }
        if (isLockFile(lower)) {
            return TEXT;
        }
        int dot = lower.lastIndexOf('.');
        return switch (dot < 0 ? "" : lower.substring(dot + 1)) {
            case "yml", "yaml" -> YAML;
            case "properties" -> isMessageBundle(name.substring(0, dot)) ? TEXT : PROPERTIES;
            case "ini", "cfg" -> INI;
            case "toml" -> TOML;
            case "json" -> JSON;
            case "xml" -> XML;
            default -> TEXT;
        };
    }

    /** {@code package-lock.json}, {@code npm-shrinkwrap.json}, {@code pnpm-lock.yaml}, {@code packages.lock.json}. */
    private static boolean isLockFile(String lower) {
        return lower.equals("npm-shrinkwrap.json") || lower.matches(".*[-.]lock\\.(json|ya?ml|toml)");
    }

    private static boolean isMessageBundle(String stem) {
        if (stem.startsWith("messages") || stem.startsWith("ValidationMessages")) {
            return true;
        }
        int end = stem.length();
        if (end > 3 && stem.charAt(end - 3) == '_' && isUpper(stem.charAt(end - 2)) && isUpper(stem.charAt(end - 1))) {
            end -= 3;
        }
        return end > 3 && stem.charAt(end - 3) == '_' && isLower(stem.charAt(end - 2)) && isLower(stem.charAt(end - 1));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
