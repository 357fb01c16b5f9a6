package com.acme.shipping.domain;

import com.acme.shipping.infrastructure.JdbcParcels;

public class Parcel {
    JdbcParcels store; // the domain reaches out to its own context's database code
}
