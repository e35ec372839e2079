//! Pre-flight: sign in as the printer's mailbox (device code flow, or a stored refresh token),
//! then send a test message through SMTP with XOAUTH2. Front-end neutral: progress goes to a
//! callback, failures come back as a diagnosis.

use crate::cloud::{self, Cloud, Endpoints, Service};
use crate::diagnose::{self, Diagnosis};
use crate::i18n::Lang;
use crate::mail::{self, MailCheck, MailSent};
use crate::secrets::{self, KeychainError, TokenKey};
use crate::signin::{Event, SignIn, SignInError, Tokens};
use crate::trust::SystemTrust;
use serde::Serialize;
use std::time::Duration;
use tokio_util::sync::CancellationToken;
use url::Url;

/// Everything a pre-flight needs.
#[derive(Debug, Clone)]
pub struct Request {
    pub service: Service,
    pub cloud: Cloud,
    /// Replaces the cloud's authority (tests, demo, private clouds).
    pub authority: Option<Url>,
    pub tenant: String,
    pub client_id: String,
    /// The printer's mailbox: the sender and the expected sign-in account.
    pub account: String,
    /// Where the test message goes.
    pub to: String,
    /// Replaces the cloud's SMTP host and port.
    pub smtp: Option<(String, u16)>,
    /// Extra trust anchors (PEM, `--ca-file`) for the sign-in and SMTP, besides the system's.
    pub extra_roots_pem: Option<Vec<u8>>,
    /// Per-request network time limit.
    pub timeout: Duration,
    /// Ignore a remembered refresh token and sign in with a new code.
    pub sign_in_again: bool,
    pub lang: Lang,
}

/// What the pre-flight reports while it runs.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Progress {
    SignIn(Event),
    Warning(Warning),
    MailSent(MailSentEvent),
}

/// A problem that does not stop the pre-flight.
#[derive(Debug, Clone, Serialize)]
pub struct Warning {
    pub event: &'static str,
    pub code: &'static str,
    pub message: String,
    /// What the message says, to say it again in another language.
    #[serde(skip)]
    pub args: Vec<(&'static str, String)>,
}

impl Warning {
    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        lang.text_with(&format!("warning-{}", self.code), &self.args)
    }
}

/// The `mail-sent` event.
#[derive(Debug, Clone, Serialize)]
pub struct MailSentEvent {
    pub event: &'static str,
    #[serde(flatten)]
    pub sent: MailSent,
}

fn warning(lang: Lang, code: &'static str, args: &[(&'static str, String)]) -> Progress {
    Progress::Warning(Warning {
        event: "warning",
        code,
        message: lang.text_with(&format!("warning-{code}"), args),
        args: args.to_vec(),
    })
}

/// Runs the pre-flight to the end: signed in and a test message accepted, or a diagnosis.
pub async fn run(
    request: &Request,
    cancel: &CancellationToken,
    on_progress: &mut (dyn FnMut(Progress) + Send),
) -> Result<MailSent, Diagnosis> {
    let lang = request.lang;
    if !cloud::valid_tenant(&request.tenant) {
        return Err(diagnose::condition(
            "invalid-tenant",
            lang,
            request.tenant.clone(),
        ));
    }
    for address in [&request.account, &request.to] {
        mail::parse_address(address).map_err(|e| e.diagnose(lang))?;
    }
    let endpoints = Endpoints::of(request.service, request.cloud);
    let authority = request
        .authority
        .clone()
        .unwrap_or_else(|| endpoints.authority.clone());
    let trust =
        SystemTrust::new(request.extra_roots_pem.as_deref()).map_err(|e| e.diagnose(lang))?;
    let signin = SignIn::with_trust(
        &authority,
        &request.tenant,
        &request.client_id,
        endpoints.scopes(),
        request.timeout,
        trust.clone(),
    )
    .map_err(|e| e.diagnose(lang))?;
    // The keychain is used only when the test message goes to the cloud's own SMTP host (or,
    // with a loopback authority, a loopback simulator): a stored token is never turned into
    // an access token for a server the admin merely named with `--smtp`.
    let keychain = match &request.smtp {
        None => true,
        Some((host, _)) => {
            host.trim_end_matches('.')
                .eq_ignore_ascii_case(endpoints.smtp_host)
                || (cloud::is_loopback(&authority) && cloud::is_loopback_host(host))
        }
    };
    if !keychain {
        tracing::debug!("--smtp names another server: no stored sign-in is used or kept");
    }
    // A token is read only for the authority that issued it, and for the expected account.
    let key = |account: &str| {
        let cloud = cloud::cloud_of(request.service, request.cloud);
        TokenKey::new(cloud, &authority, &request.tenant, account)
    };

    let mut keychain_ok = true;
    let mut keychain_failed = |e: KeychainError, on_progress: &mut (dyn FnMut(Progress) + Send)| {
        // The person is told once, with the reason; the log has every failure (`-v`).
        tracing::debug!(error = %e, "keychain");
        if std::mem::replace(&mut keychain_ok, false) {
            on_progress(warning(
                lang,
                "keychain-unavailable",
                &[("error", e.to_string())],
            ));
        }
    };

    let mut tokens = None;
    if keychain && !request.sign_in_again {
        match secrets::load_refresh_token(&key(&request.account)).await {
            Ok(Some(refresh)) => match signin.refresh(&refresh).await {
                Ok(t) => {
                    on_progress(Progress::SignIn(Event::SignedIn {
                        account: t.account.clone(),
                    }));
                    tokens = Some(t);
                }
                Err(SignInError::Refused(e)) => {
                    on_progress(warning(lang, "refresh-failed", &[("code", e.code())]));
                }
                Err(e) => return Err(e.diagnose(lang)),
            },
            Ok(None) => {}
            Err(e) => keychain_failed(e, on_progress),
        }
    }
    let tokens: Tokens = match tokens {
        Some(t) => t,
        None => {
            let code = signin.request_code().await.map_err(|e| e.diagnose(lang))?;
            on_progress(Progress::SignIn(code.event()));
            let mut relay = |event| on_progress(Progress::SignIn(event));
            signin
                .poll(&code, cancel, &mut relay)
                .await
                .map_err(|e| e.diagnose(lang))?
        }
    };
    // Kept under the account that signed in (an administrator who approved the mailbox's code
    // is not the mailbox); without an id token naming it, not kept at all.
    match (&tokens.refresh_token, &tokens.account) {
        (Some(refresh), Some(account)) if keychain => {
            if let Err(e) = secrets::save_refresh_token(&key(account), refresh).await {
                keychain_failed(e, on_progress);
            }
        }
        (Some(_), None) => {
            tracing::debug!("no id token names the account: the sign-in is not kept")
        }
        _ => {}
    }

    let user = tokens
        .account
        .clone()
        .unwrap_or_else(|| request.account.clone());
    if !user.eq_ignore_ascii_case(&request.account) {
        on_progress(warning(
            lang,
            "account-mismatch",
            &[
                ("signed", user.clone()),
                ("expected", request.account.clone()),
            ],
        ));
    }
    let (smtp_host, smtp_port) = request
        .smtp
        .clone()
        .unwrap_or_else(|| (endpoints.smtp_host.to_string(), endpoints.smtp_port));
    let check = MailCheck {
        smtp_host,
        smtp_port,
        trust,
        user,
        access_token: tokens.access_token.clone(),
        from: request.account.clone(),
        to: request.to.clone(),
        timeout: request.timeout,
        lang,
    };
    let sent = cancel
        .run_until_cancelled(mail::send_test_message(&check))
        .await
        .ok_or_else(|| diagnose::internal("cancelled").diagnose(lang))?
        .map_err(|e| e.diagnose(lang))?;
    on_progress(Progress::MailSent(MailSentEvent {
        event: "mail-sent",
        sent: sent.clone(),
    }));
    Ok(sent)
}
