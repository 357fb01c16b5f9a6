package com.acme.shipping.infrastructure;

public class JdbcParcels {
}
