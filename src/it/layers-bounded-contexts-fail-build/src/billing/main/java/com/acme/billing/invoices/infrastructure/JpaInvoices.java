package com.acme.billing.invoices.infrastructure;

import com.acme.billing.invoices.domain.Invoice;
import jakarta.persistence.EntityManager;

public class JpaInvoices {
    EntityManager entities; // JPA belongs here, outside the domain
}
