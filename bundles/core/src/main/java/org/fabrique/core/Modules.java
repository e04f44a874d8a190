package org.fabrique.core;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The capability modules: the installed ones (their descriptors) and those available to install. */
@ProviderType
public interface Modules {

    List<ModuleDescriptor> installed();

    List<ModuleState> available();

    /** Installs the module's feature without refreshing or restarting any other bundle. */
    ModuleState install(String id);

    ModuleState uninstall(String id);
}
