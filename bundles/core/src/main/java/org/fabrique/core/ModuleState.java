package org.fabrique.core;

/** A capability module the Fabrique may install: its feature, and whether it is installed. */
public record ModuleState(String id, String feature, String version, String description, boolean installed,
        boolean started) {
}
