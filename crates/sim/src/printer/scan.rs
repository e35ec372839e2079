//! Scan to email: the printer sends a message with its own stored settings and its own token,
//! over the simulated network, and records the job with Epson's error codes.
//!
//! Codes: 370 when the authentication method is not OAuth2, the printer holds no token, or the
//! identity platform refused the refresh (other than for inactivity); 361 when the refresh
//! token expired from inactivity (AADSTS700082); 360 when the identity platform or the SMTP
//! server cannot be reached (unknown host, wrong port, refused or broken connection, TLS
//! failure). An SMTP refusal (e.g. `535 5.7.139`) is an "Error" row with no code; its reply is
//! appended to the destination: `to@x (SMTP 535 5.7.139 ...)`.

use super::jobs::Job;
use super::settings::{Page, Settings};
use super::{MODEL, Printer};
use crate::Fault;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use printer_oauth_core::mail::MailError;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::Duration;

/// Host names of the Microsoft SMTP submission servers the simulated network routes to the
/// SMTP simulator.
const MICROSOFT_SMTP_HOSTS: &[&str] = &[
    "smtp.office365.com",
    "smtp-mail.outlook.com",
    "smtp.office365.us",
    "partner.outlook.cn",
    "smtp.partner.outlook.cn",
];
/// The name the SMTP simulator's certificate carries.
const SMTP_TLS_NAME: &str = "localhost";

/// Why a job failed.
#[derive(Debug, Clone)]
pub struct JobFailure {
    /// 360, 361 or 370; none for an SMTP refusal.
    pub code: Option<u16>,
    pub detail: String,
    /// The SMTP server's refusal (`535 5.7.139 ...`).
    pub smtp_reply: Option<String>,
}

impl JobFailure {
    pub fn new(code: u16, detail: &str) -> JobFailure {
        JobFailure {
            code: Some(code),
            detail: detail.to_string(),
            smtp_reply: None,
        }
    }
}

impl Printer {
    /// Runs one "scan to email" (or, with `page` Fax, "fax to email") job to `to`.
    pub async fn scan(&self, page: Page, to: &str) -> Job {
        let job_type = match page {
            Page::Email => "Scan to Email",
            Page::Fax => "Fax to Email",
        };
        let outcome = self.send(page, to).await;
        let mut state = self.state();
        let mut destination = to.to_string();
        let notice = &mut state.pages[page.index()].notice;
        match &outcome {
            Ok(()) => *notice = None,
            Err(failure) => {
                if let Some(reply) = &failure.smtp_reply {
                    destination = format!("{to} (SMTP {reply})");
                }
                if matches!(failure.code, Some(361 | 370)) {
                    *notice = failure.code;
                }
            }
        }
        state.jobs.add(
            job_type,
            outcome.map_err(|f| (f.code, f.detail)),
            destination,
        )
    }

    /// Whether the simulated network's name service knows `server`.
    pub(super) fn known_host(server: &str) -> bool {
        let host = server.to_ascii_lowercase();
        MICROSOFT_SMTP_HOSTS.contains(&host.as_str()) || host == "127.0.0.1" || host == "localhost"
    }

    /// The printer's TLS for its SMTP server: the demo CA as its root certificate, and
    /// Certificate Validation as the settings say.
    pub(super) fn smtp_tls(&self, settings: &Settings) -> Result<TlsParameters, String> {
        let root = Certificate::from_pem(self.ca_pem.as_bytes()).map_err(|e| e.to_string())?;
        TlsParameters::builder(SMTP_TLS_NAME.to_string())
            .add_root_certificate(root)
            .dangerous_accept_invalid_certs(settings.cert_validation == "DISABLE")
            .build_rustls()
            .map_err(|e| e.to_string())
    }

    /// Where the simulated network takes a connection to `server:port`; None: nowhere.
    pub(super) fn route(&self, server: &str, port: u16) -> Option<SocketAddr> {
        let host = server.to_ascii_lowercase();
        if MICROSOFT_SMTP_HOSTS.contains(&host.as_str()) {
            return matches!(port, 25 | 587)
                .then_some(self.smtp)
                .or((port == self.smtp.port()).then_some(self.smtp));
        }
        if host == "127.0.0.1" || host == "localhost" {
            return Some(SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port));
        }
        None
    }

    async fn send(&self, page: Page, to: &str) -> Result<(), JobFailure> {
        let settings = self.state().pages[page.index()].settings.clone();
        if settings.auth_method != "OAUTH2" {
            return Err(JobFailure::new(
                370,
                "the authentication method is not OAuth2: sign in to the email service",
            ));
        }
        let (account, token) = self.access_token(page).await?;
        let unreachable = |why: &str| JobFailure::new(360, why);
        if self.shared.knobs().has(Fault::PrinterCloudUnreachable) {
            return Err(unreachable("the network cannot reach the SMTP server"));
        }
        let server = format!("{}:{}", settings.smtp_server, settings.smtp_port);
        let Some(addr) = self.route(&settings.smtp_server, settings.smtp_port) else {
            return Err(unreachable(&format!("cannot connect to {server}")));
        };
        let message = Message::builder()
            .from(
                settings
                    .sender
                    .parse()
                    .map_err(|_| JobFailure::new(360, "the sender's address is not valid"))?,
            )
            .to(to
                .parse()
                .map_err(|_| JobFailure::new(360, "the destination is not valid"))?)
            .subject(format!("Scanned from {MODEL}"))
            .header(ContentType::TEXT_PLAIN)
            .body(format!(
                "This document was scanned with the {MODEL}.\r\n(The simulator sends no attachment.)\r\n"
            ))
            .map_err(|e| JobFailure::new(360, &e.to_string()))?;
        let tls = self.smtp_tls(&settings).map_err(|e| unreachable(&e))?;
        let tls = match settings.secure.as_str() {
            "STARTTLS" => Tls::Required(tls),
            "SSLTLS" => Tls::Wrapper(tls),
            _ => Tls::None,
        };
        let transport =
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(addr.ip().to_string())
                .port(addr.port())
                .tls(tls)
                .credentials(Credentials::new(account, token))
                .authentication(vec![Mechanism::Xoauth2])
                .timeout(Some(Duration::from_secs(10)))
                .build();
        match transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) => match MailError::from_lettre(&e, &server) {
                MailError::Rejected { code, text } => Err(JobFailure {
                    code: None,
                    detail: format!("the SMTP server refused: {code} {text}"),
                    smtp_reply: Some(format!("{code} {text}")),
                }),
                other => Err(unreachable(&other.to_string())),
            },
        }
    }
}
