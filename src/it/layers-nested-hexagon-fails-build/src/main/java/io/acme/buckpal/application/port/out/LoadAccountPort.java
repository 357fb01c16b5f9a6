package io.acme.buckpal.application.port.out;

public interface LoadAccountPort {
}
