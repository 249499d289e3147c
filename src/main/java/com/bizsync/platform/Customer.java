package com.bizsync.platform;

/** A publisher account: the customer code a BizSync installation signs in with. */
public record Customer(String code, String name, String passwordHash) {
}
