//! `explain`: find the diagnosis for a bare code, an AADSTS number or a whole pasted line.
//! A line can hold several codes: the one that carries the cause wins, the others are shown
//! as context. Microsoft's trace id, correlation id and timestamp are kept for the help desk.

use super::{
    Diagnosis, Entry, Matcher, Note, by_aadsts, by_foreign_text, by_oauth_error, by_printer_code,
    by_printer_text, by_smtp_reply, by_text, internal,
};
use crate::i18n::Lang;
use percent_encoding::percent_decode_str;
use regex::Regex;
use std::borrow::Cow;
use std::cmp::Reverse;
use std::sync::LazyLock;

static AADSTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bAADSTS[\s:]*(\d{4,8})\b").unwrap());
/// An Entra number without the prefix: `Error code: 50076` and `Sign-in error code: 53003`
/// (sign-in logs), `"errorCode": 50053` (a sign-in log exported as JSON), `"error_codes":[50076]` (a JSON body), `700016 Not Documented` (a line
/// that starts with it).
static ENTRA_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:\berror\s*code"?\s*:?\s*|"error_codes"\s*:\s*\[\s*|^\s*)(\d{4,8})\b"#)
        .unwrap()
});
/// An SMTP enhanced status code, with the reply code before it when there is one.
static ENHANCED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\b([245]\d\d)[ -])?\b([245]\.\d{1,3}\.\d{1,3})\b").unwrap());
static OAUTH_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([a-z]+(?:_[a-z]+)+)\b").unwrap());
static TRACE_ID: LazyLock<Regex> = LazyLock::new(|| id_pattern(r"trace[ _-]?id"));
static CORRELATION_ID: LazyLock<Regex> = LazyLock::new(|| id_pattern(r"correlation[ _-]?id"));
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)timestamp"?\s*[:=]\s*"?(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?Z?)"#)
        .unwrap()
});

/// The parameter AADSTS900144 names: `must contain the following parameter: 'client_id'`.
static MISSING_PARAMETER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)following parameter:\s*'([A-Za-z0-9_.-]{1,64})'").unwrap());

/// `Trace ID: …` or `"trace_id":"…"`: the label, then a hexadecimal id with dashes. No
/// word boundary before the label: in a pasted JSON body it follows a literal `\n`.
fn id_pattern(label: &str) -> Regex {
    Regex::new(&format!(
        r#"(?i){label}"?\s*[:=]\s*"?([0-9a-f][0-9a-f-]{{0,63}})\b"#
    ))
    .unwrap()
}

/// How strongly a code found in a line carries the cause; the highest wins.
mod rank {
    /// An AADSTS number the catalog knows.
    pub const AADSTS: u8 = 9;
    /// A mark of another service (Gmail, IMAP).
    pub const FOREIGN: u8 = 8;
    /// An SMTP code whose text narrows it (535 5.7.139 … disabled for the Tenant).
    pub const SMTP_TEXT: u8 = 7;
    /// A known text, with or without its code (Need admin approval).
    pub const TEXT: u8 = 6;
    /// An AADSTS number said around the one with the cause, or around a text that is more
    /// precise (`AADSTS70002: Error validating credentials. AADSTS50126: …`).
    pub const AADSTS_WRAPPER: u8 = 5;
    /// An SMTP code known without its text.
    pub const SMTP: u8 = 4;
    /// An OAuth `error` name (invalid_grant).
    pub const OAUTH: u8 = 3;
    /// 5.7.3: a failed sign-in, said by libraries around the server's more precise reply.
    pub const AUTH_WRAPPER: u8 = 2;
    /// 5.7.57: the refusal of a message after a failed sign-in.
    pub const WRAPPER: u8 = 1;
    /// A printer status message.
    pub const PRINTER_TEXT: u8 = 0;
}

/// AADSTS numbers with several meanings, which the text beside them or another code names.
const AADSTS_WRAPPERS: [u32; 2] = [70002, 70000];

/// A code found in a line; without an entry it is only context.
struct Found {
    rank: u8,
    pos: usize,
    label: String,
    entry: Option<&'static Entry>,
    /// Whether the label is a code written in the line (not an entry's usual code, as for a
    /// text recognised without its code).
    in_line: bool,
}

impl Found {
    /// Whether the label is an AADSTS number or an SMTP code (not an OAuth name).
    fn is_code(&self) -> bool {
        self.label.starts_with("AADSTS") || self.label.starts_with(|c: char| c.is_ascii_digit())
    }
}

/// Decodes a code or a pasted text. Unknown input gives the `input-unknown-code` diagnosis.
pub fn explain(input: &str, lang: Lang) -> Diagnosis {
    let trimmed = input.trim();
    let single_word = trimmed
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !trimmed.is_empty() && trimmed.chars().all(|c| c.is_ascii_digit()) {
        let entry = match trimmed.len() {
            3 => trimmed.parse().ok().and_then(by_printer_code),
            4.. => trimmed.parse().ok().and_then(by_aadsts),
            _ => None,
        };
        if let Some(entry) = entry {
            let code = if trimmed.len() > 3 {
                format!("AADSTS{trimmed}")
            } else {
                trimmed.into()
            };
            return entry.diagnose(lang).with_code(code);
        }
    }
    if single_word
        && let Some(entry) = crate::diagnose::CATALOG
            .iter()
            .find(|e| e.code.eq_ignore_ascii_case(trimmed))
    {
        return entry.diagnose(lang);
    }
    let text = decoded(trimmed);
    let found = codes(&text);
    let best = found
        .iter()
        .filter_map(|f| f.entry.map(|entry| (f, entry)))
        .max_by_key(|(f, _)| (f.rank, Reverse(f.pos)));
    let in_line = || found.iter().filter(|f| f.in_line);
    let d = match best {
        // A code said around another one the catalog does not know (AADSTS70002 around
        // AADSTS50088): the cause is in the unknown one, so the line is not decoded.
        Some((best, _))
            if best.rank == rank::AADSTS_WRAPPER
                && in_line().any(|f| f.entry.is_none() && f.label.starts_with("AADSTS")) =>
        {
            let mut d = internal("unknown").diagnose(lang);
            d.context = in_line().map(|f| f.label.clone()).collect();
            d.context.dedup();
            d
        }
        Some((best, entry)) => {
            // A text recognised without its code shows the code written beside it: its own,
            // else the first code in the line, else the first OAuth name, else the code it is
            // known by.
            let label = if best.in_line {
                best.label.clone()
            } else {
                in_line()
                    .find(|f| f.entry.is_some_and(|e| std::ptr::eq(e, entry)))
                    .or_else(|| in_line().find(|f| f.is_code()))
                    .or_else(|| in_line().next())
                    .map_or_else(|| best.label.clone(), |f| f.label.clone())
            };
            let mut d = entry.diagnose(lang).with_code(label.clone());
            for f in in_line() {
                if f.label != label && !d.context.contains(&f.label) {
                    d.context.push(f.label.clone());
                }
            }
            d
        }
        None => internal("unknown").diagnose(lang),
    };
    let d = if single_word && d.id != "input-unknown-code" {
        d
    } else {
        d.with_detail(trimmed)
    };
    with_ids(d, &text, lang)
}

/// Every code in the line that the catalog knows, and the unknown codes as context, in the
/// order they stand.
fn codes(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    for c in AADSTS.captures_iter(text) {
        let number: Option<u32> = c[1].parse().ok();
        found.push(Found {
            rank: aadsts_rank(number),
            pos: c.get(0).map_or(0, |m| m.start()),
            label: format!("AADSTS{}", &c[1]),
            entry: number.and_then(by_aadsts),
            in_line: true,
        });
    }
    for c in ENTRA_NUMBER.captures_iter(text) {
        let number: Option<u32> = c[1].parse().ok();
        if let Some(entry) = number.and_then(by_aadsts) {
            found.push(Found {
                rank: aadsts_rank(number),
                pos: c.get(1).map_or(0, |m| m.start()),
                label: format!("AADSTS{}", &c[1]),
                entry: Some(entry),
                in_line: true,
            });
        }
    }
    if let Some(entry) = by_foreign_text(text) {
        found.push(Found {
            rank: rank::FOREIGN,
            pos: 0,
            label: entry.code.to_string(),
            entry: Some(entry),
            in_line: false,
        });
    }
    let lower = text.to_lowercase();
    for c in ENHANCED.captures_iter(text) {
        let enhanced = &c[2];
        let entry = by_smtp_reply(enhanced, text);
        let narrowed = entry.is_some_and(|e| {
            e.matchers.iter().any(|m| {
                matches!(m, Matcher::Smtp(code, Some(fragment))
                    if *code == enhanced && lower.contains(fragment))
            })
        });
        let label = match c.get(1) {
            Some(reply) => format!("{} {enhanced}", reply.as_str()),
            None => enhanced.to_string(),
        };
        found.push(Found {
            rank: match enhanced {
                "5.7.57" => rank::WRAPPER,
                "5.7.3" => rank::AUTH_WRAPPER,
                _ if narrowed => rank::SMTP_TEXT,
                _ => rank::SMTP,
            },
            pos: c.get(0).map_or(0, |m| m.start()),
            label,
            entry,
            in_line: true,
        });
    }
    for c in OAUTH_WORD.captures_iter(&lower) {
        if let Some(entry) = by_oauth_error(&c[1]) {
            found.push(Found {
                rank: rank::OAUTH,
                pos: c.get(0).map_or(0, |m| m.start()),
                label: c[1].to_string(),
                entry: Some(entry),
                in_line: true,
            });
        }
    }
    if let Some(entry) = by_text(text) {
        found.push(Found {
            rank: rank::TEXT,
            pos: 0,
            label: entry.code.to_string(),
            entry: Some(entry),
            in_line: false,
        });
    }
    if let Some(entry) = by_printer_text(text) {
        found.push(Found {
            rank: rank::PRINTER_TEXT,
            pos: 0,
            label: entry.code.to_string(),
            entry: Some(entry),
            in_line: false,
        });
    }
    found.sort_by_key(|f| f.pos);
    found
}

/// The line with `%XX` escapes decoded, as in an error copied from a redirect address
/// (`error_description=The%20request%20is%20not%20valid…`), where `+` is a space too; other
/// lines as they are.
fn decoded(text: &str) -> Cow<'_, str> {
    if text.contains("error_description=") || text.contains("error=") {
        let spaced = text.replace('+', " ");
        Cow::Owned(percent_decode_str(&spaced).decode_utf8_lossy().into_owned())
    } else {
        percent_decode_str(text).decode_utf8_lossy()
    }
}

/// How strongly an AADSTS number carries the cause.
fn aadsts_rank(number: Option<u32>) -> u8 {
    match number {
        Some(n) if AADSTS_WRAPPERS.contains(&n) => rank::AADSTS_WRAPPER,
        _ => rank::AADSTS,
    }
}

/// Copies Microsoft's trace id, correlation id and timestamp from the pasted text, and the
/// name of a missing parameter.
fn with_ids(mut d: Diagnosis, text: &str, lang: Lang) -> Diagnosis {
    let grab = |re: &Regex| re.captures(text).map(|c| c[1].to_string());
    d.trace_id = d.trace_id.or_else(|| grab(&TRACE_ID));
    d.correlation_id = d.correlation_id.or_else(|| grab(&CORRELATION_ID));
    d.timestamp = d.timestamp.or_else(|| grab(&TIMESTAMP));
    match grab(&MISSING_PARAMETER) {
        Some(name) if d.id == "aadsts-missing-parameter" => {
            d.with_note(Note::MissingParameter { name }, lang)
        }
        _ => d,
    }
}
