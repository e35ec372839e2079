//! The sign-in relay as text: the code and address (opened in the browser when it is one of
//! the cloud's Microsoft sign-in pages), the countdown, the signed-in account, and Ctrl+C.
//! Shared by `preflight` and `printer setup`.

use super::events;
use super::output::Output;
use printer_oauth_core::links::{Link, Links, OpenError};
use printer_oauth_core::signin::Event;
use tokio_util::sync::CancellationToken;

/// Says one sign-in event; the first one opens the sign-in page unless told not to. An address
/// that is not one of `links`' sign-in pages is never opened: it is shown as inert text with a
/// warning, and an `unexpected-address` event (holding the address as given) says so.
pub fn say(
    out: &Output,
    event: &Event,
    links: &Links,
    open_browser: bool,
    expected_account: Option<&str>,
) {
    let lang = out.lang;
    match event {
        Event::Code {
            user_code,
            verification_uri,
            expires_in,
            ..
        } => {
            let mut args = [
                ("uri", verification_uri.clone()),
                ("code", user_code.clone()),
                ("minutes", (expires_in / 60).to_string()),
            ];
            if let Err(why) = links.check(verification_uri, Link::SignIn) {
                tracing::debug!(%why, "the sign-in address is not opened");
                args[0].1 = inert(verification_uri);
                let message = lang.text_with("signin-unexpected-address", &args);
                out.event(&events::Event::UnexpectedAddress {
                    verification_uri,
                    opened: false,
                    message: &message,
                });
                out.say(&message);
                return;
            }
            out.say(&lang.text_with("signin-code", &args));
            if !open_browser {
                return;
            }
            if let Err(e @ OpenError::Browser(_)) = links.open(verification_uri, Link::SignIn) {
                tracing::debug!(error = %e, "no browser");
                out.say(&lang.text("signin-no-browser"));
            }
        }
        Event::Waiting { expires_in, .. } => {
            out.say(&lang.text_with("signin-waiting", &[("seconds", expires_in.to_string())]));
        }
        Event::Retrying { error, retry_in } => out.say(&lang.text_with(
            "signin-retrying",
            &[("error", error.clone()), ("seconds", retry_in.to_string())],
        )),
        Event::SignedIn { account } => {
            let account = account
                .clone()
                .or_else(|| expected_account.map(str::to_string))
                .unwrap_or_default();
            out.say(&lang.text_with("signin-done", &[("account", account)]));
        }
    }
}

/// A token cancelled by Ctrl+C, so a waiting sign-in stops cleanly (exit 5, nothing written).
pub fn cancel_on_interrupt() -> CancellationToken {
    let cancel = CancellationToken::new();
    let on_interrupt = cancel.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            on_interrupt.cancel();
        }
    });
    cancel
}

/// An address as inert text: its control characters spelled out (`\u{1b}`), so that what a
/// printer sent can be read, and never drives the terminal.
fn inert(address: &str) -> String {
    address
        .chars()
        .map(|c| match c.is_control() {
            true => format!("\\u{{{:x}}}", c as u32),
            false => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unexpected_address_is_spelled_out() {
        assert_eq!(
            inert("file:///etc/passwd\u{1b}]0;pwned\u{7}"),
            "file:///etc/passwd\\u{1b}]0;pwned\\u{7}"
        );
        assert_eq!(
            inert("https://microsoft.com/devicelogin"),
            "https://microsoft.com/devicelogin"
        );
    }
}
