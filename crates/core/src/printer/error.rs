//! What can go wrong with a printer, and its diagnosis.

use super::http_client::PrinterHttpError;
use super::profile::ProfileError;
use super::settings::Violation;
use crate::diagnose::{self, Diagnosis, Note};
use crate::i18n::Lang;

/// A printer failure. Messages never contain a password, token or session cookie.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrinterError {
    #[error("no answer from the printer: {0}")]
    Unreachable(String),
    #[error("the printer did not answer in time")]
    Timeout,
    #[error("TLS with the printer failed: {0}")]
    Tls(String),
    #[error("the printer offers only plain HTTP")]
    PlainHttp,
    /// First contact: the admin has to confirm this fingerprint.
    #[error("the printer's certificate is not trusted yet: {fingerprint}")]
    Unpinned { fingerprint: String },
    #[error("the printer's certificate changed: pinned {pinned}, shown {shown}")]
    PinMismatch { pinned: String, shown: String },
    #[error("not a supported printer: {0}")]
    NotSupported(String),
    #[error("reached on the additional network interface")]
    AdditionalNetwork,
    #[error("the printer rejected the admin password")]
    BadPassword,
    #[error("the printer locked the admin login: {0}")]
    LockedOut(String),
    #[error("the printer ended the session and a new login did not hold")]
    SessionLost,
    #[error("unexpected answer from the printer: {0}")]
    UnexpectedPage(String),
    #[error("the printer refused the settings: {0}")]
    Rejected(String),
    /// After a write the printer holds other values in fields the product does not own.
    #[error("the printer changed settings this tool does not manage: {}", .0.join(", "))]
    OthersChanged(Vec<String>),
    #[error("this printer has no fax server email settings")]
    NoFax,
    #[error("the printer's sign-in failed: {0}")]
    SignInFailed(String),
    /// The printer's sign-in code expired; `lifetime` is how long it was valid (seconds).
    #[error("the printer's sign-in code expired")]
    SignInExpired { lifetime: u64 },
    #[error("the printer did not come back after restarting")]
    RestartTimeout,
    #[error("the profile does not fit the printer: {0:?}")]
    Profile(Mismatch),
    /// A page larger than the limit (in bytes): reading stopped there.
    #[error("the printer's answer to {path} is larger than {limit} bytes")]
    PageTooLarge { path: String, limit: u64 },
    /// A job history with more rows than the limit.
    #[error("the printer's job history {path} has more than {count} jobs")]
    TooManyJobs { path: String, count: usize },
}

/// Where a printer's pages do not fit the profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// A page the profile names does not exist (HTTP 404).
    NoPage { path: String },
    /// A field the profile names is not on the page.
    NoField { path: String, name: String },
    /// A job-history column the profile names is not in the file.
    NoColumn { path: String, name: String },
    /// The profile has no printer value for a setting.
    NoValue { field: &'static str, value: String },
    /// A sign-in endpoint answered something that is not JSON.
    NotJson { path: String },
    /// The sign-in answer has no code or address under the profile's keys.
    NoCode { path: String },
    /// The sign-in status is none of the profile's values.
    UnknownStatus { path: String, status: String },
}

impl Mismatch {
    /// The mismatch in words, naming the page and field.
    pub fn describe(&self, lang: Lang) -> String {
        let (id, args): (&str, Vec<(&str, String)>) = match self {
            Mismatch::NoPage { path } => ("mismatch-no-page", vec![("path", path.clone())]),
            Mismatch::NoField { path, name } | Mismatch::NoColumn { path, name } => (
                "mismatch-no-field",
                vec![("path", path.clone()), ("name", name.clone())],
            ),
            Mismatch::NoValue { field, value } => (
                "mismatch-no-value",
                vec![("name", field.to_string()), ("value", value.clone())],
            ),
            Mismatch::NotJson { path } => ("mismatch-not-json", vec![("path", path.clone())]),
            Mismatch::NoCode { path } => ("mismatch-no-code", vec![("path", path.clone())]),
            Mismatch::UnknownStatus { path, status } => (
                "mismatch-status",
                vec![("path", path.clone()), ("value", status.clone())],
            ),
        };
        lang.text_with(id, &args)
    }
}

impl From<PrinterHttpError> for PrinterError {
    fn from(e: PrinterHttpError) -> Self {
        match e {
            PrinterHttpError::Unreachable(s) => PrinterError::Unreachable(s),
            PrinterHttpError::Timeout => PrinterError::Timeout,
            PrinterHttpError::Tls(detail) => PrinterError::Tls(detail),
            PrinterHttpError::Setup(s) => PrinterError::Tls(s),
            PrinterHttpError::TooLarge { path, limit } => {
                PrinterError::PageTooLarge { path, limit }
            }
        }
    }
}

impl PrinterError {
    /// The diagnosis of this failure.
    pub fn diagnose(&self, lang: Lang) -> Diagnosis {
        let c = |code: &str, detail: String| diagnose::condition(code, lang, detail);
        let plain = |code: &str| diagnose::internal(code).diagnose(lang);
        match self {
            PrinterError::Unreachable(d) => c("printer-unreachable", d.clone()),
            PrinterError::Timeout => plain("printer-timeout"),
            PrinterError::Tls(d) => c("printer-tls", d.clone()),
            PrinterError::PlainHttp => plain("printer-http-only"),
            PrinterError::Unpinned { fingerprint } => c("printer-unpinned", fingerprint.clone()),
            PrinterError::PinMismatch { pinned, shown } => c(
                "printer-pin-mismatch",
                format!(
                    "{}: {pinned}\n{}: {shown}",
                    lang.text("label-pinned"),
                    lang.text("label-shown")
                ),
            ),
            PrinterError::NotSupported(d) => c("printer-not-supported", d.clone()),
            PrinterError::AdditionalNetwork => plain("printer-additional-network"),
            PrinterError::BadPassword => plain("printer-bad-password"),
            PrinterError::LockedOut(d) => c("printer-locked-out", d.clone()),
            PrinterError::SessionLost => plain("printer-session-lost"),
            PrinterError::UnexpectedPage(d) => c("printer-unexpected-page", d.clone()),
            PrinterError::Rejected(d) => c("printer-rejected", d.clone()),
            PrinterError::OthersChanged(names) => c("printer-others-changed", names.join(", ")),
            PrinterError::NoFax => plain("printer-no-fax"),
            PrinterError::SignInFailed(code) => sign_in_failure(code, lang),
            PrinterError::SignInExpired { lifetime } => diagnose::explain("expired_token", lang)
                .with_note(Note::CodeLifetime { seconds: *lifetime }, lang),
            PrinterError::RestartTimeout => plain("printer-restart-timeout"),
            PrinterError::Profile(m) => c("printer-profile", m.describe(lang)),
            PrinterError::PageTooLarge { path, limit } => c(
                "printer-page-too-large",
                lang.text_with(
                    "printer-page-too-large",
                    &[
                        ("path", path.clone()),
                        ("limit", crate::files::size_in_words(*limit)),
                    ],
                ),
            ),
            PrinterError::TooManyJobs { path, count } => c(
                "printer-page-too-large",
                lang.text_with(
                    "printer-jobs-too-many",
                    &[("path", path.clone()), ("count", count.to_string())],
                ),
            ),
        }
    }
}

/// The diagnosis of an error code the printer's sign-in reported: a Microsoft code or OAuth
/// error when it is one, "no connection" (360) when the printer could not reach Microsoft.
fn sign_in_failure(code: &str, lang: Lang) -> Diagnosis {
    if code.eq_ignore_ascii_case("NETWORK") {
        return diagnose::explain("360", lang).with_detail(code);
    }
    let d = diagnose::explain(code, lang);
    if d.id == "input-unknown-code" {
        diagnose::condition("printer-signin-failed", lang, code)
    } else {
        d
    }
}

/// The diagnosis of settings that break the printer's rules, each violation on its line.
pub fn invalid_settings(violations: &[Violation], lang: Lang) -> Diagnosis {
    let lines: Vec<String> = violations.iter().map(|v| v.message(lang)).collect();
    diagnose::condition("printer-invalid-setting", lang, lines.join("\n"))
}

/// The diagnosis of a profile file with a mistake.
pub fn bad_profile(e: &ProfileError, lang: Lang) -> Diagnosis {
    diagnose::condition("printer-profile", lang, e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every failure has its diagnosis in both languages: each condition code it names is in
    /// the catalog (`diagnose::internal` would panic otherwise).
    #[test]
    fn every_failure_has_its_diagnosis() {
        let text = || "x".to_string();
        let all = [
            PrinterError::Unreachable(text()),
            PrinterError::Timeout,
            PrinterError::Tls(text()),
            PrinterError::PlainHttp,
            PrinterError::Unpinned {
                fingerprint: text(),
            },
            PrinterError::PinMismatch {
                pinned: text(),
                shown: text(),
            },
            PrinterError::NotSupported(text()),
            PrinterError::AdditionalNetwork,
            PrinterError::BadPassword,
            PrinterError::LockedOut(text()),
            PrinterError::SessionLost,
            PrinterError::UnexpectedPage(text()),
            PrinterError::Rejected(text()),
            PrinterError::OthersChanged(vec![text()]),
            PrinterError::NoFax,
            PrinterError::SignInFailed("NETWORK".into()),
            PrinterError::SignInExpired { lifetime: 900 },
            PrinterError::RestartTimeout,
            PrinterError::Profile(Mismatch::NoPage { path: text() }),
            PrinterError::PageTooLarge {
                path: text(),
                limit: 1,
            },
            PrinterError::TooManyJobs {
                path: text(),
                count: 1,
            },
        ];
        for error in &all {
            // No catch-all: a new failure does not compile until it is listed above too.
            match error {
                PrinterError::Unreachable(_)
                | PrinterError::Timeout
                | PrinterError::Tls(_)
                | PrinterError::PlainHttp
                | PrinterError::Unpinned { .. }
                | PrinterError::PinMismatch { .. }
                | PrinterError::NotSupported(_)
                | PrinterError::AdditionalNetwork
                | PrinterError::BadPassword
                | PrinterError::LockedOut(_)
                | PrinterError::SessionLost
                | PrinterError::UnexpectedPage(_)
                | PrinterError::Rejected(_)
                | PrinterError::OthersChanged(_)
                | PrinterError::NoFax
                | PrinterError::SignInFailed(_)
                | PrinterError::SignInExpired { .. }
                | PrinterError::RestartTimeout
                | PrinterError::Profile(_)
                | PrinterError::PageTooLarge { .. }
                | PrinterError::TooManyJobs { .. } => {}
            }
            for lang in Lang::ALL {
                let d = error.diagnose(lang);
                assert!(!d.title.is_empty() && !d.fix.is_empty(), "{error:?}");
            }
        }
    }

    #[test]
    fn a_session_the_printer_keeps_ending_says_why_and_what_to_do() {
        for (lang, who, wait) in [
            (Lang::En, "another administrator", "restart the printer"),
            (Lang::Hr, "drugi administrator", "ponovno pokrenite pisač"),
        ] {
            let d = PrinterError::SessionLost.diagnose(lang);
            assert_eq!(d.id, "printer-session-lost");
            assert_eq!(d.step, crate::wizard::Page::Printer);
            assert_eq!(d.outcome.exit_code(), 3, "the printer refused");
            assert!(d.cause.contains(who), "{}", d.cause);
            assert!(d.fix.contains(who) && d.fix.contains(wait), "{}", d.fix);
            assert!(!d.fix.contains("profil"), "not the profile: {}", d.fix);
        }
    }

    #[test]
    fn the_printer_s_expired_code_says_how_long_it_was_valid() {
        let d = PrinterError::SignInExpired { lifetime: 300 }.diagnose(Lang::En);
        assert_eq!(d.id, "aadsts-code-expired");
        assert!(
            d.cause.ends_with(" The code was valid for 5 minutes."),
            "{}",
            d.cause
        );
        let short = PrinterError::SignInExpired { lifetime: 3 }.diagnose(Lang::Hr);
        assert!(
            short.cause.ends_with(" Kod je vrijedio 3 sekunde."),
            "{}",
            short.cause
        );
        for lang in Lang::ALL {
            let pending = crate::diagnose::explain("AADSTS70016", lang);
            let expired = crate::diagnose::explain("AADSTS70019", lang);
            for text in [pending.fix, expired.cause] {
                assert!(!text.contains("15"), "a fixed lifetime: {text}");
            }
        }
    }
}
