package io.acme.buckpal.common;

public @interface UseCase {
}
