package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlPasswordsTest {

    private final SecretKeys keys = new SecretKeys(Presets.python().config().secretKeys());

    @Test
    void urlsWithALiteralPasswordAreSecrets() {
        List<String> secret = List.of("postgres://app:s3cret@db:5432/shop", "https://user:pa55@example.org",
                "jdbc:mysql://db/shop?user=root&password=s3cret", "amqp://guest:guest@localhost",
                "see redis://:onlypass@cache:6379/0 for details", "mongodb://a:b@h1,c:d@h2/db");
        assertEquals(List.of(), secret.stream().filter(url -> !UrlPasswords.present(url, keys)).toList());
    }

    @Test
    void urlsWithoutAPasswordOrWithAPlaceholderAreNot() {
        List<String> fine = List.of("postgres://app@db:5432/shop", "https://example.org/a:b@c",
                "postgres://app:${DB_PASSWORD}@db/shop", "postgres://app:@db/shop", "https://host/?token_ttl=5",
                "jdbc:mysql://db/shop?user=root&password=", "jdbc:mysql://db/shop?password=${DB_PASSWORD}",
                "mailto:someone@example.org", "just text: with colon @ and at", "https://example.org?a=b#x:y@z");
        assertEquals(List.of(), fine.stream().filter(url -> UrlPasswords.present(url, keys)).toList());
    }

    @Test
    void aLongLineOfUrlsIsReadWithoutRunningAway() {
        assertEquals(false, UrlPasswords.present("http://a".repeat(50_000) + " " + "http://b?".repeat(50_000), keys));
    }
}
