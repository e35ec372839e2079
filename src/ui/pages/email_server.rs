//! Page 4: the email server fields, prefilled for the service and cloud and checked as they
//! are typed against the printer's own limits; certificate validation on (a warning when it
//! is turned off); the fax server's email settings as an option.

use super::Action;
use crate::cloud::{Cloud, Service};
use crate::i18n::Lang;
use crate::printer::settings::{Field, OAuthSettings, Security, Violation};
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::widget::{checkbox, column, container, text, text_input, toggler};
use iced::{Element, Length};

/// The fields as typed.
#[derive(Debug, Clone)]
pub struct EmailServer {
    sender: String,
    server: String,
    port: String,
    cert_validation: bool,
    /// Also set up Fax > Fax Server > Email Server Settings.
    pub fax: bool,
    /// Whether the admin changed the server fields (then a new service keeps them).
    edited: bool,
}

impl Default for EmailServer {
    fn default() -> Self {
        EmailServer {
            sender: String::new(),
            server: String::new(),
            port: String::new(),
            cert_validation: true,
            fax: false,
            edited: false,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Sender(String),
    Server(String),
    Port(String),
    CertValidation(bool),
    Fax(bool),
}

impl EmailServer {
    /// Fills in what the earlier pages decided: the mailbox as sender, and the service's
    /// submission server unless the admin typed another.
    pub fn prefill(&mut self, service: Service, cloud: Cloud, mailbox: &str) {
        if self.sender.trim().is_empty() {
            self.sender = mailbox.trim().to_string();
        }
        if !self.edited {
            let defaults = OAuthSettings::defaults(service, cloud, mailbox);
            self.server = defaults.smtp_server;
            self.port = defaults.smtp_port.to_string();
        }
    }

    /// The fields as saved in the wizard's progress.
    pub fn saved(&self) -> (String, String, String, bool) {
        (
            self.sender.clone(),
            self.server.clone(),
            self.port.clone(),
            self.cert_validation,
        )
    }

    /// Puts back fields saved in the wizard's progress (they count as typed).
    pub fn restore(&mut self, sender: &str, server: &str, port: &str, cert_validation: bool) {
        self.sender = sender.to_string();
        self.server = server.to_string();
        self.port = port.to_string();
        self.cert_validation = cert_validation;
        self.edited = !server.is_empty();
    }

    /// The settings to write, or what is wrong with them.
    pub fn settings(&self, service: Service) -> Result<OAuthSettings, Vec<Violation>> {
        let port = self.port.trim().parse::<u16>().unwrap_or(0);
        let settings = OAuthSettings {
            service,
            sender: self.sender.trim().to_string(),
            smtp_server: self.server.trim().to_string(),
            smtp_port: port,
            secure: Security::Starttls,
            cert_validation: self.cert_validation,
        };
        settings.validate().map(|()| settings)
    }

    /// Why Next is not possible yet: the first rule a field breaks.
    pub fn blocker(&self, service: Service, lang: Lang) -> Option<String> {
        self.settings(service)
            .err()
            .and_then(|v| v.first().map(|v| v.message(lang)))
    }

    pub fn update(&mut self, message: Message) -> Action<Message> {
        match message {
            Message::Sender(v) => self.sender = v,
            Message::Server(v) => {
                self.server = v;
                self.edited = true;
            }
            Message::Port(v) => {
                self.port = v;
                self.edited = true;
            }
            Message::CertValidation(on) => self.cert_validation = on,
            Message::Fax(on) => self.fax = on,
        }
        Action::None
    }

    pub fn view(&self, service: Service, lang: Lang) -> Element<'_, Message> {
        let l = lang.loader();
        let violations = self.settings(service).err().unwrap_or_default();
        let problem = |field: Field| {
            violations
                .iter()
                .find(|v| v.field == field)
                .map(|v| text(v.message(lang)).size(14).style(text::danger))
        };
        let mut page = column![
            widgets::title(fl!(l, "ui-email-title")),
            widgets::paragraph(fl!(l, "ui-email-intro")),
            labelled(Field::Sender, &self.sender, Message::Sender, lang),
            problem(Field::Sender),
            labelled(Field::SmtpServer, &self.server, Message::Server, lang),
            problem(Field::SmtpServer),
            labelled(Field::SmtpPort, &self.port, Message::Port, lang),
            problem(Field::SmtpPort),
            text(format!("{}: STARTTLS", Field::Secure.label(lang))).size(15),
            toggler(self.cert_validation)
                .label(Field::CertValidation.label(lang))
                .on_toggle(Message::CertValidation),
        ]
        .spacing(10);
        if !self.cert_validation {
            page = page.push(
                container(text(fl!(l, "ui-email-validation-off")).size(15))
                    .padding(12)
                    .width(Length::Fill)
                    .style(container::warning),
            );
        }
        page.push(
            checkbox(self.fax)
                .label(fl!(l, "ui-email-fax"))
                .on_toggle(Message::Fax),
        )
        .into()
    }
}

/// A field labelled as Web Config labels it.
fn labelled<'a>(
    field: Field,
    value: &str,
    on_input: fn(String) -> Message,
    lang: Lang,
) -> Element<'a, Message> {
    column![
        text(field.label(lang)).size(15),
        text_input("", value).on_input(on_input).padding(8),
    ]
    .spacing(4)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::printer::settings::Problem;

    #[test]
    fn prefilled_for_the_service_and_checked_as_typed() {
        let mut page = EmailServer::default();
        page.prefill(Service::Outlook, Cloud::Global, "me@outlook.com");
        let settings = page.settings(Service::Outlook).unwrap();
        assert_eq!(
            (settings.smtp_server.as_str(), settings.smtp_port),
            ("smtp-mail.outlook.com", 587)
        );
        let _ = page.update(Message::Port("0".into()));
        let _ = page.update(Message::Sender("scan;er@contoso.com".into()));
        let problems: Vec<Problem> = page
            .settings(Service::Outlook)
            .unwrap_err()
            .into_iter()
            .map(|v| v.problem)
            .collect();
        assert_eq!(
            problems,
            vec![Problem::Forbidden { character: ';' }, Problem::Port]
        );
        assert!(
            page.blocker(Service::Outlook, Lang::Hr)
                .unwrap()
                .contains(';')
        );
        // Typed fields survive a new service.
        page.prefill(Service::ExchangeOnline, Cloud::Global, "me@outlook.com");
        assert_eq!(page.port, "0");
    }
}
