/** Web pages of the Fabrique: the shared layout, and how a module contributes pages and home-page sections. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.fabrique.web;
