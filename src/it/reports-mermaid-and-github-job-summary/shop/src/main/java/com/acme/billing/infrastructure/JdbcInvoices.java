package com.acme.billing.infrastructure;

import com.acme.billing.application.IssueInvoice;

public class JdbcInvoices {
    IssueInvoice issue;
}
