package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.config.secret.SecretValues.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretValuesTest {

    /** The values whose kind is not the expected one, with the kind they got. */
    private static Map<String, Kind> misjudged(Kind expected, List<String> values) {
        Map<String, Kind> wrong = new LinkedHashMap<>();
        values.forEach(value -> {
            if (SecretValues.kind(value) != expected) {
                wrong.put(value, SecretValues.kind(value));
            }
        });
        return wrong;
    }

    @Test
    void plainValuesAreLiteral() {
        assertEquals(Map.of(), misjudged(Kind.LITERAL, List.of("hunter2", "s3cr3t-V4lue", "123456", "password",
                "petclinic", "abc123", "$lowercaseStart", "{not base64!}", "X", "xx", "Pa$SWORD1",
                "Qv7TzR2mWx9KpL4s-${SUFFIX}", "my-secret-password", "ADMIN", "/9j/4AAQSkZJRgABAQ+AAQABAAD=")));
    }

    @Test
    void absentValuesAreNot() {
        assertEquals(Map.of(), misjudged(Kind.ABSENT, List.of("", "   ", "true", "False", "null", "~", "none")));
    }

    @Test
    void placeholdersAreNot() {
        assertEquals(Map.of(), misjudged(Kind.PLACEHOLDER, List.of("your_password_here", "YOUR-API-KEY",
                "CHANGE_ME", "changeme", "ChangeMe", "changeit", "REPLACE_WITH_YOUR_TOKEN", "<value>",
                "<your-password>", "xxx", "XXXX-XXXX", "****", "...", "example", "sk_test_example123",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "token-goes-here", "dummy")));
    }

    @Test
    void everyTemplatingSyntaxIsATemplate() {
        assertEquals(Map.of(), misjudged(Kind.TEMPLATE, List.of("${DB_PASSWORD}", "${DB_PASSWORD:}",
                "${DB_PASSWORD:default}", "${A:${B}}", "#{systemEnvironment['X']}", "$DB_PASSWORD",
                "$(SONATYPE_PASSWORD)", "$(DB_PASSWORD)", "{{ .Values.password }}", "{{ vault_password }}",
                "{{- .Values.db.password | b64enc }}", "${{ secrets.PYPI_TOKEN }}", "%(password)s", "@db.password@",
                "${A}${B}", "%DB_PASSWORD%", "$next-version$", "#{DbPassword}#", "$[variables.token]",
                "{% raw %}", "<%= ENV['TOKEN'] %>", "Bearer ${TOKEN}", "prefix-${SUFFIX}")));
    }

    @Test
    void encryptedValuesAreNot() {
        assertEquals(Map.of(), misjudged(Kind.ENCRYPTED, List.of("{COQLCE6DU6GtcS5P=}", "ENC(G6N718UuyPE5bHyWKyuLQ==)",
                "ENC[AES256_GCM,data:Tr7o,iv:1=,tag:2=,type:str]", "{cipher}AQBQk2x")));
    }

    @Test
    void valuesThatNameASecretAreReferences() {
        assertEquals(Map.of(), misjudged(Kind.REFERENCE, List.of("DB_PASSWORD", "PYPI_TOKEN", "AWS_SECRET_ACCESS_KEY",
                "/run/secrets/db_password", "./keys/app.pem", "~/.ssh/id_rsa.pub", "service-account.json",
                "classpath:keystore.jks", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db",
                "vault:secret/data/shop#password", "projects/shop/secrets/db/versions/latest")));
    }

    @Test
    void aGeneratedValueIsNeverANameOrAPath() {
        assertEquals(Map.of(), misjudged(Kind.LITERAL, List.of("/Qv7TzR2mWx9KpL4s", "QV7TZR2MWX9_KPL4S8Q",
                "Zq8vWm3RtKp9${X}")));
    }

    @Test
    void accessLevelsArePermissions() {
        assertEquals(Map.of(), misjudged(Kind.PERMISSION, List.of("write", "read", "read-all", "write-all")));
    }

    @Test
    void anObjectNameUnderAKubernetesOrHelmKeyIsAReference() {
        assertEquals(Kind.REFERENCE, SecretValues.kind("metadata.annotations.nginx.ingress.kubernetes.io/auth-secret",
                "monitoring-auth"));
        assertEquals(Kind.REFERENCE, SecretValues.kind("spec.data.secretKey", "db-password"));
        assertEquals(Kind.REFERENCE, SecretValues.kind("postgresql.auth.existingSecret", "shop-db"));
    }

    @Test
    void theSameNameElsewhereOrAGeneratedOneIsLiteral() {
        assertEquals(Kind.LITERAL, SecretValues.kind("jwt.secret", "my-super-secret"));
        assertEquals(Kind.LITERAL, SecretValues.kind("stringData.password", "shop-db"));
        assertEquals(Kind.LITERAL, SecretValues.kind("spec.secret", "qv7tzr2m-wx9kpl4s-8d3f"));
    }
}
