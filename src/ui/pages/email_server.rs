//! Page 4: the email server fields, prefilled for the service and cloud and checked as they
//! are typed against the printer's own limits and Microsoft's submission ports (465 refused,
//! any port but 587 warned about); a sender that looks like a typo of the mailbox named on
//! page 2 is warned about before anything is sent; certificate validation on (a warning when
//! it is turned off); the fax server's email settings as an option.

use super::Action;
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::widget::{checkbox, column, container, text, text_input, toggler};
use iced::{Element, Length};
use printer_oauth_core::cloud::{Cloud, Service};
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::printer::settings::{Field, OAuthSettings, Security, Violation};
use printer_oauth_core::wizard::Page;

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
    /// The printer's mailbox named on page 2, to catch a mistyped sender.
    mailbox: String,
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
            mailbox: String::new(),
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
        self.mailbox = mailbox.trim().to_string();
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

    /// Why Next is not possible yet: the first rule a field breaks, or a port Microsoft does
    /// not take mail on at all.
    pub fn blocker(&self, service: Service, lang: Lang) -> Option<String> {
        self.settings(service)
            .err()
            .and_then(|v| v.first().map(|v| v.message(lang)))
            .or_else(|| self.port_refusal(service, lang))
    }

    fn port(&self) -> Option<u16> {
        self.port.trim().parse().ok().filter(|p| *p != 0)
    }

    /// Port 465 is implicit TLS, which Microsoft's submission does not offer; the printer
    /// would speak STARTTLS to it and never connect.
    fn port_refusal(&self, service: Service, lang: Lang) -> Option<String> {
        (self.port() == Some(465)).then(|| {
            fl!(
                lang.loader(),
                "ui-email-port-465",
                service = service_name(service)
            )
        })
    }

    /// Any other port but 587 (25 works with Exchange Online, but 587 is recommended).
    fn port_warning(&self, service: Service, lang: Lang) -> Option<String> {
        let l = lang.loader();
        match (self.port()?, service) {
            (587 | 465, _) => None,
            (25, Service::ExchangeOnline) => Some(fl!(l, "ui-email-port-25")),
            (port, Service::ExchangeOnline) => {
                Some(fl!(l, "ui-email-port-other-exchange", port = port))
            }
            (port, Service::Outlook) => Some(fl!(l, "ui-email-port-other-outlook", port = port)),
        }
    }

    /// A sender one or two characters away from the mailbox named on page 2 (case aside) is
    /// most likely a typo of it.
    fn sender_typo(&self, lang: Lang) -> Option<String> {
        let sender = self.sender.trim();
        if sender.is_empty() || self.mailbox.is_empty() {
            return None;
        }
        let edits = edit_distance(&sender.to_lowercase(), &self.mailbox.to_lowercase());
        (1..=2).contains(&edits).then(|| {
            fl!(
                lang.loader(),
                "ui-email-sender-typo",
                sender = sender.to_string(),
                mailbox = self.mailbox.clone(),
                page = Page::ExchangeOnline.name(lang),
                edits = edits
            )
        })
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
            self.sender_typo(lang).map(warning),
            labelled(Field::SmtpServer, &self.server, Message::Server, lang),
            problem(Field::SmtpServer),
            labelled(Field::SmtpPort, &self.port, Message::Port, lang),
            problem(Field::SmtpPort),
            self.port_refusal(service, lang)
                .map(|why| text(why).size(14).style(text::danger)),
            self.port_warning(service, lang).map(warning),
            text(format!("{}: STARTTLS", Field::Secure.label(lang))).size(15),
            toggler(self.cert_validation)
                .label(Field::CertValidation.label(lang))
                .on_toggle(Message::CertValidation),
        ]
        .spacing(10);
        if !self.cert_validation {
            page = page.push(warning(fl!(l, "ui-email-validation-off")));
        }
        page.push(
            checkbox(self.fax)
                .label(fl!(l, "ui-email-fax"))
                .on_toggle(Message::Fax),
        )
        .into()
    }
}

/// A warning under a field: worth a look, not a reason to stop.
fn warning<'a>(content: String) -> Element<'a, Message> {
    container(text(content).size(15))
        .padding(12)
        .width(Length::Fill)
        .style(container::warning)
        .into()
}

/// The service as Microsoft names it.
fn service_name(service: Service) -> &'static str {
    match service {
        Service::ExchangeOnline => "Exchange Online",
        Service::Outlook => "Outlook.com",
    }
}

/// The edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // d[i][j]: the distance between the first i characters of a and the first j of b.
    let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    d[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
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
    use printer_oauth_core::printer::settings::Problem;

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

    fn shows(page: &EmailServer, service: Service, content: &str) -> bool {
        crate::ui::snapshots::simulator(page.view(service, Lang::En), crate::ui::MIN_SIZE)
            .find(content)
            .is_ok()
    }

    #[test]
    fn port_465_is_refused_with_the_reason_and_other_ports_than_587_are_warned_about() {
        let exchange = Service::ExchangeOnline;
        let mut page = EmailServer::default();
        page.prefill(exchange, Cloud::Global, "scanner@contoso.com");
        assert_eq!(page.blocker(exchange, Lang::En), None);
        let _ = page.update(Message::Port("465".into()));
        let refusal = page.blocker(exchange, Lang::En).expect("465 blocks Next");
        assert!(refusal.contains("a device that defaults to 465 does not support SMTP AUTH"));
        assert!(refusal.contains("Exchange Online") && refusal.contains("587"));
        assert!(shows(&page, exchange, &refusal));
        let outlook = page
            .blocker(Service::Outlook, Lang::Hr)
            .expect("for Outlook.com too");
        assert!(outlook.contains("Outlook.com") && outlook.contains("465"));
        // 25 works, but 587 is recommended: a warning, not a refusal.
        let _ = page.update(Message::Port("25".into()));
        assert_eq!(page.blocker(exchange, Lang::En), None);
        assert!(shows(&page, exchange, &Lang::En.text("ui-email-port-25")));
        let _ = page.update(Message::Port("2525".into()));
        assert_eq!(page.blocker(exchange, Lang::En), None);
        let other = page.port_warning(exchange, Lang::En).unwrap();
        assert!(other.contains("2525") && shows(&page, exchange, &other));
        let _ = page.update(Message::Port("587".into()));
        assert_eq!(page.port_warning(exchange, Lang::En), None);
        assert!(!shows(&page, exchange, &Lang::En.text("ui-email-port-25")));
    }

    #[test]
    fn a_sender_that_looks_like_a_typo_of_the_mailbox_is_warned_about() {
        let service = Service::ExchangeOnline;
        let mut page = EmailServer::default();
        page.prefill(service, Cloud::Global, "scanner@contoso.com");
        assert_eq!(page.sender_typo(Lang::En), None, "the mailbox itself");
        for (typed, edits) in [
            ("scaner@contoso.com", 1),
            ("scnaner@contoso.com", 1),
            ("scanner@contoso.co", 1),
            ("scaner@contso.com", 2),
        ] {
            let _ = page.update(Message::Sender(typed.into()));
            let warning = page
                .sender_typo(Lang::En)
                .unwrap_or_else(|| panic!("{typed}"));
            assert!(warning.contains(typed) && warning.contains("scanner@contoso.com"));
            let by = if edits == 1 {
                "one character"
            } else {
                "2 characters"
            };
            assert!(warning.contains(by), "{warning}");
            assert!(shows(&page, service, &warning), "{typed}");
            // A warning, before anything is sent; it does not stop the setup.
            assert_eq!(page.blocker(service, Lang::En), None);
        }
        for other in ["SCANNER@Contoso.com", "reception@contoso.com", ""] {
            let _ = page.update(Message::Sender(other.into()));
            assert_eq!(page.sender_typo(Lang::En), None, "{other}");
        }
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
