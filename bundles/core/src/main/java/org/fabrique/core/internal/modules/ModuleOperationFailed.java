package org.fabrique.core.internal.modules;

import org.fabrique.core.FabriqueException;

/** Karaf refused to install or remove a module: 409, with Karaf's reason. */
final class ModuleOperationFailed extends FabriqueException {

    private static final long serialVersionUID = 1L;

    ModuleOperationFailed(String operation, String id, Exception cause) {
        super(409, "Module operation failed", null,
                "Could not " + operation + " the module " + id + ": " + cause.getMessage());
        initCause(cause);
    }
}
