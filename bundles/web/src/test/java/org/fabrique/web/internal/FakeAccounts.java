package org.fabrique.web.internal;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fabrique.core.Accounts;
import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.Language;
import org.fabrique.core.Session;
import org.fabrique.core.TooManyAttempts;

/**
 * The core's accounts in memory: one known person per e-mail, tokens handed out on login. Only
 * what the web bundle calls is faked (login, authenticate, logout); the service is a proxy, so that
 * the core may add methods to {@link Accounts} without breaking these tests.
 */
final class FakeAccounts {

    static final String TOKEN = "token-of-camille";

    private final Map<String, Caller> tokens = new HashMap<>();
    final List<String> loggedOut = new ArrayList<>();
    final Caller camille = new Caller(7, "camille@example.org", "Camille <Dupont>", Language.FR, Set.of());
    final Caller admin = new Caller(1, "admin@example.org", "Admin", Language.EN, Set.of(Caller.ADMIN));
    boolean locked;
    int authentications;

    FakeAccounts() {
        tokens.put(TOKEN, camille);
        tokens.put("token-of-admin", admin);
    }

    Accounts service() {
        return (Accounts) Proxy.newProxyInstance(Accounts.class.getClassLoader(), new Class<?>[] {Accounts.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "login" -> login((String) args[0], (String) args[1]);
                    case "authenticate" -> authenticate((String) args[0]);
                    case "logout" -> logout((String) args[0]);
                    case "toString" -> "FakeAccounts";
                    default -> throw new UnsupportedOperationException("FakeAccounts does not fake " + method);
                });
    }

    private Session login(String email, String password) {
        if (locked) {
            throw new TooManyAttempts(Duration.ofMinutes(15));
        }
        if (!camille.email().equals(email) || !"a long secret".equals(password)) {
            throw new AuthenticationRequired("Wrong e-mail or password.");
        }
        return new Session(TOKEN, camille.personId(), Instant.now().plus(Duration.ofHours(720)));
    }

    private Optional<Caller> authenticate(String token) {
        authentications++;
        return Optional.ofNullable(tokens.get(token));
    }

    private Object logout(String token) {
        loggedOut.add(token);
        tokens.remove(token);
        return null;
    }
}
