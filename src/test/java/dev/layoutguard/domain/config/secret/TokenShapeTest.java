package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenShapeTest {

    @Test
    void randomKeysHashesAndLongHighEntropyStringsLookGenerated() {
        List<String> generated = List.of("Qv7TzR2mWx9KpL4s", "Zq8vWm3RtKp9", "3f2c1e8a9b7d4c6e",
                "3f2c1e8a-9b7d-4c6e-8a1b-2c3d4e5f6a7b", "COQLCE6DU6GtcS5P=", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "sha512-AbCdEf0123456789+/abcdEFGH");
        assertEquals(List.of(), generated.stream().filter(text -> !TokenShape.generated(text)).toList());
    }

    @Test
    void identifiersWordsAndShortPasswordsDoNot() {
        List<String> written = List.of("oauth2ClientSecret", "identitytoken", "google-auth-library",
                "utf8mb4_unicode_ci", "spring-boot-starter-parent", "SONATYPE_PASSWORD", "Passw0rd", "hunter2",
                "a1B2c3D4e5F", "PASSWORDPASSWORD", "Qv7T zR2m Wx9K");
        assertEquals(List.of(), written.stream().filter(TokenShape::generated).toList());
    }
}
