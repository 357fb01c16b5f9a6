package com.acme.shipping.parcels.domain

import org.springframework.stereotype.Service as Svc

@Svc
class Parcel(val weight: Int)
