package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretValuesTest {

    private final SecretKeys keys = new SecretKeys(Presets.python().config().secretKeys());

    @Test
    void plainValuesAreLiteral() {
        List<String> literal = List.of("hunter2", "s3cr3t-V4lue", "123456", "changeme", "password",
                "prefix-${SUFFIX}", "$lowercaseStart", "{not base64!}", "X");
        assertEquals(List.of(), literal.stream().filter(value -> !SecretValues.literal(value)).toList());
    }

    @Test
    void emptyValuesPlaceholdersMasksAndBooleansAreNot() {
        List<String> notLiteral = List.of("", "   ", "${DB_PASSWORD}", "${DB_PASSWORD:}", "${DB_PASSWORD:default}",
                "${A:${B}}", "#{systemEnvironment['X']}", "$DB_PASSWORD", "{{ vault_password }}", "@db.password@",
                "%(password)s", "${A}${B}", "<your-password>", "****", "xxxxxx", "XXX", "true", "False", "null", "~",
                "none", "{COQLCE6DU6GtcS5P=}");
        assertEquals(List.of(), notLiteral.stream().filter(SecretValues::literal).toList());
    }

    @Test
    void unclosedPlaceholdersAreLiteral() {
        assertEquals(List.of(true, true), List.of("${DB_PASSWORD", "{{ x").stream().map(SecretValues::literal)
                .toList());
    }

    @Test
    void urlsWithALiteralPasswordAreSecrets() {
        List<String> secret = List.of("postgres://app:s3cret@db:5432/shop", "https://user:pa55@example.org",
                "jdbc:mysql://db/shop?user=root&password=s3cret", "amqp://guest:guest@localhost",
                "see redis://:onlypass@cache:6379/0 for details", "mongodb://a:b@h1,c:d@h2/db");
        assertEquals(List.of(), secret.stream().filter(url -> !SecretValues.urlPassword(url, keys)).toList());
    }

    @Test
    void urlsWithoutAPasswordOrWithAPlaceholderAreNot() {
        List<String> fine = List.of("postgres://app@db:5432/shop", "https://example.org/a:b@c",
                "postgres://app:${DB_PASSWORD}@db/shop", "postgres://app:@db/shop", "https://host/?token_ttl=5",
                "jdbc:mysql://db/shop?user=root&password=", "jdbc:mysql://db/shop?password=${DB_PASSWORD}",
                "mailto:someone@example.org", "just text: with colon @ and at", "https://example.org?a=b#x:y@z");
        assertEquals(List.of(), fine.stream().filter(url -> SecretValues.urlPassword(url, keys)).toList());
    }
}
