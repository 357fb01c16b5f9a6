package com.acme.billing.invoices.domain;

import com.acme.shipping.parcels.application.ShipParcel;
import jakarta.persistence.Entity;

@Entity
public class Invoice {
    ShipParcel shipping; // one context's domain must not reach into another context's use cases
}
