/** Tests of the shop; each test class is named for the class it tests. */
package com.acme.shop;
