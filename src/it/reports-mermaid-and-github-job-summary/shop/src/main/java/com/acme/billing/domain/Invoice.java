package com.acme.billing.domain;

import com.acme.shipping.application.ShipParcel;

public class Invoice {
    ShipParcel shipping; // one context's domain must not reach into another context's use cases
}
