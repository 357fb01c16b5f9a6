package io.acme.buckpal.application.port.in;

import io.acme.buckpal.application.domain.Account;

public interface SendMoneyUseCase {
    boolean sendMoney(Account source, Account target);
}
