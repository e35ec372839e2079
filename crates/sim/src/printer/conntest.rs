//! Network Settings > Email Server > Connection Test: the printer connects to the SMTP server
//! of its Email Server settings over the simulated network, as a scan would (STARTTLS, its
//! own sign-in, the sender in `MAIL FROM`), sends no message, and answers one of the messages
//! Epson's administrator's guides list for the mail server connection check.
//!
//! `GET NWS_EMAIL_CONNECTTEST/TOP` is a form with a setup token and a Start button
//! (`INPUTT_CONNECTTEST=START`); its `POST .../SET` runs the test. A refusal the SMTP server
//! gives only after the message (Send As at `DATA`) is beyond the test, as on the device.

use super::email_form::{TOKEN_FIELD, field};
use super::pages::{self, escape, frame, html};
use super::settings::{Page, Settings};
use super::texts::{Lang, Text};
use super::{MODEL, Printer};
use crate::Fault;
use axum::http::HeaderMap;
use axum::response::Response;
use lettre::Address;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::AsyncSmtpConnection;
use lettre::transport::smtp::commands::{Mail, Rset};
use lettre::transport::smtp::extension::{ClientId, Extension};
use printer_oauth_core::mail::MailError;
use std::time::Duration;

/// The page's name in its path.
pub const PAGE: &str = "NWS_EMAIL_CONNECTTEST";
/// The Start button's name and value.
const TRIGGER_FIELD: &str = "INPUTT_CONNECTTEST";
const TRIGGER_VALUE: &str = "START";
/// How long the printer waits for the SMTP server.
const TIMEOUT: Duration = Duration::from_secs(10);

/// How the test ended: the message's first sentence and what it asks to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Success,
    Network,
    Server,
    Auth,
    AuthMethod,
    /// The Secure Connection the server needs instead.
    Secure(Text),
    Untrusted,
    Sender,
}

impl Outcome {
    fn texts(self) -> (Text, Option<Text>) {
        match self {
            Outcome::Success => (Text::TestSuccess, None),
            Outcome::Network => (Text::TestNetwork, Some(Text::CheckNetwork)),
            Outcome::Server => (Text::TestServer, Some(Text::CheckServer)),
            Outcome::Auth => (Text::TestAuth, Some(Text::CheckAuth)),
            Outcome::AuthMethod => (Text::TestAuthMethod, Some(Text::ChangeAuthMethod)),
            Outcome::Secure(change) => (Text::TestSecure, Some(change)),
            Outcome::Untrusted => (Text::TestUntrusted, Some(Text::CheckCaCertificate)),
            Outcome::Sender => (Text::TestSender, Some(Text::ChangeSender)),
        }
    }
}

/// The outcome of an SMTP refusal during the test.
fn refused(code: u16, text: &str) -> Outcome {
    match code {
        530 if text.contains("STARTTLS") => Outcome::Secure(Text::ChangeSecureToStarttls),
        530 => Outcome::AuthMethod,
        535 | 501 | 504 => Outcome::Auth,
        550 | 553 | 554 => Outcome::Sender,
        _ => Outcome::Network,
    }
}

impl Printer {
    /// `GET /PRESENTATION/ADVANCED/NWS_EMAIL_CONNECTTEST/TOP`.
    pub fn connection_test_form(&self, headers: &HeaderMap) -> Response {
        let Some(session) = self.enter(headers) else {
            return self.login_page();
        };
        let lang = Lang::of(&self.shared.knobs());
        let token = self.state().sessions.issue_token(&session, Page::Email);
        let body = format!(
            "<form method=\"post\" action=\"/PRESENTATION/ADVANCED/{PAGE}/SET\" id=\"{PAGE}\">\n\
             <input type=\"hidden\" name=\"{TOKEN_FIELD}\" value=\"{token}\">\n\
             <p>{intro}</p>\n\
             <p><button type=\"submit\" name=\"{TRIGGER_FIELD}\" value=\"{TRIGGER_VALUE}\">{start}</button></p>\n\
             </form>",
            intro = escape(lang.t(Text::ConnectionTestIntro)),
            start = escape(lang.t(Text::Start)),
        );
        html(frame(lang, lang.t(Text::ConnectionTest), true, &body))
    }

    /// `POST /PRESENTATION/ADVANCED/NWS_EMAIL_CONNECTTEST/SET`: runs the test, answers its
    /// message.
    pub async fn connection_test(
        &self,
        headers: &HeaderMap,
        form: &[(String, String)],
    ) -> Response {
        if let Err(answer) = self.admit_form(headers, Page::Email, form) {
            return answer;
        }
        let lang = Lang::of(&self.shared.knobs());
        let back = format!("/PRESENTATION/ADVANCED/{PAGE}/TOP");
        let title = lang.t(Text::ConnectionTest);
        if field(form, TRIGGER_FIELD) != Some(TRIGGER_VALUE) {
            return pages::message(
                lang,
                title,
                &format!("{} : {TRIGGER_FIELD}", lang.t(Text::InvalidValue)),
                lang.t(Text::CheckValue),
                &back,
            );
        }
        let (message, check) = self.test_connection(Page::Email).await.texts();
        let check = check.map(|t| lang.t(t)).unwrap_or_default();
        pages::message(lang, title, lang.t(message), check, &back)
    }

    /// Connects, secures, signs in and names the sender as the printer's settings say.
    async fn test_connection(&self, page: Page) -> Outcome {
        let settings = self.state().pages[page.index()].settings.clone();
        if self.shared.knobs().has(Fault::PrinterCloudUnreachable) {
            return Outcome::Network;
        }
        let Some(addr) = self.route(&settings.smtp_server, settings.smtp_port) else {
            return if Printer::known_host(&settings.smtp_server) {
                Outcome::Network
            } else {
                Outcome::Server
            };
        };
        let credentials = match settings.auth_method.as_str() {
            "OAUTH2" => match self.access_token(page).await {
                Ok((account, token)) => {
                    Some((Credentials::new(account, token), Mechanism::Xoauth2))
                }
                Err(failure) if failure.code == Some(360) => return Outcome::Network,
                Err(_) => return Outcome::Auth,
            },
            "SMTPAUTH" => Some((
                Credentials::new(settings.account.clone(), settings.password.clone()),
                Mechanism::Login,
            )),
            // Off, or POP before SMTP (the simulated network has no POP3 server): the SMTP
            // session carries no authentication.
            _ => None,
        };
        let Ok(tls) = self.smtp_tls(&settings) else {
            return Outcome::Untrusted;
        };
        let server = format!("{}:{}", settings.smtp_server, settings.smtp_port);
        let hello = ClientId::Domain(MODEL.replace(' ', "-"));
        let wrapped = (settings.secure == "SSLTLS").then(|| tls.clone());
        let mut conn =
            match AsyncSmtpConnection::connect_tokio1(addr, Some(TIMEOUT), &hello, wrapped, None)
                .await
            {
                Ok(conn) => conn,
                Err(e) => {
                    return match MailError::from_lettre(&e, &server) {
                        MailError::Unreachable(_) | MailError::Timeout(_) => Outcome::Network,
                        MailError::Rejected { code, text } => refused(code, &text),
                        // TLS spoken to a server that greets in plain text.
                        _ if settings.secure == "SSLTLS" => {
                            Outcome::Secure(Text::ChangeSecureToStarttls)
                        }
                        _ => Outcome::Network,
                    };
                }
            };
        let secure = settings.secure == "STARTTLS";
        if secure && !conn.server_info().supports_feature(Extension::StartTls) {
            conn.abort().await;
            return Outcome::Secure(Text::ChangeSecureToNone);
        }
        if secure && let Err(e) = conn.starttls(tls, &hello).await {
            // A failed upgrade leaves no stream to say QUIT on: the connection is dropped.
            return match MailError::from_lettre(&e, &server) {
                MailError::Tls(_) | MailError::Untrusted { .. } => Outcome::Untrusted,
                _ => Outcome::Network,
            };
        }
        let outcome = session(&mut conn, &settings, credentials, &server).await;
        conn.abort().await;
        outcome
    }
}

/// Authentication and `MAIL FROM` on a connected (and secured) session, then `RSET`.
async fn session(
    conn: &mut AsyncSmtpConnection,
    settings: &Settings,
    credentials: Option<(Credentials, Mechanism)>,
    server: &str,
) -> Outcome {
    let offers_starttls = conn.server_info().supports_feature(Extension::StartTls);
    if let Some((credentials, mechanism)) = credentials
        && let Err(e) = conn.auth(&[mechanism], &credentials).await
    {
        if e.is_client() {
            // The server offers no authentication this way: before STARTTLS it offers none.
            return if !conn.is_encrypted() && offers_starttls {
                Outcome::Secure(Text::ChangeSecureToStarttls)
            } else {
                Outcome::AuthMethod
            };
        }
        return match MailError::from_lettre(&e, server) {
            MailError::Rejected { code, text } => refused(code, &text),
            _ => Outcome::Network,
        };
    }
    let Ok(sender) = settings.sender.parse::<Address>() else {
        return Outcome::Sender;
    };
    match conn.command(Mail::new(Some(sender), vec![])).await {
        Ok(_) => {
            let _ = conn.command(Rset).await;
            Outcome::Success
        }
        Err(e) => match MailError::from_lettre(&e, server) {
            MailError::Rejected { code, text } => refused(code, &text),
            _ => Outcome::Network,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_map_to_the_printers_messages() {
        assert_eq!(
            refused(
                550,
                "5.7.60 SMTP; Client does not have permissions to send as this sender"
            ),
            Outcome::Sender
        );
        assert_eq!(
            refused(
                535,
                "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."
            ),
            Outcome::Auth
        );
        assert_eq!(
            refused(530, "5.7.0 Must issue a STARTTLS command first"),
            Outcome::Secure(Text::ChangeSecureToStarttls)
        );
        assert_eq!(
            refused(530, "5.7.57 Client not authenticated to send mail."),
            Outcome::AuthMethod
        );
        assert_eq!(
            refused(
                432,
                "4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded"
            ),
            Outcome::Network
        );
    }

    #[test]
    fn every_message_is_in_both_languages() {
        for outcome in [
            Outcome::Success,
            Outcome::Network,
            Outcome::Server,
            Outcome::Auth,
            Outcome::AuthMethod,
            Outcome::Secure(Text::ChangeSecureToNone),
            Outcome::Untrusted,
            Outcome::Sender,
        ] {
            let (message, _) = outcome.texts();
            assert_ne!(Lang::En.t(message), Lang::De.t(message), "{outcome:?}");
        }
    }
}
