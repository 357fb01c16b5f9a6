package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CredentialPatternsTest {

    // Token-shaped test values are assembled from parts so that no secret scanner mistakes this file for a leak.
    private static final String ALNUM36 = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    private static final String AWS_ID = "AKIA" + "Q3EGRZLM7XKZ4JNP";
    private static final String LIVE = "_live_";

    @Test
    void findsPrivateKeyBlocks() {
        assertEquals(SecretKind.PRIVATE_KEY, CredentialPatterns.find("-----BEGIN RSA PRIVATE KEY-----"));
        assertEquals(SecretKind.PRIVATE_KEY, CredentialPatterns.find("  -----BEGIN PRIVATE KEY-----"));
        assertEquals(SecretKind.PRIVATE_KEY, CredentialPatterns.find("key: \"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3B\""));
        assertEquals(SecretKind.PRIVATE_KEY, CredentialPatterns.find("-----BEGIN PGP PRIVATE KEY BLOCK-----"));
    }

    @Test
    void publicKeysAndCertificatesAreNoSecrets() {
        assertNull(CredentialPatterns.find("-----BEGIN PUBLIC KEY-----"));
        assertNull(CredentialPatterns.find("-----BEGIN CERTIFICATE----- ... PRIVATE KEY"));
        assertNull(CredentialPatterns.find("# paste the PRIVATE KEY here"));
    }

    @Test
    void findsAwsAccessKeyIdsStandingAlone() {
        assertEquals(SecretKind.AWS_ACCESS_KEY_ID, CredentialPatterns.find("aws_access_key_id = " + AWS_ID));
        assertEquals(SecretKind.AWS_ACCESS_KEY_ID, CredentialPatterns.find("\"AS" + AWS_ID.substring(2) + "\""));
        assertNull(CredentialPatterns.find("AKIAIOSFODNN7EXAMPLE"), "AWS's documented example");
        assertNull(CredentialPatterns.find("X" + AWS_ID), "inside a longer word");
        assertNull(CredentialPatterns.find(AWS_ID + "Q"), "too long");
        assertNull(CredentialPatterns.find("AKIA-docs"));
    }

    @Test
    void findsPlatformTokens() {
        assertEquals(SecretKind.GITHUB_TOKEN, CredentialPatterns.find("token: ghp_" + ALNUM36));
        assertEquals(SecretKind.GITHUB_TOKEN, CredentialPatterns.find("gho_" + ALNUM36));
        assertEquals(SecretKind.GITHUB_TOKEN, CredentialPatterns.find("github" + "_pat_11ABCDEFG0123456789abc_defXYZ"));
        assertEquals(SecretKind.SLACK_TOKEN, CredentialPatterns.find("hook=xox" + "b-1234567890-abcdefghij"));
        assertEquals(SecretKind.GOOGLE_API_KEY, CredentialPatterns.find("AIza" + ALNUM36.substring(1)));
        assertEquals(SecretKind.STRIPE_LIVE_KEY, CredentialPatterns.find("sk" + LIVE + "4eC39HqLyjWDarjtT1zdp7dc"));
        assertEquals(SecretKind.STRIPE_LIVE_KEY, CredentialPatterns.find("rk" + LIVE + "4eC39HqLyjWDarjtT1zdp7dc"));
    }

    @Test
    void prefixesWithoutATokenAreNoSecrets() {
        assertNull(CredentialPatterns.find("ghp_short"));
        assertNull(CredentialPatterns.find("xghp_" + ALNUM36));
        assertNull(CredentialPatterns.find("xoxb-short"));
        assertNull(CredentialPatterns.find("xoxz-1234567890-abcdefghij"));
        assertNull(CredentialPatterns.find("sk_test_4eC39HqLyjWDarjtT1zdp7dc"));
        assertNull(CredentialPatterns.find("sk" + LIVE + "<your-key>"));
        assertNull(CredentialPatterns.find("AIza-too-short"));
        assertNull(CredentialPatterns.find(""));
    }
}
