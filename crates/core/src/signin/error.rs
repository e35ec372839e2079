//! Sign-in failures, with Microsoft's error body kept whole for the diagnosis and the help desk.

use crate::diagnose::{self, Diagnosis, Note};
use crate::i18n::Lang;
use crate::trust::{self, Issuer, SystemTrust, TrustError};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// Microsoft identity platform error body (HTTP 400/401), field for field.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
pub struct MicrosoftError {
    pub error: String,
    #[serde(default)]
    pub error_description: String,
    #[serde(default)]
    pub error_codes: Vec<u32>,
    #[serde(default)]
    pub timestamp: Option<String>,
    #[serde(default)]
    pub trace_id: Option<String>,
    #[serde(default)]
    pub correlation_id: Option<String>,
    #[serde(default)]
    pub error_uri: Option<String>,
}

static AADSTS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"AADSTS(\d+)").unwrap());

impl MicrosoftError {
    /// The AADSTS number: from `error_codes`, else from the description.
    pub fn aadsts(&self) -> Option<u32> {
        self.error_codes.first().copied().or_else(|| {
            AADSTS
                .captures(&self.error_description)
                .and_then(|c| c[1].parse().ok())
        })
    }

    /// The first line of the description (`AADSTS70019: Verification code expired.`).
    pub fn summary(&self) -> &str {
        self.error_description
            .lines()
            .next()
            .unwrap_or_default()
            .trim()
    }

    /// The code to show: `AADSTSnnnn` when known, else the OAuth error.
    pub fn code(&self) -> String {
        self.aadsts()
            .map(|n| format!("AADSTS{n}"))
            .unwrap_or_else(|| self.error.clone())
    }
}

/// Why a sign-in did not complete.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("Microsoft refused: {}", .0.summary())]
    Refused(Box<MicrosoftError>),
    /// The code's lifetime passed (or Microsoft said so: its refusal is kept).
    #[error("the device code expired before sign-in completed")]
    Expired {
        lifetime: std::time::Duration,
        refusal: Option<Box<MicrosoftError>>,
    },
    #[error("the sign-in was cancelled")]
    Cancelled,
    #[error("could not reach {0}")]
    Unreachable(String),
    #[error("no answer from {0} in time")]
    Timeout(String),
    #[error("the server answered HTTP {0}")]
    ServerError(u16),
    #[error("the answer could not be read: {0}")]
    Malformed(String),
    #[error("invalid sign-in settings: {0}")]
    Config(String),
    /// The certificate `host` presented comes from an issuer this computer does not trust.
    #[error("the certificate of {host} is not trusted")]
    Untrusted {
        host: String,
        issuer: Option<Issuer>,
    },
    #[error("{0}")]
    Trust(TrustError),
}

impl SignInError {
    /// The diagnosis for this failure, in `lang`.
    pub fn diagnose(&self, lang: Lang) -> Diagnosis {
        match self {
            SignInError::Refused(e) => refused(e, lang),
            SignInError::Expired { lifetime, refusal } => match refusal {
                Some(e) => refused(e, lang),
                None => diagnose::by_oauth_error("expired_token")
                    .expect("catalog has expired_token")
                    .diagnose(lang)
                    .with_code("expired_token"),
            }
            .with_note(
                Note::CodeLifetime {
                    seconds: lifetime.as_secs(),
                },
                lang,
            ),
            SignInError::Cancelled => diagnose::internal("cancelled").diagnose(lang),
            SignInError::Unreachable(what) => {
                diagnose::condition("unreachable", lang, what.clone())
            }
            SignInError::Timeout(what) => diagnose::condition("timeout", lang, what.clone()),
            SignInError::ServerError(status) => {
                diagnose::condition("server-error", lang, format!("HTTP {status}"))
            }
            SignInError::Malformed(what) => {
                diagnose::condition("malformed-response", lang, what.clone())
            }
            SignInError::Config(what) => {
                diagnose::condition("invalid-authority", lang, what.clone())
            }
            SignInError::Untrusted { host, issuer } => {
                trust::inspected(host, issuer.as_ref(), lang)
            }
            SignInError::Trust(e) => e.diagnose(lang),
        }
    }
}

/// The diagnosis of Microsoft's refusal: its AADSTS code or OAuth error, the description and
/// the trace and correlation ids.
fn refused(e: &MicrosoftError, lang: Lang) -> Diagnosis {
    let entry = e
        .aadsts()
        .and_then(diagnose::by_aadsts)
        .or_else(|| diagnose::by_oauth_error(&e.error))
        .unwrap_or_else(|| diagnose::internal("signin-refused"));
    let mut d = entry
        .diagnose(lang)
        .with_code(e.code())
        .with_detail(e.summary());
    d.trace_id = e.trace_id.clone();
    d.correlation_id = e.correlation_id.clone();
    d
}

/// Classifies a transport error from reqwest, naming the host but never the body; a
/// certificate refused for its issuer names the issuer `trust` saw.
pub(crate) fn transport(err: &reqwest::Error, what: &str, trust: &SystemTrust) -> SignInError {
    if trust::refused_for_issuer(err) {
        SignInError::Untrusted {
            host: what.to_string(),
            issuer: trust.take_refused(),
        }
    } else if err.is_timeout() {
        SignInError::Timeout(what.to_string())
    } else {
        SignInError::Unreachable(what.to_string())
    }
}

/// Turns an HTTP answer into the expected JSON value or the matching error.
pub(crate) fn decode<T: serde::de::DeserializeOwned>(
    status: u16,
    body: &[u8],
) -> Result<T, SignInError> {
    match status {
        200..=299 => serde_json::from_slice(body)
            .map_err(|e| SignInError::Malformed(format!("HTTP {status}: {e}"))),
        500..=599 => Err(SignInError::ServerError(status)),
        _ => match serde_json::from_slice::<MicrosoftError>(body) {
            Ok(e) => Err(SignInError::Refused(Box::new(e))),
            Err(e) => Err(SignInError::Malformed(format!("HTTP {status}: {e}"))),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = r#"{"error":"invalid_grant","error_description":"AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.\r\nTrace ID: 0a1b\r\nCorrelation ID: 9c8d\r\nTimestamp: 2026-11-26 10:00:00Z","error_codes":[53003],"timestamp":"2026-11-26 10:00:00Z","trace_id":"0a1b","correlation_id":"9c8d","error_uri":"https://login.microsoftonline.com/error?code=53003"}"#;

    #[test]
    fn microsoft_error_body_is_kept_whole() {
        let err = decode::<serde_json::Value>(400, BODY.as_bytes()).unwrap_err();
        let SignInError::Refused(e) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(e.aadsts(), Some(53003));
        assert_eq!(e.trace_id.as_deref(), Some("0a1b"));
        let d = err.diagnose(Lang::En);
        assert_eq!(d.code, "AADSTS53003");
        assert_eq!(d.id, "aadsts-conditional-access");
        assert_eq!(d.correlation_id.as_deref(), Some("9c8d"));
        assert!(
            d.detail
                .unwrap()
                .starts_with("AADSTS53003: Access has been blocked")
        );
    }

    #[test]
    fn an_expired_code_says_how_long_it_was_valid() {
        let lifetime = std::time::Duration::from_secs(600);
        let mine = SignInError::Expired {
            lifetime,
            refusal: None,
        };
        let d = mine.diagnose(Lang::En);
        assert_eq!(
            (d.id, d.code.as_str()),
            ("aadsts-code-expired", "expired_token")
        );
        assert!(
            d.cause.ends_with(" The code was valid for 10 minutes."),
            "{}",
            d.cause
        );
        assert!(!d.cause.contains("15"), "{}", d.cause);
        // Microsoft said so: its code and ids stay, and the lifetime is added, in any language.
        let body = r#"{"error":"expired_token","error_description":"AADSTS70019: Verification code expired.\r\nTrace ID: 7e\r\nCorrelation ID: 5c","error_codes":[70019],"trace_id":"7e","correlation_id":"5c"}"#;
        let Err(SignInError::Refused(e)) = decode::<serde_json::Value>(400, body.as_bytes()) else {
            panic!("a refusal")
        };
        let theirs = SignInError::Expired {
            lifetime: std::time::Duration::from_secs(900),
            refusal: Some(e),
        };
        let d = theirs.diagnose(Lang::En);
        assert_eq!(
            (d.code.as_str(), d.trace_id.as_deref()),
            ("AADSTS70019", Some("7e"))
        );
        assert!(d.cause.ends_with("valid for 15 minutes."), "{}", d.cause);
        let hr = d.in_lang(Lang::Hr);
        assert!(
            hr.cause.ends_with("Kod je vrijedio 15 minuta."),
            "{}",
            hr.cause
        );
    }

    #[test]
    fn server_errors_and_garbage_are_told_apart() {
        assert!(matches!(
            decode::<serde_json::Value>(503, b"<html>"),
            Err(SignInError::ServerError(503))
        ));
        assert!(matches!(
            decode::<serde_json::Value>(400, b"<html>"),
            Err(SignInError::Malformed(_))
        ));
        assert!(matches!(
            decode::<serde_json::Value>(200, b"{\"a\":"),
            Err(SignInError::Malformed(_))
        ));
    }
}
