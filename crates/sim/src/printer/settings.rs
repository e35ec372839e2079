//! The two email-server settings pages (Email Server > Basic and the fax server's email page):
//! their field names and values, the device's limits, and the stored settings.

use super::texts::Lang;
pub use printer_oauth_core::printer::settings::Field;
use serde_json::{Value, json};
use std::net::Ipv4Addr;

/// A settings page with the email-server fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Email,
    Fax,
}

impl Page {
    pub const ALL: [Page; 2] = [Page::Email, Page::Fax];

    /// The page's name in its path, `/PRESENTATION/ADVANCED/<name>/TOP`.
    pub fn name(self) -> &'static str {
        match self {
            Page::Email => "NWS_EMAIL_BASIC",
            Page::Fax => "FAX_SERVER_EMAIL",
        }
    }

    pub fn from_name(name: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.name() == name)
    }

    pub fn index(self) -> usize {
        match self {
            Page::Email => 0,
            Page::Fax => 1,
        }
    }
}

/// How a field is shown on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Select(&'static [(&'static str, &'static str)]),
    Radio(&'static [(&'static str, &'static str)]),
    Text,
    Password,
}

pub const AUTH_METHODS: &[(&str, &str)] = &[
    ("OFF", "Off"),
    ("SMTPAUTH", "SMTP AUTH"),
    ("POPBEFORESMTP", "POP before SMTP"),
    ("OAUTH2", "OAuth2"),
];
const SERVICES: &[(&str, &str)] = &[
    ("EXCHANGEONLINE", "Microsoft Exchange Online"),
    ("OUTLOOKCOM", "Outlook.com"),
];
const SECURE: &[(&str, &str)] = &[
    ("NONE", "None"),
    ("STARTTLS", "STARTTLS"),
    ("SSLTLS", "SSL/TLS"),
];
const CERT_VALIDATION: &[(&str, &str)] = &[("ENABLE", "Enable"), ("DISABLE", "Disable")];

/// The device's own facts about each field of the settings pages: form names, how the
/// form shows it, its label, its limits.
pub trait DeviceField {
    /// The form field's name on `page`.
    fn name(self, page: Page) -> &'static str;
    /// How the form shows the field.
    fn kind(self) -> Kind;
    /// The label the page shows (and names in an "Invalid value" answer).
    fn device_label(self, lang: Lang) -> &'static str;
    /// Whether `value` is within the device's limits for this field.
    fn accepts(self, value: &str) -> bool;
}

impl DeviceField for Field {
    /// The form field's name on `page`.
    fn name(self, page: Page) -> &'static str {
        let (email, fax) = match self {
            Field::AuthMethod => ("SEL_AUTHMETHOD", "SEL_FAXAUTHMETHOD"),
            Field::Service => ("SEL_EMAILSERVICE", "SEL_FAXEMAILSERVICE"),
            Field::Account => ("INPUTT_AUTHACCOUNT", "INPUTT_FAXAUTHACCOUNT"),
            Field::Password => ("INPUTT_AUTHPASSWORD", "INPUTT_FAXAUTHPASSWORD"),
            Field::Sender => ("INPUTT_SENDERADDRESS", "INPUTT_FAXSENDERADDRESS"),
            Field::SmtpServer => ("INPUTT_SMTPSERVER", "INPUTT_FAXSMTPSERVER"),
            Field::SmtpPort => ("INPUTT_SMTPPORT", "INPUTT_FAXSMTPPORT"),
            Field::Secure => ("SEL_SECURECONNECTION", "SEL_FAXSECURECONNECTION"),
            Field::CertValidation => ("INPUTR_CERTVALIDATION", "INPUTR_FAXCERTVALIDATION"),
            Field::Pop3Server => ("INPUTT_POP3SERVER", "INPUTT_FAXPOP3SERVER"),
            Field::Pop3Port => ("INPUTT_POP3PORT", "INPUTT_FAXPOP3PORT"),
        };
        match page {
            Page::Email => email,
            Page::Fax => fax,
        }
    }

    fn kind(self) -> Kind {
        match self {
            Field::AuthMethod => Kind::Select(AUTH_METHODS),
            Field::Service => Kind::Select(SERVICES),
            Field::Secure => Kind::Select(SECURE),
            Field::CertValidation => Kind::Radio(CERT_VALIDATION),
            Field::Password => Kind::Password,
            _ => Kind::Text,
        }
    }

    /// The label the page shows (and names in an "Invalid value" answer).
    fn device_label(self, lang: Lang) -> &'static str {
        let (en, de) = match self {
            Field::AuthMethod => ("Authentication Method", "Authentifizierungsmethode"),
            Field::Service => ("Email service", "E-Mail-Dienst"),
            Field::Account => ("Authenticated Account", "Authentifiziertes Konto"),
            Field::Password => ("Authenticated Password", "Authentifiziertes Kennwort"),
            Field::Sender => ("Sender's Email Address", "E-Mail-Adresse des Absenders"),
            Field::SmtpServer => ("SMTP Server Address", "SMTP-Serveradresse"),
            Field::SmtpPort => ("SMTP Server Port Number", "SMTP-Server-Portnummer"),
            Field::Secure => ("Secure Connection", "Sichere Verbindung"),
            Field::CertValidation => ("Certificate Validation", "Zertifikatsprüfung"),
            Field::Pop3Server => ("POP3 Server Address", "POP3-Serveradresse"),
            Field::Pop3Port => ("POP3 Server Port Number", "POP3-Server-Portnummer"),
        };
        match lang {
            Lang::En => en,
            Lang::De => de,
        }
    }

    /// Whether `value` is within the device's limits for this field.
    fn accepts(self, value: &str) -> bool {
        match self.kind() {
            Kind::Select(choices) | Kind::Radio(choices) => {
                choices.iter().any(|(v, _)| *v == value)
            }
            Kind::Password => value.len() <= 255 && value.chars().all(|c| c.is_ascii_graphic()),
            Kind::Text => match self {
                Field::Account => value.len() <= 255 && value.chars().all(|c| c.is_ascii_graphic()),
                Field::Sender => valid_sender(value),
                Field::SmtpServer | Field::Pop3Server => value.is_empty() || valid_host(value),
                Field::SmtpPort | Field::Pop3Port => parse_port(value).is_some(),
                _ => true,
            },
        }
    }
}

/// A port number 1-65535, digits only.
pub fn parse_port(value: &str) -> Option<u16> {
    if value.is_empty() || value.len() > 5 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse::<u16>().ok().filter(|p| *p > 0)
}

/// At most 255 printable ASCII characters, none of `:()<>[];\`, not starting with ".".
fn valid_sender(value: &str) -> bool {
    value.len() <= 255
        && value.chars().all(|c| c.is_ascii_graphic())
        && !value.chars().any(|c| ":()<>[];\\".contains(c))
        && !value.starts_with('.')
}

/// An IPv4 address or a fully qualified domain name, at most 255 characters.
fn valid_host(value: &str) -> bool {
    if value.len() > 255 {
        return false;
    }
    if value.parse::<Ipv4Addr>().is_ok() {
        return true;
    }
    let labels: Vec<&str> = value.split('.').collect();
    if labels.iter().all(|l| l.bytes().all(|b| b.is_ascii_digit())) {
        return false; // looks like an address but is not one
    }
    labels.iter().all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    })
}

/// The settings of one page, as the printer stores them.
#[derive(Debug, Clone)]
pub struct Settings {
    pub auth_method: String,
    pub service: String,
    pub account: String,
    pub password: String,
    pub sender: String,
    pub smtp_server: String,
    pub smtp_port: u16,
    pub secure: String,
    pub cert_validation: String,
    pub pop3_server: String,
    pub pop3_port: u16,
}

impl Settings {
    /// What a real office's printer holds before the move: basic SMTP AUTH with a password.
    pub fn office_email() -> Settings {
        Settings {
            auth_method: "SMTPAUTH".into(),
            service: "EXCHANGEONLINE".into(),
            account: crate::directory::MAILBOX.into(),
            password: "Scanner-2019!".into(),
            sender: crate::directory::MAILBOX.into(),
            smtp_server: "smtp.office365.com".into(),
            smtp_port: 587,
            secure: "STARTTLS".into(),
            cert_validation: "ENABLE".into(),
            pop3_server: String::new(),
            pop3_port: 110,
        }
    }

    /// The fax server's email settings: never configured.
    pub fn unconfigured_fax() -> Settings {
        Settings {
            auth_method: "OFF".into(),
            service: "EXCHANGEONLINE".into(),
            account: String::new(),
            password: String::new(),
            sender: String::new(),
            smtp_server: String::new(),
            smtp_port: 25,
            secure: "NONE".into(),
            cert_validation: "ENABLE".into(),
            pop3_server: String::new(),
            pop3_port: 110,
        }
    }

    /// The value the form shows for a field (the password never: it is always empty).
    pub fn shown(&self, field: Field) -> String {
        match field {
            Field::AuthMethod => self.auth_method.clone(),
            Field::Service => self.service.clone(),
            Field::Account => self.account.clone(),
            Field::Password => String::new(),
            Field::Sender => self.sender.clone(),
            Field::SmtpServer => self.smtp_server.clone(),
            Field::SmtpPort => self.smtp_port.to_string(),
            Field::Secure => self.secure.clone(),
            Field::CertValidation => self.cert_validation.clone(),
            Field::Pop3Server => self.pop3_server.clone(),
            Field::Pop3Port => self.pop3_port.to_string(),
        }
    }

    /// Stores a value that passed [`Field::accepts`]. An empty password keeps the stored one.
    pub fn set(&mut self, field: Field, value: &str) {
        let v = value.to_string();
        match field {
            Field::AuthMethod => self.auth_method = v,
            Field::Service => self.service = v,
            Field::Account => self.account = v,
            Field::Password => {
                if !value.is_empty() {
                    self.password = v;
                }
            }
            Field::Sender => self.sender = v,
            Field::SmtpServer => self.smtp_server = v,
            Field::SmtpPort => self.smtp_port = parse_port(value).unwrap_or(self.smtp_port),
            Field::Secure => self.secure = v,
            Field::CertValidation => self.cert_validation = v,
            Field::Pop3Server => self.pop3_server = v,
            Field::Pop3Port => self.pop3_port = parse_port(value).unwrap_or(self.pop3_port),
        }
    }

    /// The settings by logical name, with `password_set` instead of the password.
    pub fn to_json(&self) -> Value {
        json!({
            "auth_method": self.auth_method,
            "service": self.service,
            "account": self.account,
            "password_set": !self.password.is_empty(),
            "sender": self.sender,
            "smtp_server": self.smtp_server,
            "smtp_port": self.smtp_port,
            "secure": self.secure,
            "cert_validation": self.cert_validation,
            "pop3_server": self.pop3_server,
            "pop3_port": self.pop3_port,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_follow_the_manual() {
        assert!(Field::SmtpServer.accepts("smtp.office365.com"));
        assert!(Field::SmtpServer.accepts("127.0.0.1"));
        assert!(!Field::SmtpServer.accepts("300.1.1.1"));
        assert!(!Field::SmtpServer.accepts("smtp..office365.com"));
        assert!(!Field::SmtpServer.accepts("smtp_office365.com"));
        assert!(Field::Sender.accepts("scanner@contoso.com"));
        assert!(!Field::Sender.accepts(".scanner@contoso.com"));
        assert!(!Field::Sender.accepts("Scanner <scanner@contoso.com>"));
        assert!(!Field::Sender.accepts(&"a".repeat(256)));
        assert!(Field::SmtpPort.accepts("587"));
        assert!(!Field::SmtpPort.accepts("0"));
        assert!(!Field::SmtpPort.accepts("65536"));
        assert!(!Field::SmtpPort.accepts("+587"));
        assert!(Field::AuthMethod.accepts("OAUTH2"));
        assert!(!Field::AuthMethod.accepts("oauth2"));
        assert!(!Field::CertValidation.accepts("YES"));
    }

    #[test]
    fn an_empty_password_keeps_the_stored_one() {
        let mut s = Settings::office_email();
        s.set(Field::Password, "");
        assert_eq!(s.password, "Scanner-2019!");
        assert_eq!(s.shown(Field::Password), "");
    }
}
