package com.acme.shipping.application;

import com.acme.shipping.domain.Parcel;

public class ShipParcel {
    Parcel parcel;
}
