//! `printer capture`: the email-settings pages of a device, with every secret, address and
//! token replaced, so that a user with a new model or firmware can share them and a correct
//! profile can be written from them. Field names, option values and page texts are kept.

use super::adapter::CapturedPage;
use super::html;
use regex::Regex;
use serde::Serialize;
use std::path::Path;
use std::sync::LazyLock;

/// An input tag; quoted attribute values may hold `>`.
static INPUT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?is)<input\b(?:[^>"']|"[^"]*"|'[^']*')*>"#).unwrap());
static VALUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?is)\bvalue\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)"#).unwrap());
static KIND: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?is)\btype\s*=\s*["']?([a-z]+)"#).unwrap());
static TEXTAREA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)(<textarea\b[^>]*>)(.*?)(</textarea>)").unwrap());
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+").unwrap());
static IPV4: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b").unwrap());
static MAC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{12})\b").unwrap()
});
static IPV6: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b([0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b|([0-9a-f]{1,4})?::([0-9a-f]{1,4}:?)*(\b|%\w+)",
    )
    .unwrap()
});
static UUID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b").unwrap()
});
/// mDNS host names: anything `.local`, and the vendor-plus-serial names (`EPSON1A2B3C`).
static HOST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b[a-z0-9-]+\.local\b\.?|\b[A-Z]{2,}[0-9A-F]{6}\b").unwrap());
/// Long hexadecimal runs: session ids, serials, keys.
static HEX: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b[0-9A-Fa-f]{16,}\b").unwrap());
/// Long runs of mixed-case letters and digits (base64 with `/` too): tokens, codes, session
/// ids. Field names and paths (upper case) and words are not touched.
static TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Za-z0-9_\-+=][A-Za-z0-9_\-+=/]{15,}").unwrap());

/// Input types whose values are choices, not data: kept, as a profile needs them.
const CHOICE_TYPES: &[&str] = &["radio", "checkbox", "submit", "button", "reset", "image"];

/// A page after redaction.
#[derive(Debug, Clone, Serialize)]
pub struct Redacted {
    pub name: String,
    pub path: String,
    pub file: String,
}

/// Replaces every value that could identify or unlock anything. `known` are values read
/// elsewhere that must go too (a serial number, which is also many printers' password).
pub fn redact(body: &str, known: &[String]) -> String {
    let mut text = INPUT
        .replace_all(body, |c: &regex::Captures| {
            let tag = &c[0];
            let kind = KIND
                .captures(tag)
                .map(|k| k[1].to_ascii_lowercase())
                .unwrap_or_else(|| "text".into());
            if CHOICE_TYPES.contains(&kind.as_str()) {
                tag.to_string()
            } else {
                VALUE.replace_all(tag, "value=\"[redacted]\"").into_owned()
            }
        })
        .into_owned();
    text = TEXTAREA.replace_all(&text, "$1[redacted]$3").into_owned();
    for value in known.iter().filter(|v| v.len() >= 4) {
        if let Ok(exact) = Regex::new(&format!("(?i){}", regex::escape(value))) {
            text = exact.replace_all(&text, "[redacted]").into_owned();
        }
    }
    text = EMAIL.replace_all(&text, "[email]").into_owned();
    text = UUID.replace_all(&text, "[uuid]").into_owned();
    text = HOST.replace_all(&text, "[host]").into_owned();
    text = MAC.replace_all(&text, "[mac]").into_owned();
    text = IPV6.replace_all(&text, "[ip]").into_owned();
    text = HEX.replace_all(&text, "[token]").into_owned();
    text = IPV4
        .replace_all(&text, |c: &regex::Captures| {
            if (1..=4).all(|i| c[i].parse::<u16>().is_ok_and(|n| n <= 255)) {
                "[ip]".to_string()
            } else {
                c[0].to_string()
            }
        })
        .into_owned();
    TOKEN
        .replace_all(&text, |c: &regex::Captures| {
            let t = &c[0];
            let mixed = t.chars().any(|c| c.is_ascii_lowercase())
                && t.chars().any(|c| c.is_ascii_uppercase())
                && t.chars().any(|c| c.is_ascii_digit());
            if mixed {
                "[token]".to_string()
            } else {
                t.to_string()
            }
        })
        .into_owned()
}

/// The values on the pages that identify the device (its serial number), found by label.
pub fn identifying_values(pages: &[CapturedPage], labels: &[&str]) -> Vec<String> {
    pages
        .iter()
        .flat_map(|p| {
            let texts = html::texts(&p.body);
            labels
                .iter()
                .filter_map(|l| html::value_after(&texts, l))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Redacts the pages and writes them, with a `capture.json` index, into `dir`.
pub fn write(
    dir: &Path,
    pages: &[CapturedPage],
    known: &[String],
    profile_name: &str,
) -> std::io::Result<Vec<Redacted>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for page in pages {
        let extension = if page.body.trim_start().starts_with('{') {
            "json"
        } else {
            "html"
        };
        let file = format!("{}.{extension}", page.name);
        let body = redact(&page.body, known);
        std::fs::write(dir.join(&file), &body)?;
        written.push(Redacted {
            name: page.name.clone(),
            path: page.path.clone(),
            file,
        });
    }
    let index = serde_json::json!({
        "tool": concat!("printer-oauth ", env!("CARGO_PKG_VERSION")),
        "profile": profile_name,
        "redacted": "input values (except choices), text areas, email addresses, IPv4 and IPv6 addresses, MAC addresses, host names, UUIDs, tokens and long hexadecimal ids, the serial number",
        "pages": written,
    });
    std::fs::write(
        dir.join("capture.json"),
        serde_json::to_string_pretty(&index)?,
    )?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_goes_and_structure_stays() {
        let page = r#"<form><input type="hidden" name="INPUTT_SETUPTOKEN" value="a8F3kQ9zLm2Xp7Rt">
            <input name="INPUTT_SENDERADDRESS" value='scanner@contoso.com'>
            <input type="password" name="INPUTT_AUTHPASSWORD" value=hunter2>
            <input type="radio" name="INPUTR_CERTVALIDATION" value="ENABLE" checked>
            <select name="SEL_AUTHMETHOD"><option value="OAUTH2" selected>OAuth2</option></select>
            <textarea name="NOTE">call 10.1.2.3</textarea></form>
            <p>Signed in (admin@contoso.com) from 192.168.1.20, MAC 00:26:AB:12:34:56,
            serial X5DL012345, path /PRESENTATION/ADVANCED/NWS_EMAIL_BASIC/TOP, v 1.2.3.400</p>
            {"USERCODE":"AB12CD34EF56GH78ij"}
            <input name="X" value="a>b c@d.com"> fe80::21a:2bff:fe3c:4d5e 2001:db8:0:1:2:3:4:5
            EPSON1A2B3C.local EPSON1A2B3C 0026AB123456 9f86d081884c7d659a2feaa0c55ad015
            0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9 x5dl012345 Bearer abcDEF123/ghiJKL456mno/PQR789stuVWX"#;
        let out = redact(page, &["X5DL012345".into()]);
        for gone in [
            "a8F3kQ9zLm2Xp7Rt",
            "scanner@",
            "contoso.com",
            "hunter2",
            "10.1.2.3",
            "192.168.1.20",
            "00:26:AB",
            "X5DL012345",
            "AB12CD34EF56GH78ij",
            "c@d.com",
            "fe80::",
            "2001:db8",
            "EPSON1A2B3C",
            "0026AB123456",
            "9f86d081884c",
            "0a1b2c3d",
            "x5dl012345",
            "ghiJKL456mno",
            "PQR789stuVWX",
        ] {
            assert!(!out.contains(gone), "{gone} left in {out}");
        }
        for kept in [
            "INPUTT_SETUPTOKEN",
            "INPUTT_SENDERADDRESS",
            "value=\"ENABLE\"",
            "value=\"OAUTH2\"",
            "/PRESENTATION/ADVANCED/NWS_EMAIL_BASIC/TOP",
            "Signed in",
        ] {
            assert!(out.contains(kept), "{kept} lost in {out}");
        }
    }
}
