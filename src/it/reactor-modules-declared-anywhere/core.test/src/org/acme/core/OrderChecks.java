package org.acme.core;

import org.junit.jupiter.api.Test;

class OrderChecks {
    @Test
    void a() {
    }

    @Test
    void b() {
    }
}
