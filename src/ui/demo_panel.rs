//! The demo mailbox: what the SMTP simulator received (the pre-flight's test message, the
//! printer's scan-to-email), whether the printer's Epson app has the organisation's consent,
//! and a button that makes the demo printer scan to email.

use crate::i18n::Lang;
use crate::printer::address::parse_manual_address;
use crate::printer::tls::Trust;
use crate::printer::web::Web;
use crate::sim::Shared;
use crate::sim::directory::{self, ReceivedMessage};
use i18n_embed_fl::fl;
use iced::widget::{button, column, container, scrollable, text};
use iced::{Element, Length, Subscription, Task};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// The panel's state: the simulators and what arrived so far.
pub struct DemoPanel {
    shared: Arc<Shared>,
    printer: String,
    fingerprint: String,
    recipient: String,
    messages: Vec<ReceivedMessage>,
    /// Whether an administrator consented to the Epson app for the organisation.
    consented: bool,
    scanning: bool,
}

impl fmt::Debug for DemoPanel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DemoPanel({} messages)", self.messages.len())
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Tick,
    Scan,
    Scanned,
}

impl DemoPanel {
    /// The panel for simulators whose printer listens at `printer` with this certificate.
    pub fn new(
        shared: Arc<Shared>,
        printer: String,
        fingerprint: String,
        recipient: String,
    ) -> Self {
        DemoPanel {
            shared,
            printer,
            fingerprint,
            recipient,
            messages: Vec::new(),
            consented: false,
            scanning: false,
        }
    }

    /// Has the demo's automatic approval sign in as `account` (the one the wizard's plan
    /// names), when it is one of the demo tenant's; otherwise the simulator's own choice.
    pub fn approve_as(&self, account: &str) {
        let known = directory::ACCOUNTS
            .iter()
            .find(|a| a.username.eq_ignore_ascii_case(account.trim()))
            .map(|a| a.username.to_string());
        self.shared.dir().default_approver = known;
    }

    /// Looks at the demo mailbox and the consent every second.
    pub fn subscription() -> Subscription<Message> {
        iced::time::every(Duration::from_secs(1)).map(|_| Message::Tick)
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Tick => {
                let dir = self.shared.dir();
                self.messages = dir.mailbox.clone();
                self.consented = dir.org_consented(directory::EPSON_CLIENT_ID);
                Task::none()
            }
            Message::Scan => {
                self.scanning = true;
                let (printer, fingerprint) = (self.printer.clone(), self.fingerprint.clone());
                let to = self.recipient.clone();
                Task::future(async move {
                    // The result shows as a message in the mailbox, or as the printer's job code
                    // on the Apply and verify page.
                    if let Err(e) = scan(&printer, fingerprint, &to).await {
                        tracing::warn!(error = %e, "the demo printer could not be asked to scan");
                    }
                })
                .map(|()| Message::Scanned)
            }
            Message::Scanned => {
                self.scanning = false;
                Task::none()
            }
        }
    }

    /// The panel: its button first, so it is never pushed out of the window; the messages
    /// scroll in the room left.
    pub fn view(&self, lang: Lang) -> Element<'_, Message> {
        let l = lang.loader();
        let list = self
            .messages
            .iter()
            .rev()
            .fold(column![].spacing(6), |c, m| {
                c.push(text(format!("{} → {}\n{}", m.from, m.to.join(", "), m.subject)).size(12))
            });
        let consent = if self.consented {
            fl!(l, "ui-demo-consented", org = directory::TENANT_NAME)
        } else {
            fl!(l, "ui-demo-not-consented")
        };
        container(
            column![
                button(text(fl!(l, "ui-demo-scan")).size(13))
                    .on_press_maybe((!self.scanning).then_some(Message::Scan))
                    .style(button::secondary),
                text(consent).size(12),
                text(fl!(l, "ui-demo-mailbox", count = self.messages.len())).size(15),
                scrollable(list).height(Length::Fill),
            ]
            .spacing(10),
        )
        .padding(10)
        .width(Length::Fill)
        .height(Length::Fill)
        .style(container::rounded_box)
        .into()
    }
}

/// Asks the demo printer to scan to email with its own settings.
async fn scan(printer: &str, fingerprint: String, to: &str) -> Result<(), String> {
    let address = parse_manual_address(printer).map_err(|e| e.to_string())?;
    let mut web = Web::new(
        &address,
        &Trust::Pin(Some(fingerprint)),
        &[],
        Duration::from_secs(20),
    )
    .map_err(|e| e.to_string())?;
    web.post("/sim/scan", &[("to".to_string(), to.to_string())])
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}
