//! Turns printer job codes, Microsoft sign-in errors and SMTP replies into a diagnosis:
//! what happened, why, how to fix it and which wizard step applies the fix.

mod catalog;
mod note;
mod parse;

pub use catalog::{CATALOG, Entry};
pub use note::{Note, Part};
pub use parse::explain;

use crate::i18n::Lang;
use crate::wizard::Page;
use serde::Serialize;

/// What recognises a catalog entry.
#[derive(Debug, Clone, Copy)]
pub enum Matcher {
    /// A printer job-history error code.
    Printer(u16),
    /// A status message shown by the printer (lower-case fragment).
    PrinterText(&'static str),
    /// A Microsoft Entra AADSTS number.
    Aadsts(u32),
    /// An OAuth 2.0 `error` value.
    OAuth(&'static str),
    /// An SMTP enhanced status code, optionally narrowed by a lower-case text fragment.
    Smtp(&'static str, Option<&'static str>),
    /// One of this product's own condition codes.
    Internal(&'static str),
    /// A lower-case fragment of a known text that comes without a code ("Need admin approval").
    Text(&'static str),
    /// A lower-case fragment that marks an error from another service (Gmail, IMAP).
    Foreign(&'static str),
}

/// Which side failed; decides the command-line exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Bad input from the user (exit 2).
    Usage,
    /// The remote side refused: auth, SMTP or printer said no (exit 3).
    Refused,
    /// Network failure or timeout (exit 4).
    Network,
    /// The local side failed: keychain, files (exit 5).
    Local,
}

impl Outcome {
    /// The process exit code (docs/architecture.md#command-line-contract).
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Usage => 2,
            Outcome::Refused => 3,
            Outcome::Network => 4,
            Outcome::Local => 5,
        }
    }
}

/// A diagnosis ready to show: localized texts plus the facts behind them.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnosis {
    /// The code as people know it (`AADSTS53003`, `535 5.7.139`, `361`).
    pub code: String,
    /// Catalog id.
    pub id: &'static str,
    pub title: String,
    pub cause: String,
    pub fix: String,
    /// The wizard page that applies the fix.
    pub step: Page,
    /// The original reply or error text, when there was one (never contains secrets).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Microsoft's trace id, for the help desk.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// Microsoft's correlation id, for the help desk.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// Microsoft's timestamp of the failure, as pasted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// The other codes seen in the same pasted line, which did not carry the cause.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
    #[serde(skip)]
    pub outcome: Outcome,
    /// Sentences added from what this run saw (already part of `cause` and `fix`).
    #[serde(skip)]
    pub notes: Vec<Note>,
}

/// A catalog entry's title, cause and fix in `lang`.
fn texts(id: &str, lang: Lang) -> (String, String, String) {
    let text = |part: &str| lang.text(&format!("diag-{id}-{part}"));
    (text("title"), text("cause"), text("fix"))
}

impl Entry {
    /// Localizes this entry into a diagnosis.
    pub fn diagnose(&'static self, lang: Lang) -> Diagnosis {
        let (title, cause, fix) = texts(self.id, lang);
        Diagnosis {
            code: self.code.to_string(),
            id: self.id,
            title,
            cause,
            fix,
            step: self.step,
            detail: None,
            trace_id: None,
            correlation_id: None,
            timestamp: None,
            context: Vec::new(),
            outcome: self.outcome,
            notes: Vec::new(),
        }
    }

    /// Whether `code` is one people know (a printer job code, AADSTS number, OAuth error or
    /// SMTP status), not one of this product's own ids.
    pub fn has_known_code(&self) -> bool {
        self.matchers.iter().any(|m| {
            matches!(
                m,
                Matcher::Printer(_) | Matcher::Aadsts(_) | Matcher::OAuth(_) | Matcher::Smtp(..)
            )
        })
    }
}

impl Diagnosis {
    /// Attaches the original text (a reply line, an error description).
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// The same diagnosis in another language (what was seen, the codes and ids stay), so a
    /// page switched to another language shows it anew.
    pub fn in_lang(&self, lang: Lang) -> Diagnosis {
        let (title, cause, fix) = texts(self.id, lang);
        let fresh = Diagnosis {
            title,
            cause,
            fix,
            notes: Vec::new(),
            ..self.clone()
        };
        self.notes
            .iter()
            .fold(fresh, |d, note| d.with_note(note.clone(), lang))
    }

    /// Adds a sentence from what this run saw to the cause or the fix.
    pub fn with_note(mut self, note: Note, lang: Lang) -> Self {
        let text = note.text(lang);
        let part = match note.part() {
            Part::Cause => &mut self.cause,
            Part::Fix => &mut self.fix,
        };
        part.push(' ');
        part.push_str(&text);
        self.notes.push(note);
        self
    }

    /// The code to show with the title: one people know (`AADSTS70019`, `535 5.7.60`, `360`),
    /// or none when the diagnosis is one of this product's own conditions, whose id means
    /// nothing to an admin.
    pub fn shown_code(&self) -> Option<&str> {
        match CATALOG.iter().find(|e| e.id == self.id) {
            Some(e) if !e.has_known_code() && e.code == self.code => None,
            _ => Some(&self.code),
        }
    }

    /// The card's heading: the real code and the title, or the title alone for the product's
    /// own conditions (whose code is an internal id).
    pub fn heading(&self) -> String {
        match self.shown_code() {
            Some(code) => format!("{code} — {}", self.title),
            None => self.title.clone(),
        }
    }

    /// Whether this is a cancel by the admin (in the wizard, or on Microsoft's sign-in page),
    /// which is shown as a neutral note, not as a failure.
    pub fn is_cancel(&self) -> bool {
        matches!(self.id, "local-cancelled" | "aadsts-declined")
    }

    /// Replaces the shown code, e.g. with the exact AADSTS number received.
    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = code.into();
        self
    }
}

fn find(pred: impl Fn(&Matcher) -> bool) -> Option<&'static Entry> {
    CATALOG.iter().find(|e| e.matchers.iter().any(&pred))
}

/// The entry for one of this product's own condition codes. Panics only on a typo in code,
/// which `every_internal_code_raised_in_the_code_is_in_the_catalog` (diagnose/tests.rs) and,
/// for the printer's failures, `every_failure_has_its_diagnosis` (printer/error.rs) catch.
pub fn internal(code: &str) -> &'static Entry {
    find(|m| matches!(m, Matcher::Internal(c) if *c == code))
        .unwrap_or_else(|| panic!("internal diagnosis code {code} is not in the catalog"))
}

/// The diagnosis for one of this product's own conditions, with what was seen.
pub fn condition(code: &str, lang: Lang, detail: impl Into<String>) -> Diagnosis {
    internal(code).diagnose(lang).with_detail(detail)
}

/// The entry for an AADSTS number.
pub fn by_aadsts(number: u32) -> Option<&'static Entry> {
    find(|m| matches!(m, Matcher::Aadsts(n) if *n == number))
}

/// The entry for an OAuth `error` value.
pub fn by_oauth_error(error: &str) -> Option<&'static Entry> {
    find(|m| matches!(m, Matcher::OAuth(e) if *e == error))
}

/// The entry for a printer job-history code.
pub fn by_printer_code(code: u16) -> Option<&'static Entry> {
    find(|m| matches!(m, Matcher::Printer(c) if *c == code))
}

/// The entry for an SMTP reply, from its enhanced status code and text.
pub fn by_smtp_reply(enhanced: &str, text: &str) -> Option<&'static Entry> {
    let text = text.to_lowercase();
    find(|m| match m {
        Matcher::Smtp(code, Some(fragment)) => *code == enhanced && text.contains(fragment),
        _ => false,
    })
    .or_else(|| find(|m| matches!(m, Matcher::Smtp(code, None) if *code == enhanced)))
}

/// The one entry shown with this code (`printer-test-auth`, `5.7.60`...), as a printer profile
/// names it; None when no entry or several entries show it.
pub fn by_code(code: &str) -> Option<&'static Entry> {
    let mut found = CATALOG.iter().filter(|e| e.code == code);
    let entry = found.next()?;
    found.next().is_none().then_some(entry)
}

/// The entry for an error from another service, out of this tool's scope.
pub fn by_foreign_text(text: &str) -> Option<&'static Entry> {
    let text = text.to_lowercase();
    find(|m| matches!(m, Matcher::Foreign(fragment) if text.contains(fragment)))
}

/// The entry for a known text that comes without its code.
pub fn by_text(text: &str) -> Option<&'static Entry> {
    let text = text.to_lowercase();
    find(|m| matches!(m, Matcher::Text(fragment) if text.contains(fragment)))
}

/// The entry for a printer status message.
pub fn by_printer_text(text: &str) -> Option<&'static Entry> {
    let text = text.to_lowercase();
    find(|m| matches!(m, Matcher::PrinterText(fragment) if text.contains(fragment)))
}

#[cfg(test)]
mod tests;
