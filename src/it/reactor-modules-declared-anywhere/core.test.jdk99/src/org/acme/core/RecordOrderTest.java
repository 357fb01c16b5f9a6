package org.acme.core;

import org.junit.jupiter.api.Test;

class RecordOrderTest {
    @Test
    void isARecord() {
    }
}
