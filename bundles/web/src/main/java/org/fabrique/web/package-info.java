/** Web pages of the Fabrique: the shared layout, and how a module contributes pages, home-page and member-space sections. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.fabrique.web;
