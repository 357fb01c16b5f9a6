package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KeyRedactorTest {

    @Test
    void ordinaryKeysPrintAsTheyAre() {
        assertEquals("spring.datasource.password", KeyRedactor.printable("spring.datasource.password"));
        assertEquals("packages.node_modules/google-auth-library.dependencies.gtoken",
                KeyRedactor.printable("packages.node_modules/google-auth-library.dependencies.gtoken"));
        assertEquals("oauth2ClientSecret", KeyRedactor.printable("oauth2ClientSecret"));
    }

    @Test
    void masksTheUserInformationOfAUrlInAKey() {
        assertEquals("auths.https://***@reg.example.com.identitytoken",
                KeyRedactor.printable("auths.https://bob:PASSWORD@reg.example.com.identitytoken"));
        assertEquals("mirrors.https://***@reg.example.com", KeyRedactor.printable("mirrors.https://ghtoken@reg.example.com"));
        assertEquals("mirrors.https://reg.example.com/v2", KeyRedactor.printable("mirrors.https://reg.example.com/v2"));
    }

    @Test
    void masksATokenGluedToTheWordBeforeIt() {
        // found by the YAML scanner's fuzz test: a GitHub token's format counts in a value only where it stands
        // alone, but a key printed whole must not carry it, whatever letters stand before it
        assertEquals("data.s%***.key", KeyRedactor.printable("data.s%u" + "g".repeat(20) + "hp_Q7vXk2Lm9Rt4Wz8Np3Hs6Jd1Fb5Gc0Ya2EuTq" + "g".repeat(10) + "rce.key"));
        assertEquals("ghost.name", KeyRedactor.printable("ghost.name"));
    }

    @Test
    void masksTheQueryValuesOfAUrlInAKey() {
        assertEquals("hooks.https://ci.example.com/run?token=***&job=***",
                KeyRedactor.printable("hooks.https://ci.example.com/run?token=hunter2&job=build"));
    }

    @Test
    void masksPartsThatLookGeneratedOrHoldACredentialFormat() {
        assertEquals("tokens.***.owner", KeyRedactor.printable("tokens.Qv7TzR2mWx9KpL4s.owner"));
        assertEquals("integrity.***", KeyRedactor.printable("integrity.sha512-AbCdEf0123456789+/abcdEFGH"));
        assertEquals("cache.***.path", KeyRedactor.printable("cache.3f2c1e8a9b7d4c6e.path"));
        assertEquals("tokens.***", KeyRedactor.printable("tokens.ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"));
    }

    @Test
    void aKeyThatIsNothingButASecretIsNotPrinted() {
        assertNull(KeyRedactor.printable("ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"));
        assertNull(KeyRedactor.printable("Qv7TzR2mWx9KpL4s"));
    }

    @Test
    void blankOverlyLongAndControlCharacterKeysAreNotPrinted() {
        assertNull(KeyRedactor.printable(" "));
        assertNull(KeyRedactor.printable("a".repeat(121)));
        assertNull(KeyRedactor.printable("a\u0007b"));
    }
}
