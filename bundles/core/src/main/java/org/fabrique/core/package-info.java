/** Member identity of the Fabrique: people, structures, memberships, accounts, consents, modules and their extension points. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.fabrique.core;
