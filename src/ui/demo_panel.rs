//! The demo mailbox: what the SMTP simulator received (the pre-flight's test message, the
//! printer's scan-to-email), whether the printer's Epson app has the organisation's consent,
//! and a button that makes the demo printer scan to email.

use crate::demo::{Demo, DemoState};
use i18n_embed_fl::fl;
use iced::futures::stream;
use iced::widget::{button, column, container, scrollable, text};
use iced::{Element, Length, Subscription, Task};
use printer_oauth_core::i18n::Lang;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// The panel's state: the demo and what it showed last.
pub struct DemoPanel {
    /// Shared with the subscription, which iced asks for at every update.
    demo: Arc<Demo>,
    state: DemoState,
    scanning: bool,
}

impl fmt::Debug for DemoPanel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DemoPanel({} messages)", self.state.messages.len())
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The simulators changed: read them again.
    Changed,
    Scan,
    Scanned,
}

/// The demo's changes as a subscription: one stream per demo (named by its printer).
struct Watch(Arc<Demo>);

impl Hash for Watch {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.printer.hash(state);
    }
}

impl DemoPanel {
    /// The panel for `demo`, showing what it holds now.
    pub fn new(demo: Demo) -> Self {
        DemoPanel {
            state: demo.state(),
            demo: Arc::new(demo),
            scanning: false,
        }
    }

    /// Has the demo's automatic approval sign in as `account` (the one the wizard's plan names).
    pub fn approve_as(&self, account: &str) {
        self.demo.approve_as(account);
    }

    /// A message at each change of the simulators: no timer, so an idle demo never wakes the
    /// wizard.
    pub fn subscription(&self) -> Subscription<Message> {
        Subscription::run_with(Watch(self.demo.clone()), |watch| {
            stream::unfold(watch.0.changes(), |mut changes| async move {
                changes.next().await.then_some((Message::Changed, changes))
            })
        })
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Changed => {
                self.state = self.demo.state();
                Task::none()
            }
            Message::Scan => {
                self.scanning = true;
                let demo = self.demo.clone();
                Task::future(async move {
                    // The result shows as a message in the mailbox, or as the printer's job code
                    // on the Apply and verify page.
                    if let Err(e) = demo.scan(&demo.mailbox).await {
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
            .state
            .messages
            .iter()
            .rev()
            .fold(column![].spacing(6), |c, m| {
                c.push(text(format!("{} → {}\n{}", m.from, m.to.join(", "), m.subject)).size(12))
            });
        let consent = if self.state.consented {
            fl!(l, "ui-demo-consented", org = self.demo.tenant_name.as_str())
        } else {
            fl!(l, "ui-demo-not-consented")
        };
        container(
            column![
                button(text(fl!(l, "ui-demo-scan")).size(13))
                    .on_press_maybe((!self.scanning).then_some(Message::Scan))
                    .style(button::secondary),
                text(consent).size(12),
                text(fl!(l, "ui-demo-mailbox", count = self.state.messages.len())).size(15),
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
