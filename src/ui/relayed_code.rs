//! A relayed sign-in under way, as the Exchange Online page's pre-flight and the Sign in page
//! both show it: the code large with Copy and Open in browser (Open only for Microsoft's own
//! sign-in addresses), the countdown, and Cancel. One state, one view, one set of messages.

use super::pages::Action;
use super::widgets;
use iced::Element;
use iced::widget::{Column, column};
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::links::{Link, Links};
use printer_oauth_core::signin::Event;
use tokio_util::sync::CancellationToken;

/// The sign-in's code and countdown, and what cancels it.
#[derive(Debug, Clone)]
pub struct RelayedCode {
    /// The code and the address it is entered at, once Microsoft gave them.
    code: Option<(String, String)>,
    /// The seconds left before the code expires, as last said.
    seconds_left: Option<u64>,
    cancel: CancellationToken,
}

/// What the admin can do with a relayed code.
#[derive(Debug, Clone)]
pub enum Message {
    Copy,
    Open,
    Cancel,
}

impl RelayedCode {
    /// A sign-in that starts now, with no code yet; `cancel` stops it.
    pub fn new(cancel: CancellationToken) -> Self {
        RelayedCode {
            code: None,
            seconds_left: None,
            cancel,
        }
    }

    /// A sign-in whose code is already shown (for the pages' tests).
    #[cfg(test)]
    pub fn showing(code: &str, uri: &str, seconds_left: u64) -> Self {
        RelayedCode {
            code: Some((code.into(), uri.into())),
            seconds_left: Some(seconds_left),
            cancel: CancellationToken::new(),
        }
    }

    /// Takes in a sign-in's progress: a new code, or the seconds left while waiting.
    pub fn on_event(&mut self, event: &Event) {
        match event {
            Event::Code {
                user_code,
                verification_uri,
                expires_in,
                ..
            } => {
                self.code = Some((user_code.clone(), verification_uri.clone()));
                self.seconds_left = Some(*expires_in);
            }
            Event::Waiting { expires_in, .. } => self.seconds_left = Some(*expires_in),
            _ => {}
        }
    }

    /// Stops the sign-in (the page is left, or the printer changed).
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// Copy and Open are the wizard's to do; Cancel stops the sign-in.
    pub fn update<M>(&self, message: Message) -> Action<M> {
        match (message, &self.code) {
            (Message::Copy, Some((code, _))) => Action::Copy(code.clone()),
            (Message::Open, Some((_, uri))) => Action::OpenSignIn(uri.clone()),
            (Message::Cancel, _) => {
                self.cancel.cancel();
                Action::None
            }
            (Message::Copy | Message::Open, None) => Action::None,
        }
    }

    /// The code with Copy and Open (or `waiting` until there is a code), then `hint`, the
    /// countdown and Cancel. An address that is not one of `links`' sign-in pages is shown with
    /// the warning `unexpected` (a Fluent id), never opened.
    pub fn view<'a>(
        &'a self,
        waiting: String,
        hint: Option<String>,
        unexpected: &'static str,
        links: &Links,
        lang: Lang,
    ) -> Element<'a, Message> {
        let mut c: Column<'a, Message> = column![].spacing(10);
        c = match &self.code {
            Some((code, uri)) => {
                let open = links
                    .check(uri, Link::SignIn)
                    .map(|_| Message::Open)
                    .map_err(|_| unexpected);
                c.push(widgets::sign_in_code(code, uri, Message::Copy, open, lang))
                    .push(hint.map(|h| iced::widget::text(h).size(15)))
            }
            None => c.push(iced::widget::text(waiting).size(16)),
        };
        if let Some(seconds) = self.seconds_left {
            c = c.push(widgets::countdown(seconds, lang));
        }
        c.push(widgets::cancel(Message::Cancel, lang)).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_then_waits_update_the_countdown_and_cancel_stops() {
        let cancel = CancellationToken::new();
        let mut relayed = RelayedCode::new(cancel.clone());
        assert!(matches!(relayed.update::<()>(Message::Copy), Action::None));
        relayed.on_event(&Event::Code {
            user_code: "GHJK2345L".into(),
            verification_uri: "https://microsoft.com/devicelogin".into(),
            expires_in: 900,
            interval: 5,
        });
        relayed.on_event(&Event::Waiting {
            expires_in: 840,
            next_poll_in: 5,
        });
        assert_eq!(relayed.seconds_left, Some(840));
        assert!(matches!(relayed.update::<()>(Message::Copy), Action::Copy(c) if c == "GHJK2345L"));
        assert!(
            matches!(relayed.update::<()>(Message::Open), Action::OpenSignIn(u) if u == "https://microsoft.com/devicelogin")
        );
        assert!(!cancel.is_cancelled());
        let _ = relayed.update::<()>(Message::Cancel);
        assert!(cancel.is_cancelled());
    }
}
