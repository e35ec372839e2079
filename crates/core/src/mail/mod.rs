//! The mail check: STARTTLS on 587, AUTH XOAUTH2 with the access token, one short test message.

mod probe;
mod reply;

pub use reply::MailError;

use crate::i18n::Lang;
use crate::secrets::Secret;
use crate::trust::SystemTrust;
use lettre::message::{Mailbox, header::ContentType};
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, CertificateStore, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use rustls::pki_types::CertificateDer;
use serde::Serialize;
use std::time::Duration;

/// Where and as whom to send the test message.
#[derive(Debug, Clone)]
pub struct MailCheck {
    pub smtp_host: String,
    pub smtp_port: u16,
    /// What the server's certificate must chain to: the system's trust and `--ca-file`.
    pub trust: SystemTrust,
    /// The SMTP user: the account the token was issued to.
    pub user: String,
    pub access_token: Secret,
    pub from: String,
    pub to: String,
    pub timeout: Duration,
    pub lang: Lang,
}

/// What was sent, for the `mail-sent` event.
#[derive(Debug, Clone, Serialize)]
pub struct MailSent {
    pub from: String,
    pub to: String,
    pub server: String,
    /// The server's final reply (`250 2.0.0 OK ...`).
    pub reply: String,
}

/// Parses an email address, refusing what the SMTP server would refuse.
pub fn parse_address(text: &str) -> Result<Mailbox, MailError> {
    let address: lettre::Address = text
        .trim()
        .parse()
        .map_err(|_| MailError::InvalidAddress(text.to_string()))?;
    Ok(Mailbox::new(None, address))
}

/// One try at sending `message`, trusting only the `ca_file` roots when given, else only the
/// system's verifier.
async fn send(
    check: &MailCheck,
    message: &Message,
    ca_file: Option<&[CertificateDer<'static>]>,
) -> Result<lettre::transport::smtp::response::Response, MailError> {
    let mut tls = TlsParameters::builder(check.smtp_host.clone());
    if let Some(roots) = ca_file {
        tls = tls.certificate_store(CertificateStore::None);
        for root in roots {
            let root =
                Certificate::from_der(root.to_vec()).map_err(|e| MailError::Tls(e.to_string()))?;
            tls = tls.add_root_certificate(root);
        }
    }
    let tls = tls
        .build_rustls()
        .map_err(|e| MailError::Tls(e.to_string()))?;
    let transport: AsyncSmtpTransport<Tokio1Executor> =
        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(check.smtp_host.clone())
            .port(check.smtp_port)
            .tls(Tls::Required(tls))
            .credentials(Credentials::new(
                check.user.clone(),
                check.access_token.expose().to_string(),
            ))
            .authentication(vec![Mechanism::Xoauth2])
            .timeout(Some(check.timeout))
            .build();
    transport
        .send(message.clone())
        .await
        .map_err(|e| MailError::from_lettre(&e, &check.smtp_host))
}

/// Sends the test message; every refusal comes back as the server's reply, decoded.
pub async fn send_test_message(check: &MailCheck) -> Result<MailSent, MailError> {
    let from = parse_address(&check.from)?;
    let to = parse_address(&check.to)?;
    let lang = check.lang;
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc2822)
        .unwrap_or_default();
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(lang.text("mail-subject"))
        .header(ContentType::TEXT_PLAIN)
        .body(lang.text_with(
            "mail-body",
            &[("time", now), ("account", check.user.clone())],
        ))
        .map_err(|e| MailError::InvalidAddress(e.to_string()))?;

    // The roots of --ca-file first, then the system's verifier: the same trust as the
    // sign-in's (crate::trust), in two tries because lettre takes one or the other. A
    // certificate is refused during STARTTLS, before anything is sent, so trying again sends
    // nothing twice.
    let ca_file = check.trust.extra_roots();
    let first = send(check, &message, (!ca_file.is_empty()).then_some(ca_file)).await;
    let result = match first {
        Err(MailError::Untrusted { .. }) if !ca_file.is_empty() => {
            send(check, &message, None).await
        }
        other => other,
    };
    let response = match result {
        Ok(response) => response,
        Err(MailError::Untrusted { host, .. }) => {
            // lettre does not tell who issued the certificate: look at it again.
            return Err(MailError::Untrusted {
                issuer: probe::refused_issuer(check).await,
                host,
            });
        }
        Err(other) => return Err(other),
    };
    Ok(MailSent {
        from: check.from.clone(),
        to: check.to.clone(),
        server: format!("{}:{}", check.smtp_host, check.smtp_port),
        reply: format!(
            "{} {}",
            response.code(),
            response.message().collect::<Vec<_>>().join(" ")
        ),
    })
}
