package org.fabrique.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Properties;

import org.junit.Test;

public class SmtpSettingsTest {

    static SmtpSettings plain(int port) {
        return new SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE, "", "", "fabrique@localhost",
                "Fabrique de la Transition", 2_000, 5_000);
    }

    static SmtpSettings with(SmtpSecurity security, String username, String password, int port) {
        return new SmtpSettings("127.0.0.1", port, security, username, password, "fabrique@localhost",
                "Fabrique de la Transition", 2_000, 5_000);
    }

    @Test
    public void clearTextWithoutAuthentication() {
        Properties properties = plain(2525).sessionProperties();
        assertEquals("127.0.0.1", properties.getProperty("mail.smtp.host"));
        assertEquals("2525", properties.getProperty("mail.smtp.port"));
        assertEquals("2000", properties.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("5000", properties.getProperty("mail.smtp.timeout"));
        assertEquals("fabrique@localhost", properties.getProperty("mail.smtp.from"));
        assertEquals("false", properties.getProperty("mail.smtp.auth"));
        assertNull(properties.getProperty("mail.smtp.starttls.enable"));
        assertNull(properties.getProperty("mail.smtp.ssl.enable"));
    }

    @Test
    public void starttlsIsRequiredAndTheServerIdentityChecked() {
        Properties properties = with(SmtpSecurity.STARTTLS, "fabrique", "secret", 587).sessionProperties();
        assertEquals("true", properties.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", properties.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", properties.getProperty("mail.smtp.ssl.checkserveridentity"));
        assertEquals("true", properties.getProperty("mail.smtp.auth"));
    }

    @Test
    public void tlsFromTheFirstByte() {
        Properties properties = with(SmtpSecurity.TLS, "", "", 465).sessionProperties();
        assertEquals("true", properties.getProperty("mail.smtp.ssl.enable"));
        assertEquals("true", properties.getProperty("mail.smtp.ssl.checkserveridentity"));
        assertNull(properties.getProperty("mail.smtp.starttls.enable"));
    }

    @Test
    public void securityIsReadWhateverItsCase() {
        assertEquals(SmtpSecurity.STARTTLS, SmtpSecurity.of(" StartTLS "));
        assertThrows(IllegalArgumentException.class, () -> SmtpSecurity.of("ssl"));
    }

    @Test
    public void thePasswordNeverShowsInLogs() {
        SmtpSettings settings = with(SmtpSecurity.STARTTLS, "fabrique", "s3cret!", 587);
        assertFalse(settings.toString().contains("s3cret!"));
        assertTrue(settings.toString().contains("fabrique@127.0.0.1:587"));
    }

    @Test
    public void aSenderThatDoesNotParseStopsTheActivation() {
        assertThrows(IllegalArgumentException.class, () -> new SmtpSettings("localhost", 25, SmtpSecurity.NONE, "", "",
                "not an address", "", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SmtpSettings("localhost", 0, SmtpSecurity.NONE, "", "",
                "fabrique@localhost", "", 1, 1));
    }

    @Test
    public void theSenderCarriesItsName() {
        assertEquals("Fabrique de la Transition", plain(25).sender().getPersonal());
        assertEquals("fabrique@localhost", plain(25).sender().getAddress());
    }
}
