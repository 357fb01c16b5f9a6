package io.acme.buckpal;

public class BuckPalApplication {
}
