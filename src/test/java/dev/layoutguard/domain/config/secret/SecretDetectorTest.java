package dev.layoutguard.domain.config.secret;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.preset.Presets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretDetectorTest {

    // Token-shaped test values are assembled from parts so that no secret scanner mistakes this file for a leak.
    private static final String GITHUB = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    private static final String SLACK = "xox" + "b-1234567890-abcdefghij";
    private static final String STRIPE = "sk_" + "live_4eC39HqLyjWDarjtT1zdp7dc";
    private static final String GOOGLE = "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q";
    private static final String AWS_ID = "AKIA" + "Q3EGRZLM7XKZ4JNP";

    private final SecretDetector detector = new SecretDetector(new SecretKeys(Presets.python().config().secretKeys()));

    private List<String> secrets(ConfigFormat format, String text) {
        return secrets(format, FileRole.CONFIGURATION, text);
    }

    /** Each secret as {@code line kind key}, and {@code throwaway} after those that are. */
    private List<String> secrets(ConfigFormat format, FileRole role, String text) {
        return detector.scan(format, role, text).secrets().stream()
                .map(secret -> secret.line() + " " + secret.kind().label() + " " + secret.key()
                        + (secret.throwaway() ? " throwaway" : ""))
                .toList();
    }

    @Test
    void flagsLiteralSecretsInYamlButNotItsLookAlikes() {
        assertEquals(List.of("3 secret-key spring.datasource.password", "4 url-password spring.datasource.url",
                "13 github-token ci.value", "15 private-key null", "18 secret-key tls.private_key"),
                secrets(ConfigFormat.YAML, """
                # the password is set in the vault, see docs
                spring.datasource:
                  password: 'hunter2-literal'
                  url: postgres://app:pw-literal@db/shop
                  replica-url: postgres://app@replica/shop
                  username: app
                password_policy: strict
                token_ttl: 3600
                api_key: ${API_KEY}
                client_secret: ${CLIENT_SECRET:}
                show_password: true
                empty_token:
                ci: {value: %s}
                pem: |
                  -----BEGIN RSA PRIVATE KEY-----
                  MIIEpAIBAAKCAQEA
                tls:
                  private_key: |
                    -----BEGIN PRIVATE KEY-----
                    MIIEvQIBADANBg
                """.formatted(GITHUB)));
    }

    @Test
    void flagsLiteralSecretsInProperties() {
        assertEquals(List.of("2 secret-key db.password", "3 secret-key db.token", "5 url-password db.url"),
                secrets(ConfigFormat.PROPERTIES, """
                # db.password=commented
                db.password = literal-one
                db.token: literal-\\
                    two
                db.url=jdbc:mysql://db/shop?user=app&password=literal-three
                db.password.policy=strict
                db.api_key=${API_KEY}
                db.secret=
                """));
    }

    @Test
    void flagsLiteralSecretsInDotenvFiles() {
        assertEquals(List.of("2 secret-key DB_PASSWORD", "3 slack-token WEBHOOK"), secrets(ConfigFormat.DOTENV, """
                DB_HOST=localhost
                DB_PASSWORD="literal-one"
                WEBHOOK=%s
                API_TOKEN=
                TOKEN_TTL=60
                # SECRET=commented
                GITHUB_TOKEN=${GITHUB_TOKEN}
                """.formatted(SLACK)));
    }

    @Test
    void flagsLiteralSecretsInIniFiles() {
        assertEquals(List.of("3 secret-key pypi.password", "7 aws-access-key-id aws.id"), secrets(ConfigFormat.INI, """
                [pypi]
                username = __token__
                password =
                    literal-on-the-next-line
                ; token = commented
                [aws]
                id = %s
                secret_name = prod/db
                """.formatted(AWS_ID)));
    }

    @Test
    void flagsLiteralSecretsInToml() {
        assertEquals(List.of("3 secret-key database.password", "4 secret-key database.credentials.token",
                "7 stripe-live-key payments.keys"), secrets(ConfigFormat.TOML, """
                [database]
                user = "app"
                password = "literal-one"
                credentials = { token = 'literal-two', token_type = "bearer" }
                max_tokens = 4096
                [payments]
                keys = ["%s"]
                password = "${PAYMENT_PASSWORD}"
                """.formatted(STRIPE)));
    }

    @Test
    void flagsLiteralSecretsInJson() {
        assertEquals(List.of("3 secret-key service.private_key", "4 google-api-key service.maps",
                "5 secret-key service.nested.apiKey"), secrets(ConfigFormat.JSON, """
                {"service": {
                  "private_key_id": "0123abcd",
                  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n",
                  "maps": "%s",
                  "nested": {"apiKey": 12345678, "passwordless": true, "token_url": "https://auth/token"}
                }}
                """.formatted(GOOGLE)));
    }

    @Test
    void flagsLiteralSecretsInXml() {
        assertEquals(List.of("3 secret-key password", "5 secret-key ds.password"), secrets(ConfigFormat.XML, """
                <server>
                  <username>deploy</username>
                  <password>literal-one</password>
                  <passphrase>${env.PASSPHRASE}</passphrase>
                  <ds password="literal-two" passwordPolicy="strict"/>
                  <encrypted><password>{COQLCE6DU6GtcS5P=}</password></encrypted>
                </server>
                """));
    }

    @Test
    void valuesThatNameTemplateOrGrantASecretAreNoSecretsInRealFiles() {
        assertEquals(List.of("19 secret-key jobs.publish.steps.with.password",
                "25 secret-key metadata.annotations.example.io/client-secret"), secrets(ConfigFormat.YAML, """
                permissions:
                  id-token: write
                jobs:
                  publish:
                    env:
                      SONATYPE_PASSWORD: $(SONATYPE_PASSWORD)
                    services:
                      db:
                        env:
                          POSTGRES_PASSWORD: ${{ secrets.DB_PASSWORD }}
                    steps:
                      - uses: actions/publish@v1
                        with:
                          token_secret: "PYPI_TOKEN"
                          api_key: CHANGE_ME
                          private_key: ./keys/deploy.pem
                          client_secret: {{ .Values.clientSecret }}
                          token: your_token_here
                          password: hunter2-literal
                ---
                metadata:
                  annotations:
                    nginx.ingress.kubernetes.io/auth-secret: monitoring-auth
                    example.io/api-token: ENC(G6N718UuyPE5bHyWKyuLQ==)
                    example.io/client-secret: Zq8vWm3R-tKp9Lx2N
                spec:
                  data:
                    - secretKey: DB_PASSWORD
                      remoteRef:
                        key: prod/db
                """));
    }

    @Test
    void anAntReplaceTokenIsNoSecret() {
        assertEquals(List.of("2 secret-key filter.token"), secrets(ConfigFormat.XML, """
                <replace token="$next-version$" value="${project.version}"/>
                <filter token="Hx7LpQ2sNv4T"/>
                """));
    }

    @Test
    void findsTheListFormOfComposeEnvironmentsAndCommandLineOptions() {
        assertEquals(List.of("5 secret-key services.db.environment.POSTGRES_PASSWORD",
                "8 secret-key services.app.command.db-password"), secrets(ConfigFormat.YAML, """
                services:
                  db:
                    environment:
                      - POSTGRES_USER=app
                      - POSTGRES_PASSWORD=abc123
                      - POSTGRES_DB=shop
                  app:
                    command: ["serve", "--db-password=abc123", "--token-ttl=60"]
                    environment:
                      - DB_PASSWORD=${DB_PASSWORD}
                      - API_TOKEN=
                """));
    }

    @Test
    void findsSecretsInCdataSectionsAndUnderPluralKeys() {
        assertEquals(List.of("2 secret-key password"), secrets(ConfigFormat.XML, """
                <datasource>
                  <password><![CDATA[Hx7Lp<Q2sNv4T]]></password>
                  <url><![CDATA[jdbc:h2:mem:test]]></url>
                </datasource>
                """));
        assertEquals(List.of("2 secret-key passwords", "3 secret-key passwords", "5 secret-key tokens.github"),
                secrets(ConfigFormat.YAML, """
                passwords:
                  - hunter2-literal
                  - hunter3-literal
                tokens:
                  github: hunter4-literal
                  ttl: 3600
                max_tokens: 4096
                """));
    }

    @Test
    void judgesAKubernetesSecretsDataAsTheTextItsBase64Encodes() {
        String pem = Base64.getEncoder().encodeToString("-----BEGIN PRIVATE KEY-----\nMIIEvQ\n".getBytes(UTF_8));
        // a binary value is judged as written, and a ConfigMap's data is no Base64
        assertEquals(List.of("8 secret-key data.password", "9 secret-key data.binary_token",
                "10 private-key data.tls.key", "14 secret-key data.password"),
                secrets(ConfigFormat.YAML, """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                data:
                  username: YXBw
                  placeholder_password: Q0hBTkdFX01F
                  password: aHVudGVyMi1saXRlcmFs
                  binary_token: 3q2+7w==
                  tls.key: %s
                ---
                kind: ConfigMap
                data:
                  password: Q0hBTkdFX01F
                """.formatted(pem)));
    }

    @Test
    void plainTextFilesAreReadForCredentialFormatsAndUrlsOnly() {
        assertEquals(List.of("2 url-password null", "3 github-token null"), secrets(ConfigFormat.TEXT, """
                PASSWORD = "not read as a key"
                DATABASE_URL = "postgres://app:literal@db/shop"
                TOKEN = "%s"
                """.formatted(GITHUB)));
    }

    @Test
    void reportsEachLineOnceWithTheKeyFirst() {
        assertEquals(List.of("1 secret-key github.token"), secrets(ConfigFormat.YAML, "github.token: " + GITHUB));
    }

    @Test
    void keysThatHoldACredentialAreNotPrinted() {
        assertEquals(List.of("1 github-token null"), secrets(ConfigFormat.YAML, GITHUB + ": true"));
    }

    @Test
    void aUrlWithAPasswordInAKeyIsFoundOnceAndMaskedInEveryFormat() {
        assertEquals(List.of("3 url-password auths.https://***@reg.example.com.auth",
                "4 secret-key auths.https://***@reg.example.com.identitytoken"), secrets(ConfigFormat.JSON, """
                {"auths": {
                  "https://bob:Planted9@reg.example.com": {
                    "auth": "Ym9iOg==",
                    "identitytoken": "eyJhbGci"
                  }
                }}
                """));
        assertEquals(List.of("3 url-password registries.https://***@reg.example.com.insecure"),
                secrets(ConfigFormat.YAML, """
                registries:
                  https://bob:Planted9@reg.example.com:
                    insecure: false
                    mirror: true
                """));
        assertEquals(List.of("2 url-password https://***@pypi.example.com.username"), secrets(ConfigFormat.INI, """
                [https://bob:Planted9@pypi.example.com]
                username = bob
                repository = main
                """));
        assertEquals(List.of("2 url-password https://***@reg.example.com.mirror"), secrets(ConfigFormat.TOML, """
                ["https://bob:Planted9@reg.example.com"]
                mirror = true
                """));
        assertEquals(List.of("1 url-password https://***@reg.example.com.mirror"), secrets(ConfigFormat.PROPERTIES,
                "https\\://bob\\:Planted9@reg.example.com.mirror=true\n"));
    }

    @Test
    void aKeyThatHoldsACredentialIsPrintedWithThatPartMasked() {
        assertEquals(List.of("2 github-token users.***"), secrets(ConfigFormat.JSON, """
                {"users": {
                  "%s": "ci"
                }}
                """.formatted(GITHUB)));
    }

    @Test
    void anExampleFileHoldsExamplesAndOnlyCredentialFormatsCount() {
        String text = """
                DB_PASSWORD=hunter2-literal
                DATABASE_URL=postgres://app:literal@db/shop
                GITHUB_TOKEN=%s
                """.formatted(GITHUB);
        assertEquals(List.of("3 github-token GITHUB_TOKEN"), secrets(ConfigFormat.DOTENV, FileRole.EXAMPLE, text));
        assertEquals(List.of("1 secret-key DB_PASSWORD", "2 url-password DATABASE_URL", "3 secret-key GITHUB_TOKEN"),
                secrets(ConfigFormat.DOTENV, FileRole.CONFIGURATION, text));
    }

    @Test
    void theCredentialsOfAPipelinesServiceContainersAreThrowaway() {
        assertEquals(List.of("6 secret-key jobs.test.services.postgres.env.POSTGRES_PASSWORD throwaway",
                "10 url-password jobs.test.steps.env.DATABASE_URL throwaway",
                "11 url-password jobs.test.steps.env.CACHE_URL throwaway",
                "12 url-password jobs.test.steps.env.REPORT_URL", "13 secret-key jobs.test.steps.env.API_TOKEN"),
                secrets(ConfigFormat.YAML, FileRole.PIPELINE, """
                jobs:
                  test:
                    services:
                      postgres:
                        env:
                          POSTGRES_PASSWORD: password
                    steps:
                      - run: pytest
                        env:
                          DATABASE_URL: postgresql://postgres:password@localhost:5432/test_db
                          CACHE_URL: redis://:password@redis:6379
                          REPORT_URL: https://ci:hunter2-literal@reports.example.com/upload
                          API_TOKEN: hunter2-literal
                """));
    }

    @Test
    void theSameCredentialsOutsideAPipelineAreNotThrowaway() {
        assertEquals(List.of("4 secret-key services.db.environment.POSTGRES_PASSWORD",
                "5 url-password services.db.environment.DATABASE_URL"), secrets(ConfigFormat.YAML, """
                services:
                  db:
                    environment:
                      POSTGRES_PASSWORD: password
                      DATABASE_URL: postgresql://postgres:password@localhost:5432/test_db
                """));
    }

    @Test
    void everySecretOfTestDataIsThrowaway() {
        assertEquals(List.of("1 secret-key spring.datasource.password throwaway", "2 github-token ci.hook throwaway"),
                secrets(ConfigFormat.YAML, FileRole.TEST_DATA, """
                spring.datasource.password: test-literal
                ci.hook: %s
                """.formatted(GITHUB)));
    }

    @Test
    void keepsTheSecretsBeforeASyntaxProblem() {
        FileSecrets found = detector.scan(ConfigFormat.JSON, "{\"password\": \"literal\",\n \"broken\": }");

        assertEquals(List.of(new SecretFinding(1, "password", SecretKind.SECRET_KEY)), found.secrets());
        assertEquals(List.of(new SyntaxProblem(2, "expected a JSON value (a string, number, true, false, null, object "
                + "or array)")), found.problems());
    }

    @Test
    void binaryFilesAreAProblemNotAScan() {
        assertEquals(new FileSecrets(List.of(), List.of(new SyntaxProblem(1, "it holds NUL bytes, so it is not text"))),
                detector.scan(ConfigFormat.JSON, "{\0\0}"));
    }

    @Test
    void reportsAtMostAHundredSecretsOfAFileAndSaysHowManyMoreItHolds() {
        String text = "password=Hx7LpQ2sNv4T\n".repeat(250);

        FileSecrets found = detector.scan(ConfigFormat.PROPERTIES, text);

        assertEquals(SecretDetector.MAX_SECRETS, found.secrets().size());
        assertEquals(List.of(new SyntaxProblem(101, "it holds 250 secrets, and only the first 100 are reported")),
                found.problems());
    }
}
