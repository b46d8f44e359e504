package io.djongo.it.model;

/** An enum field type; stored by constant name. */
public enum Color {
    RED, GREEN, BLUE
}
