package com.acme;

public class App {
}
