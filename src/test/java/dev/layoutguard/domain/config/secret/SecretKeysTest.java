package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SecretKeysTest {

    private final SecretKeys keys = new SecretKeys(Presets.maven().config().secretKeys());

    @Test
    void splitsKeysIntoLowerCaseWords() {
        assertEquals(List.of("spring", "datasource", "password"), SecretKeys.words("spring.datasource.password"));
        assertEquals(List.of("db", "password"), SecretKeys.words("DB_PASSWORD"));
        assertEquals(List.of("api", "key"), SecretKeys.words("apiKey"));
        assertEquals(List.of("api", "key"), SecretKeys.words("APIKey"));
        assertEquals(List.of("client", "secret"), SecretKeys.words("client-secret"));
        assertEquals(List.of("password", "2"), SecretKeys.words("password2"));
        assertEquals(List.of("server", "prod", "token"), SecretKeys.words("[server \"prod\"].token"));
        assertEquals(List.of(), SecretKeys.words("--"));
    }

    @Test
    void keysEndingWithASecretWordNameASecret() {
        List<String> secret = List.of("password", "db.password", "spring.datasource.password", "DB_PASSWORD",
                "dbPassword", "keyPassword", "admin_pwd", "passwd", "ssh_passphrase", "secret", "jwt.secret",
                "clientSecret", "client_secret", "SECRET_KEY", "aws_secret_access_key", "AWS_SECRET_ACCESS_KEY",
                "token", "auth_token", "accessToken", "GITHUB_TOKEN", "api_key", "apiKey", "x-api-key", "APIKEY",
                "private_key", "privateKey", "credentials", "credential", "dbpassword", "clientsecret", "accesstoken",
                "password2", "password_1");
        assertEquals(List.of(), secret.stream().filter(key -> !keys.names(key)).toList());
    }

    @Test
    void lookAlikesThatOnlyMentionASecretWordDoNot() {
        List<String> lookAlikes = List.of("password_policy", "password.min-length", "passwordEncoder",
                "password_file", "password_required", "passwordless", "token_ttl", "token-expiry",
                "tokenUrl", "token_endpoint", "token_type", "tokenizer", "secret_name", "secretRef",
                "secretKeyRef", "credentials_path", "credentialsFile", "credential.helper", "api_key_header",
                "private_key_path", "private_key_id", "aws_access_key_id", "cache_key", "key", "pass", "username",
                "spin", "", "2");
        assertEquals(List.of(), lookAlikes.stream().filter(keys::names).toList());
    }

    @Test
    void pluralsNameCollectionsOfSecretsAndTheirMembers() {
        List<String> secret = List.of("passwords", "db.passwords", "tokens", "API_TOKENS", "api_keys", "apiKeys",
                "passphrases", "tokens.github", "passwords.admin", "users.passwords.alice", "apiKeys.stripe");
        assertEquals(List.of(), secret.stream().filter(key -> !keys.names(key)).toList());
    }

    @Test
    void countsAttributesAndCollectionsNamedSecretsAreNoCollectionsOfSecrets() {
        List<String> lookAlikes = List.of("max_tokens", "maxTokens", "num_tokens", "total_tokens", "tokens.ttl",
                "tokens.type", "passwords.min_length", "secrets", "secrets.db_password.file", "jobs.x.secrets",
                "credentials.username", "credentials.location", "tokenizers.default", "keys.primary",
                "tokens.github.owner");
        assertEquals(List.of(), lookAlikes.stream().filter(keys::names).toList());
    }

    @Test
    void configuredWordsExtendTheSecretWords() {
        SecretKeys extended = new SecretKeys(Stream.concat(Presets.maven().config().secretKeys().stream(),
                Stream.of("signing_key", "pin")).collect(Collectors.toList()));

        assertEquals(List.of(true, true, true, false), Stream.of("jwt.signing-key", "signingKey", "card_pin", "spin")
                .map(extended::names).toList());
    }
}
