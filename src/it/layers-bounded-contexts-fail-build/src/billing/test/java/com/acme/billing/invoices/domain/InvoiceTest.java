package com.acme.billing.invoices.domain;

import com.acme.billing.invoices.infrastructure.JpaInvoices;

class InvoiceTest {
    JpaInvoices fixture; // tests are no source root of the layers
}
