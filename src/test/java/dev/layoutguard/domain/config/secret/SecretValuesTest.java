package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretValuesTest {

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
}
