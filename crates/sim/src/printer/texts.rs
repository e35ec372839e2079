//! The printer's page texts in its two languages. The marker texts (success, failures, login,
//! restart, expiry, rejection) are exactly those a client looks for.

use crate::{Fault, Knobs};

/// The language the firmware answers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    De,
}

impl Lang {
    /// English unless the firmware ignores the language cookie and answers in German.
    pub fn of(knobs: &Knobs) -> Lang {
        if knobs.has(Fault::PrinterGermanPages) {
            Lang::De
        } else {
            Lang::En
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The text of `text` in this language.
    pub fn t(self, text: Text) -> &'static str {
        let (en, de) = match text {
            Text::SetupComplete => ("Setup complete.", "Einrichtung abgeschlossen."),
            Text::BadUserOrPassword => (
                "Incorrect user name or password",
                "Falscher Benutzername oder falsches Kennwort",
            ),
            Text::BadPassword => ("Incorrect password", "Falsches Kennwort"),
            Text::TryLater => ("Try again later.", "Versuchen Sie es später erneut."),
            Text::ShuttingDown => ("Shutting down", "Herunterfahren"),
            Text::AdministratorLogin => ("Administrator Login", "Administratoranmeldung"),
            Text::PageExpired => ("The page has expired.", "Die Seite ist abgelaufen."),
            Text::InvalidValue => ("Invalid value", "Ungültiger Wert"),
            Text::LogIn => ("Log In", "Anmelden"),
            Text::LoggedIn => (
                "You are logged in as the administrator.",
                "Sie sind als Administrator angemeldet.",
            ),
            Text::UserName => ("User Name", "Benutzername"),
            Text::CurrentPassword => ("Current password", "Aktuelles Kennwort"),
            Text::Ok => ("OK", "OK"),
            Text::Back => ("Back", "Zurück"),
            Text::Restarting => (
                "The printer is restarting its web server. Wait a moment, then access Web Config again.",
                "Der Webserver des Druckers wird neu gestartet. Warten Sie einen Moment und rufen Sie Web Config erneut auf.",
            ),
            Text::OpenAgain => (
                "Open the page again and enter the settings.",
                "Öffnen Sie die Seite erneut und geben Sie die Einstellungen ein.",
            ),
            Text::CheckValue => (
                "Check the setting and try again.",
                "Überprüfen Sie die Einstellung und versuchen Sie es erneut.",
            ),
            Text::ProductStatus => ("Product Status", "Produktstatus"),
            Text::NetworkInfo => ("Network", "Netzwerk"),
            Text::NetworkStatus => ("Network Status Sheet", "Netzwerkstatusblatt"),
            Text::EmailServerBasic => ("Email Server > Basic", "E-Mail-Server > Grundlegend"),
            Text::FaxEmailServer => (
                "Fax Server > Email Server Settings",
                "Faxserver > E-Mail-Server-Einstellungen",
            ),
            Text::JobHistory => ("Job History", "Auftragsverlauf"),
            Text::CurrentStatus => ("Current Status", "Aktueller Status"),
            Text::SignedIn => ("Signed in", "Angemeldet"),
            Text::Waiting => ("Waiting for sign-in", "Warten auf Anmeldung"),
            Text::SignIn => ("Sign In", "Anmelden"),
            Text::SignOut => ("Sign Out", "Abmelden"),
            Text::NotFound => ("The page was not found.", "Die Seite wurde nicht gefunden."),
            Text::ConnectionTest => ("Connection Test", "Verbindungstest"),
            Text::ConnectionTestIntro => (
                "Checks the connection to the email server with the current settings.",
                "Überprüft die Verbindung zum E-Mail-Server mit den aktuellen Einstellungen.",
            ),
            Text::Start => ("Start", "Starten"),
            Text::TestSuccess => (
                "Connection test was successful.",
                "Verbindungstest war erfolgreich.",
            ),
            Text::TestNetwork => (
                "SMTP server communication error.",
                "SMTP-Server-Kommunikationsfehler.",
            ),
            Text::CheckNetwork => (
                "Check the following. - Network Settings",
                "Überprüfen Sie Folgendes. - Netzwerkeinstellungen",
            ),
            Text::TestServer => (
                "An error occurred while connecting to SMTP server.",
                "Fehler beim Verbinden mit dem SMTP-Server.",
            ),
            Text::CheckServer => (
                "Check the followings. - SMTP Server Address - DNS Server",
                "Überprüfen Sie Folgendes. - SMTP-Serveradresse - DNS-Server",
            ),
            Text::TestAuth => (
                "SMTP server authentication error.",
                "SMTP-Server-Authentifizierungsfehler.",
            ),
            Text::CheckAuth => (
                "Check the followings. - Authentication Method - Authenticated Account - Authenticated Password",
                "Überprüfen Sie Folgendes. - Authentifizierungsmethode - Authentifiziertes Konto - Authentifiziertes Kennwort",
            ),
            Text::TestAuthMethod => (
                "SMTP server authentication failed.",
                "SMTP-Server-Authentifizierung fehlgeschlagen.",
            ),
            Text::ChangeAuthMethod => (
                "Change Authentication Method to SMTP-AUTH.",
                "Ändern Sie die Authentifizierungsmethode in SMTP-AUTH.",
            ),
            Text::TestSecure => (
                "Connection to SMTP server failed.",
                "Verbindung zum SMTP-Server fehlgeschlagen.",
            ),
            Text::ChangeSecureToNone => (
                "Change Secure Connection to None.",
                "Ändern Sie Sichere Verbindung in Keine.",
            ),
            Text::ChangeSecureToStarttls => (
                "Change Secure Connection to STARTTLS.",
                "Ändern Sie Sichere Verbindung in STARTTLS.",
            ),
            Text::TestUntrusted => (
                "The connection is untrusted.",
                "Die Verbindung ist nicht vertrauenswürdig.",
            ),
            Text::CheckCaCertificate => (
                "Check the following. - CA Certificate",
                "Überprüfen Sie Folgendes. - CA-Zertifikat",
            ),
            Text::TestSender => (
                "Sender's Email Address is incorrect.",
                "Die E-Mail-Adresse des Absenders ist falsch.",
            ),
            Text::ChangeSender => (
                "Change to the email address for your email service.",
                "Ändern Sie sie in die E-Mail-Adresse Ihres E-Mail-Dienstes.",
            ),
        };
        match self {
            Lang::En => en,
            Lang::De => de,
        }
    }
}

/// Every text the pages show besides values and field labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    SetupComplete,
    BadUserOrPassword,
    BadPassword,
    TryLater,
    ShuttingDown,
    AdministratorLogin,
    PageExpired,
    InvalidValue,
    LogIn,
    LoggedIn,
    UserName,
    CurrentPassword,
    Ok,
    Back,
    Restarting,
    OpenAgain,
    CheckValue,
    ProductStatus,
    NetworkInfo,
    NetworkStatus,
    EmailServerBasic,
    FaxEmailServer,
    JobHistory,
    CurrentStatus,
    SignedIn,
    Waiting,
    SignIn,
    SignOut,
    NotFound,
    ConnectionTest,
    ConnectionTestIntro,
    Start,
    TestSuccess,
    TestNetwork,
    CheckNetwork,
    TestServer,
    CheckServer,
    TestAuth,
    CheckAuth,
    TestAuthMethod,
    ChangeAuthMethod,
    TestSecure,
    ChangeSecureToNone,
    ChangeSecureToStarttls,
    TestUntrusted,
    CheckCaCertificate,
    TestSender,
    ChangeSender,
}
