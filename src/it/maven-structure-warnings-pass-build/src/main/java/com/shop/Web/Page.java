package com.shop.Web;

class Page {
}
