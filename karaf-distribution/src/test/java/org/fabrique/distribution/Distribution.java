package org.fabrique.distribution;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** The real Fabrique distribution, as built by this module, on free ports, for Pax Exam. */
final class Distribution {

    static final String ADMIN_EMAIL = "admin@tests.fabrique.invalid";
    static final String ADMIN_PASSWORD = "un mot de passe de test";
    static final String PORT_PROPERTY = "fabrique.test.http.port";

    private Distribution() {
    }

    static Option[] options() {
        String http = String.valueOf(freePort());
        String localRepository = System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(System.getProperty("fabrique.distribution")).toURI().toString())
                    .unpackDirectory(new File("target/pax-exam"))
                    .karafVersion("4.4.10")
                    .name("Fabrique")
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", http),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepository),
            editConfigurationFilePut("etc/system.properties", "fabrique.admin.email", ADMIN_EMAIL),
            editConfigurationFilePut("etc/system.properties", "fabrique.admin.password", ADMIN_PASSWORD),
            systemProperty(PORT_PROPERTY).value(http),
            systemProperty("fabrique.version").value(System.getProperty("fabrique.version")),
        };
    }

    static Api api() {
        return new Api("http://localhost:" + System.getProperty(PORT_PROPERTY) + "/api");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
