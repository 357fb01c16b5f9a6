package com.acme.shipping.parcels.presentation

import com.acme.shipping.parcels.application.ShipParcel
import org.springframework.web.bind.annotation.RestController

@RestController
class ParcelController(val ship: ShipParcel)
