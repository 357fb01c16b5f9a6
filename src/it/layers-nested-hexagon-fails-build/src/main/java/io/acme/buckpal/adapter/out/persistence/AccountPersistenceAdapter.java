package io.acme.buckpal.adapter.out.persistence;

import io.acme.buckpal.application.domain.Account;
import io.acme.buckpal.application.port.out.LoadAccountPort;

public class AccountPersistenceAdapter implements LoadAccountPort {
    Account load() {
        return new Account();
    }
}
