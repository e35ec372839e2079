//! The email settings a printer holds (Email Server > Basic, and the fax server's email
//! settings), the values this product writes for OAuth 2.0, and validation against the
//! printer's own limits (docs/architecture.md#microsoft-and-epson-facts) before anything is sent.

use crate::cloud::{Cloud, Endpoints, Service};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::Ipv4Addr;

/// A field of the email settings form. A printer profile maps each to the printer's own
/// field name (and, for choices, its own values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    AuthMethod,
    Service,
    Account,
    Password,
    Sender,
    SmtpServer,
    SmtpPort,
    Secure,
    CertValidation,
    Pop3Server,
    Pop3Port,
}

impl Field {
    /// Every field, in the order of the printer's form.
    pub const ALL: [Field; 11] = [
        Field::AuthMethod,
        Field::Service,
        Field::Account,
        Field::Password,
        Field::Sender,
        Field::SmtpServer,
        Field::SmtpPort,
        Field::Secure,
        Field::CertValidation,
        Field::Pop3Server,
        Field::Pop3Port,
    ];

    /// The name the profile uses (`auth_method`, `smtp_port`...).
    pub fn key(self) -> &'static str {
        match self {
            Field::AuthMethod => "auth_method",
            Field::Service => "service",
            Field::Account => "account",
            Field::Password => "password",
            Field::Sender => "sender",
            Field::SmtpServer => "smtp_server",
            Field::SmtpPort => "smtp_port",
            Field::Secure => "secure",
            Field::CertValidation => "cert_validation",
            Field::Pop3Server => "pop3_server",
            Field::Pop3Port => "pop3_port",
        }
    }

    /// The field's label as Web Config shows it (Fluent `field-*`; the Croatian guide keeps
    /// Web Config's English labels, so both languages use them).
    pub fn label(self, lang: Lang) -> String {
        lang.text(&format!("field-{}", self.key().replace('_', "-")))
    }

    /// The choices of a select or radio field, as the profile names them.
    pub fn choices(self) -> &'static [&'static str] {
        match self {
            Field::AuthMethod => &["off", "smtp-auth", "pop-before-smtp", "oauth2"],
            Field::Service => &["exchange-online", "outlook"],
            Field::Secure => &["none", "starttls", "ssl-tls"],
            Field::CertValidation => &["enable", "disable"],
            _ => &[],
        }
    }

    /// A value as Web Config shows it: a choice by its label (`starttls` is "STARTTLS",
    /// `oauth2` is "OAuth2", Fluent `choice-*`), any other text as it is.
    pub fn display_value(self, value: &str, lang: Lang) -> String {
        if self.choices().contains(&value) {
            lang.text(&format!("choice-{value}"))
        } else {
            value.to_string()
        }
    }
}

/// Settings by field, each value as the product names it: a choice key (`oauth2`,
/// `starttls`, `enable`) or the text of a text field.
pub type Values = BTreeMap<Field, String>;

/// How the printer connects to the SMTP server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Security {
    None,
    Starttls,
    SslTls,
}

impl Security {
    fn key(self) -> &'static str {
        match self {
            Security::None => "none",
            Security::Starttls => "starttls",
            Security::SslTls => "ssl-tls",
        }
    }
}

/// What the wizard writes to move a printer to OAuth 2.0.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OAuthSettings {
    pub service: Service,
    pub sender: String,
    pub smtp_server: String,
    pub smtp_port: u16,
    pub secure: Security,
    pub cert_validation: bool,
}

impl OAuthSettings {
    /// The right settings for a service and cloud: its submission server on port 587 with
    /// STARTTLS, certificate validation on.
    pub fn defaults(service: Service, cloud: Cloud, sender: &str) -> OAuthSettings {
        let endpoints = Endpoints::of(service, cloud);
        OAuthSettings {
            service,
            sender: sender.trim().to_string(),
            smtp_server: endpoints.smtp_host.to_string(),
            smtp_port: endpoints.smtp_port,
            secure: Security::Starttls,
            cert_validation: true,
        }
    }

    /// The fields to change, as choice keys and texts.
    pub fn values(&self) -> Values {
        let service = match self.service {
            Service::ExchangeOnline => "exchange-online",
            Service::Outlook => "outlook",
        };
        let validation = if self.cert_validation {
            "enable"
        } else {
            "disable"
        };
        BTreeMap::from([
            (Field::AuthMethod, "oauth2".to_string()),
            (Field::Service, service.to_string()),
            (Field::Sender, self.sender.clone()),
            (Field::SmtpServer, self.smtp_server.clone()),
            (Field::SmtpPort, self.smtp_port.to_string()),
            (Field::Secure, self.secure.key().to_string()),
            (Field::CertValidation, validation.to_string()),
        ])
    }

    /// Checks the settings against the printer's limits; every violation is reported.
    pub fn validate(&self) -> Result<(), Vec<Violation>> {
        let mut found = Vec::new();
        found.extend(check_sender(&self.sender));
        found.extend(check_host(Field::SmtpServer, &self.smtp_server));
        if self.smtp_port == 0 {
            found.push(Violation::new(Field::SmtpPort, Problem::Port));
        }
        if self.secure == Security::None {
            found.push(Violation::new(Field::Secure, Problem::NeedsTls));
        }
        if found.is_empty() { Ok(()) } else { Err(found) }
    }
}

/// The longest text the printer takes in an address field.
pub const MAX_LEN: usize = 255;
/// Characters the printer refuses in the sender's address.
const SENDER_FORBIDDEN: &[char] = &[':', '(', ')', '<', '>', '[', ']', ';', '\\'];

/// One field that breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub field: Field,
    pub problem: Problem,
}

/// What is wrong with a field's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "problem")]
pub enum Problem {
    Empty,
    TooLong,
    NotAscii,
    Forbidden { character: char },
    LeadingDot,
    NotAddress,
    NotHost,
    Port,
    NeedsTls,
}

impl Violation {
    fn new(field: Field, problem: Problem) -> Violation {
        Violation { field, problem }
    }

    /// The violation as a sentence naming the field and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let (id, mut args) = match &self.problem {
            Problem::Empty => ("violation-empty", vec![]),
            Problem::TooLong => ("violation-too-long", vec![("max", MAX_LEN.to_string())]),
            Problem::NotAscii => ("violation-not-ascii", vec![]),
            Problem::Forbidden { character } => (
                "violation-forbidden",
                vec![("character", character.to_string())],
            ),
            Problem::LeadingDot => ("violation-leading-dot", vec![]),
            Problem::NotAddress => ("violation-not-address", vec![]),
            Problem::NotHost => ("violation-not-host", vec![]),
            Problem::Port => ("violation-port", vec![]),
            Problem::NeedsTls => ("violation-needs-tls", vec![]),
        };
        args.push(("field", self.field.label(lang)));
        lang.text_with(id, &args)
    }
}

/// The printer's rules for text fields: at most 255 characters, ASCII only.
fn check_text(field: Field, value: &str) -> Option<Violation> {
    if value.is_empty() {
        Some(Violation::new(field, Problem::Empty))
    } else if !value.is_ascii() {
        Some(Violation::new(field, Problem::NotAscii))
    } else if value.len() > MAX_LEN {
        Some(Violation::new(field, Problem::TooLong))
    } else {
        None
    }
}

/// Sender's Email Address: the text rules, none of `:()<>[];\`, no leading dot, an address.
pub fn check_sender(sender: &str) -> Option<Violation> {
    let field = Field::Sender;
    if let Some(v) = check_text(field, sender) {
        return Some(v);
    }
    if let Some(character) = sender.chars().find(|c| SENDER_FORBIDDEN.contains(c)) {
        return Some(Violation::new(field, Problem::Forbidden { character }));
    }
    if sender.starts_with('.') {
        return Some(Violation::new(field, Problem::LeadingDot));
    }
    if crate::mail::parse_address(sender).is_err() {
        return Some(Violation::new(field, Problem::NotAddress));
    }
    None
}

/// A server address field: the text rules, then an IPv4 address or a fully qualified name.
pub fn check_host(field: Field, host: &str) -> Option<Violation> {
    if let Some(v) = check_text(field, host) {
        return Some(v);
    }
    if host.parse::<Ipv4Addr>().is_ok() || is_fqdn(host) {
        None
    } else {
        Some(Violation::new(field, Problem::NotHost))
    }
}

/// A name of two or more labels of letters, digits and inner hyphens, 63 characters each;
/// the last label is not all digits.
fn is_fqdn(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    let labels: Vec<&str> = host.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    labels.len() >= 2
        && labels.iter().all(label_ok)
        && labels
            .last()
            .is_some_and(|l| !l.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(sender: &str, server: &str) -> OAuthSettings {
        OAuthSettings {
            sender: sender.into(),
            smtp_server: server.into(),
            ..OAuthSettings::defaults(Service::ExchangeOnline, Cloud::Global, "x@contoso.com")
        }
    }

    #[test]
    fn defaults_follow_service_and_cloud() {
        let exo = OAuthSettings::defaults(Service::ExchangeOnline, Cloud::Global, " a@b.com ");
        assert_eq!(
            (exo.smtp_server.as_str(), exo.smtp_port, exo.secure),
            ("smtp.office365.com", 587, Security::Starttls)
        );
        assert_eq!(exo.sender, "a@b.com");
        assert!(exo.cert_validation);
        let outlook = OAuthSettings::defaults(Service::Outlook, Cloud::Global, "a@outlook.com");
        assert_eq!(outlook.smtp_server, "smtp-mail.outlook.com");
        let gov = OAuthSettings::defaults(Service::ExchangeOnline, Cloud::Usgov, "a@b.us");
        assert_eq!(gov.smtp_server, "smtp.office365.us");
        assert_eq!(exo.values()[&Field::AuthMethod], "oauth2");
        assert_eq!(outlook.values()[&Field::Service], "outlook");
    }

    #[test]
    fn each_rule_names_its_field() {
        let cases: &[(&str, &str, Field, Problem)] = &[
            ("", "smtp.office365.com", Field::Sender, Problem::Empty),
            (
                "scan(1)@contoso.com",
                "smtp.office365.com",
                Field::Sender,
                Problem::Forbidden { character: '(' },
            ),
            (
                ".scan@contoso.com",
                "smtp.office365.com",
                Field::Sender,
                Problem::LeadingDot,
            ),
            (
                "skener@čakovec.hr",
                "smtp.office365.com",
                Field::Sender,
                Problem::NotAscii,
            ),
            (
                "scanner",
                "smtp.office365.com",
                Field::Sender,
                Problem::NotAddress,
            ),
            (
                "a@contoso.com",
                "smtp office365",
                Field::SmtpServer,
                Problem::NotHost,
            ),
            (
                "a@contoso.com",
                "localhost",
                Field::SmtpServer,
                Problem::NotHost,
            ),
            (
                "a@contoso.com",
                "fe80::1",
                Field::SmtpServer,
                Problem::NotHost,
            ),
        ];
        for (sender, server, field, problem) in cases {
            let found = settings(sender, server).validate().unwrap_err();
            assert_eq!(
                found,
                vec![Violation::new(*field, problem.clone())],
                "{sender} {server}"
            );
        }
        let long = format!("{}@contoso.com", "a".repeat(250));
        assert_eq!(
            settings(&long, "10.0.0.5").validate().unwrap_err()[0].problem,
            Problem::TooLong
        );
        let mut no_tls = settings("a@contoso.com", "10.0.0.5");
        no_tls.secure = Security::None;
        no_tls.smtp_port = 0;
        assert_eq!(no_tls.validate().unwrap_err().len(), 2);
        assert!(
            settings("a@contoso.com", "smtp.office365.com.")
                .validate()
                .is_ok()
        );
    }

    #[test]
    fn choices_show_as_web_config_labels_and_texts_as_they_are() {
        for lang in Lang::ALL {
            assert_eq!(Field::Secure.display_value("starttls", lang), "STARTTLS");
            assert_eq!(Field::AuthMethod.display_value("oauth2", lang), "OAuth2");
            assert_eq!(
                Field::Service.display_value("exchange-online", lang),
                "Microsoft Exchange Online"
            );
            // A text field keeps a value that happens to be a choice key of another field.
            assert_eq!(Field::Sender.display_value("starttls", lang), "starttls");
            assert_eq!(Field::SmtpPort.display_value("587", lang), "587");
            // A value the printer holds that is not one of the field's choices stays as is.
            assert_eq!(Field::Secure.display_value("tls13", lang), "tls13");
        }
    }

    #[test]
    fn messages_name_the_field_in_both_languages() {
        let v = Violation::new(Field::Sender, Problem::Forbidden { character: ';' });
        assert!(v.message(Lang::En).contains("Sender's Email Address"));
        assert!(v.message(Lang::En).contains(';'));
        assert!(v.message(Lang::Hr).contains(';'));
        assert_ne!(v.message(Lang::En), v.message(Lang::Hr));
    }
}
