package io.acme.buckpal.adapter.in.web;

import io.acme.buckpal.application.port.in.SendMoneyUseCase;
import io.acme.buckpal.application.service.SendMoneyService;

public class SendMoneyController {
    SendMoneyUseCase sendMoney;
    SendMoneyService shortcut; // past the port, straight to the service
}
