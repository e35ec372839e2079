//! SMTP failures and how each decodes to a diagnosis.

use crate::diagnose::{self, Diagnosis};
use crate::i18n::Lang;
use crate::trust::{self, Issuer};
use regex::Regex;
use std::error::Error as _;
use std::sync::LazyLock;

/// Why the test message was not sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The server answered with a negative reply.
    #[error("{code} {text}")]
    Rejected { code: u16, text: String },
    #[error("the SMTP server closed the connection: {0}")]
    Dropped(String),
    #[error("TLS failed: {0}")]
    Tls(String),
    /// The server's certificate comes from an issuer this computer does not trust.
    #[error("the certificate of {host} is not trusted")]
    Untrusted {
        host: String,
        issuer: Option<Issuer>,
    },
    #[error("could not reach {0}")]
    Unreachable(String),
    #[error("no answer from {0} in time")]
    Timeout(String),
    #[error("not a valid email address: {0}")]
    InvalidAddress(String),
}

static ENHANCED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[245]\.\d{1,3}\.\d{1,3}\b").unwrap());

impl MailError {
    /// Classifies a lettre error. The text of a server reply is kept whole.
    pub fn from_lettre(err: &lettre::transport::smtp::Error, host: &str) -> MailError {
        let detail = err.source().map(|s| s.to_string()).unwrap_or_default();
        if let Some(code) = err.status() {
            let code: u16 = code.to_string().parse().unwrap_or_default();
            return MailError::Rejected { code, text: detail };
        }
        if err.is_timeout() {
            return MailError::Timeout(host.to_string());
        }
        if trust::refused_for_issuer(err) {
            return MailError::Untrusted {
                host: host.to_string(),
                issuer: None,
            };
        }
        let lowered = detail.to_lowercase();
        // A line cut after the handshake surfaces from rustls as a missing close_notify.
        if lowered.contains("close_notify") || lowered.contains("unexpected eof") {
            return MailError::Dropped(detail);
        }
        if err.is_tls() {
            return MailError::Tls(detail);
        }
        if err.is_response() || err.is_transport_shutdown() {
            return MailError::Dropped(detail);
        }
        if lowered.contains("refused")
            || lowered.contains("resolve")
            || lowered.contains("unreachable")
        {
            return MailError::Unreachable(host.to_string());
        }
        if lowered.contains("certificate")
            || lowered.contains("tls")
            || lowered.contains("handshake")
        {
            return MailError::Tls(detail);
        }
        MailError::Dropped(detail)
    }

    /// The diagnosis for this failure, in `lang`.
    pub fn diagnose(&self, lang: Lang) -> Diagnosis {
        match self {
            MailError::Rejected { code, text } => {
                let enhanced = ENHANCED.find(text).map(|m| m.as_str()).unwrap_or_default();
                // This client always signs in with XOAUTH2, which decides what 5.7.3 means.
                let entry = diagnose::by_smtp_reply(enhanced, &format!("XOAUTH2 {text}"))
                    .unwrap_or_else(|| diagnose::internal("smtp-rejected"));
                let shown = if enhanced.is_empty() {
                    code.to_string()
                } else {
                    format!("{code} {enhanced}")
                };
                entry
                    .diagnose(lang)
                    .with_code(shown)
                    .with_detail(format!("{code} {text}"))
            }
            MailError::Dropped(d) => diagnose::condition("smtp-dropped", lang, d.clone()),
            MailError::Tls(d) => diagnose::condition("tls", lang, d.clone()),
            MailError::Untrusted { host, issuer } => trust::inspected(host, issuer.as_ref(), lang),
            MailError::Unreachable(h) => diagnose::condition("unreachable", lang, h.clone()),
            MailError::Timeout(h) => diagnose::condition("timeout", lang, h.clone()),
            MailError::InvalidAddress(a) => diagnose::condition("invalid-address", lang, a.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(code: u16, text: &str) -> &'static str {
        MailError::Rejected {
            code,
            text: text.into(),
        }
        .diagnose(Lang::En)
        .id
    }

    #[test]
    fn every_exchange_reply_decodes() {
        let cases = [
            (
                535,
                "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
                "smtp-auth-disabled-tenant",
            ),
            (
                535,
                "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
                "smtp-auth-disabled-mailbox",
            ),
            (
                535,
                "5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.",
                "smtp-security-defaults",
            ),
            (
                535,
                "5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.",
                "smtp-criteria-not-met",
            ),
            (
                535,
                "5.7.3 Authentication unsuccessful",
                "smtp-auth-unsuccessful",
            ),
            (
                530,
                "5.7.57 Client not authenticated to send mail.",
                "smtp-not-authenticated",
            ),
            (
                550,
                "5.7.60 SMTP; Client does not have permissions to send as this sender",
                "smtp-send-as-denied",
            ),
            (
                554,
                "5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message",
                "smtp-send-as-denied",
            ),
            (
                554,
                "5.2.252 SendAsDenied; scanner@contoso.com not allowed to send as ceo@contoso.com",
                "smtp-send-as-denied",
            ),
            (
                421,
                "4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.",
                "smtp-old-tls",
            ),
            (
                432,
                "4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded",
                "smtp-thread-limit",
            ),
            (
                550,
                "5.1.8 Access denied, bad outbound sender.",
                "smtp-bad-outbound-sender",
            ),
            (
                501,
                "5.5.124 Invalid XOAUTH2 auth data",
                "smtp-invalid-xoauth2",
            ),
            (554, "5.6.0 Something nobody has seen", "smtp-rejected"),
        ];
        for (code, text, expected) in cases {
            assert_eq!(id(code, text), expected, "{code} {text}");
        }
    }

    #[test]
    fn shown_code_joins_reply_and_enhanced_code() {
        let d = MailError::Rejected {
            code: 535,
            text: "5.7.3 Authentication unsuccessful".into(),
        }
        .diagnose(Lang::Hr);
        assert_eq!(d.code, "535 5.7.3");
        assert_eq!(
            d.detail.as_deref(),
            Some("535 5.7.3 Authentication unsuccessful")
        );
    }
}
