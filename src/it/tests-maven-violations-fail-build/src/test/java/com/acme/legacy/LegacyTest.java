package com.acme.legacy;

import org.junit.Test;

public class LegacyTest {

    @Test
    public void stillWorks() {
    }
}
