package com.acme.shipping.parcels.application

import com.acme.shipping.parcels.domain.Parcel

class ShipParcel { fun ship(parcel: Parcel) = parcel.weight }
