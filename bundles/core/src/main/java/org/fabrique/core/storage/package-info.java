/** Shared storage: schema migrations of each bundle and transactions over its persistence unit. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.fabrique.core.storage;
