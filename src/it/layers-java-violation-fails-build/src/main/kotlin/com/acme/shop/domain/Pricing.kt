package com.acme.shop.domain

import com.acme.shop.infrastructure.OrderRepository as Repository

/* A nested /* comment */ still a comment: com.acme.shop.application.OrderService */
class Pricing(private val order: Order) {
    fun describe(): String = "priced by ${order.hashCode()} not com.acme.shop.application.OrderService"
    fun raw(): String = """import com.acme.shop.application.OrderService"""
}
