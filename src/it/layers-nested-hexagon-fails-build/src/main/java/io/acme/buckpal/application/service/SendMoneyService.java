package io.acme.buckpal.application.service;

import io.acme.buckpal.application.domain.Account;
import io.acme.buckpal.application.port.in.SendMoneyUseCase;
import io.acme.buckpal.application.port.out.LoadAccountPort;

public class SendMoneyService implements SendMoneyUseCase {
    LoadAccountPort accounts;

    public boolean sendMoney(Account source, Account target) {
        return true;
    }
}
