//! `explain`: find the diagnosis for a bare code, an AADSTS number or a whole pasted line.

use super::{
    Diagnosis, by_aadsts, by_oauth_error, by_printer_code, by_printer_text, by_smtp_reply, internal,
};
use crate::i18n::Lang;
use regex::Regex;
use std::sync::LazyLock;

static AADSTS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bAADSTS(\d{4,8})\b").unwrap());
static ENHANCED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b").unwrap());
static REPLY_CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*([245]\d\d)[\s-]").unwrap());

/// Decodes a code or a pasted text. Unknown input gives the `input-unknown-code` diagnosis.
pub fn explain(input: &str, lang: Lang) -> Diagnosis {
    let trimmed = input.trim();
    let detail = |d: Diagnosis| {
        if trimmed
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            d
        } else {
            d.with_detail(trimmed)
        }
    };
    // The first AADSTS code the catalog knows, wherever it stands in the line.
    if let Some((number, entry)) = AADSTS
        .captures_iter(trimmed)
        .filter_map(|c| c[1].parse().ok())
        .find_map(|n| by_aadsts(n).map(|entry| (n, entry)))
    {
        return detail(entry.diagnose(lang).with_code(format!("AADSTS{number}")));
    }
    if trimmed.chars().all(|c| c.is_ascii_digit()) && !trimmed.is_empty() {
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
    if let Some(found) = ENHANCED.captures(trimmed) {
        let enhanced = found[0].to_string();
        if let Some(entry) = by_smtp_reply(&enhanced, trimmed) {
            let code = match REPLY_CODE.captures(trimmed) {
                Some(reply) => format!("{} {enhanced}", &reply[1]),
                None => entry.code.to_string(),
            };
            return detail(entry.diagnose(lang).with_code(code));
        }
    }
    let word = trimmed.to_lowercase();
    if let Some(entry) = by_oauth_error(&word) {
        return entry.diagnose(lang);
    }
    if let Some(entry) = crate::diagnose::CATALOG
        .iter()
        .find(|e| e.code.eq_ignore_ascii_case(&word))
    {
        return entry.diagnose(lang);
    }
    if let Some(entry) = by_printer_text(trimmed) {
        return detail(entry.diagnose(lang));
    }
    internal("unknown").diagnose(lang).with_detail(trimmed)
}
