package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigFormatTest {

    @Test
    void knowsTheFormatByTheFileName() {
        assertEquals(List.of(ConfigFormat.YAML, ConfigFormat.YAML, ConfigFormat.PROPERTIES, ConfigFormat.DOTENV,
                ConfigFormat.DOTENV, ConfigFormat.DOTENV, ConfigFormat.INI, ConfigFormat.INI, ConfigFormat.TOML,
                ConfigFormat.JSON, ConfigFormat.XML, ConfigFormat.TEXT, ConfigFormat.TEXT),
                List.of("a.yml", "B.YAML", "app.properties", ".env", ".env.local", "production.env", "setup.cfg",
                        "tox.ini", "pyproject.toml", "package.json", "pom.xml", "settings_prod.py", "Makefile")
                        .stream().map(ConfigFormat::of).toList());
    }
}
