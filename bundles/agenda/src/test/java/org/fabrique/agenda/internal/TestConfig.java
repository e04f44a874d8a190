package org.fabrique.agenda.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** The agenda's configuration with its defaults, and any values a test overrides. */
final class TestConfig {

    private TestConfig() {
    }

    static AgendaConfig with(Map<String, Object> values) {
        return (AgendaConfig) Proxy.newProxyInstance(AgendaConfig.class.getClassLoader(),
                new Class<?>[] {AgendaConfig.class}, (proxy, method, args) -> values.containsKey(method.getName())
                        ? values.get(method.getName()) : method.getDefaultValue());
    }

    static AgendaConfig defaults() {
        return with(Map.of());
    }
}
