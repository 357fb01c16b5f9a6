package shop; class Order {}
