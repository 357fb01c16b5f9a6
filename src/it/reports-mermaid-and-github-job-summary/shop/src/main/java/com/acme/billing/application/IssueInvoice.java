package com.acme.billing.application;

import com.acme.billing.domain.Invoice;

public class IssueInvoice {
    Invoice invoice;
}
