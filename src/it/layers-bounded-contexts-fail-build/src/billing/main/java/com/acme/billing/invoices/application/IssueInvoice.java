package com.acme.billing.invoices.application;

import com.acme.billing.invoices.domain.Invoice;
import com.acme.shipping.parcels.domain.Parcel;

public class IssueInvoice {
    Invoice issue(Parcel parcel) { return new Invoice(); }
}
