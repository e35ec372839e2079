//! The sign-in relay as text: the code and address (opened in the browser), the countdown,
//! the signed-in account, and Ctrl+C. Shared by `preflight` and `printer setup`.

use super::output::Output;
use printer_oauth::signin::Event;
use tokio_util::sync::CancellationToken;

/// Says one sign-in event; the first one opens the sign-in page unless told not to.
pub fn say(out: &Output, event: &Event, open_browser: bool, expected_account: Option<&str>) {
    let lang = out.lang;
    match event {
        Event::Code {
            user_code,
            verification_uri,
            expires_in,
            ..
        } => {
            out.say(&lang.text_with(
                "signin-code",
                &[
                    ("uri", verification_uri.clone()),
                    ("code", user_code.clone()),
                    ("minutes", (expires_in / 60).to_string()),
                ],
            ));
            if open_browser && open::that_detached(verification_uri).is_err() {
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
