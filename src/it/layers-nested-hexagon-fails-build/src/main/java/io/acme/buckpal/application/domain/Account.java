package io.acme.buckpal.application.domain;

import io.acme.buckpal.application.port.out.LoadAccountPort;

public class Account {
    LoadAccountPort loader; // the domain reaches out to a port
}
