package org.fabrique.web.internal;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/** A service of the core faked by the few methods a test needs; any other call fails the test. */
final class Fakes {

    private Fakes() {
    }

    static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> methods) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    Function<Object[], Object> fake = methods.get(method.getName());
                    if (fake == null) {
                        throw new UnsupportedOperationException("not faked: " + method);
                    }
                    return fake.apply(args);
                }));
    }
}
