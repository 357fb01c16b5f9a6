package com.acme.shop

data class Price(val cents: Long)
