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

    /** The format of a file, by its name. */
    public static ConfigFormat of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(".env") || lower.startsWith(".env.") || lower.endsWith(".env")) {
            return DOTENV;
        }
        int dot = lower.lastIndexOf('.');
        return switch (dot < 0 ? "" : lower.substring(dot + 1)) {
            case "yml", "yaml" -> YAML;
            case "properties" -> PROPERTIES;
            case "ini", "cfg" -> INI;
            case "toml" -> TOML;
            case "json" -> JSON;
            case "xml" -> XML;
            default -> TEXT;
        };
    }
}
