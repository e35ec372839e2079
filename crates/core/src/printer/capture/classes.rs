//! The kinds of text that are secrets wherever they stand (page text, attribute values,
//! scripts, JSON strings): the values known to identify the device, user info in URLs, email
//! addresses in any encoding, secret query parameters, UUIDs, IP and MAC addresses, device
//! host names, serial numbers, long hexadecimal ids and tokens. Everything else is kept as it
//! is, so labels such as "POP3-Serveradresse" and CSS such as `a::before` stay.

use regex::{Captures, Regex};
use std::net::Ipv6Addr;
use std::sync::LazyLock;

/// What a secret that is not classified further is replaced by.
pub const REDACTED: &str = "[redacted]";

/// `scheme://user:password@`: the user info goes, the scheme stays.
static USER_INFO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s?#"'<>]+@"#).unwrap());
/// An email address, its `@` written plainly or encoded (`%40`, `\u0040`, `\x40`, `&#64;`,
/// `&#x40;`, `&commat;`, `(at)`), its dots plainly or as `(dot)`.
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    let at = r"(?:@|%40|\\u0040|\\x40|&#0*64;|&#x0*40;|&commat;|\s*[(\[{]\s*at\s*[)\]}]\s*)";
    let dot = r"(?:\.|%2e|\s*[(\[{]\s*dot\s*[)\]}]\s*)";
    Regex::new(&format!(
        r"(?i)[a-z0-9._%+\-]+{at}[a-z0-9\-]+(?:{dot}[a-z0-9\-]+)+"
    ))
    .unwrap()
});
/// A query or path parameter whose name says it holds a secret (`?sid=`, `;jsessionid=`).
static SECRET_PARAMETER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)([?&;][a-z0-9_\-]*(?:sess|sid|token|csrf|nonce|secret|pass|pwd|key)[a-z0-9_\-]*=)[^&#;\s"'<>]+"#)
        .unwrap()
});
static UUID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b").unwrap()
});
/// An IPv6 candidate: two to seven colons, hexadecimal groups, an IPv4 tail, a zone. Kept
/// only when it is a valid address standing alone.
static IPV6: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:[0-9a-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4})(?:%[0-9a-z._\-]+)?",
    )
    .unwrap()
});
static MAC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}\b|\b[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}\b|\b[0-9a-f]{12}\b",
    )
    .unwrap()
});
static IPV4: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b").unwrap());
/// mDNS host names: anything `.local`.
static HOST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b[a-z0-9][a-z0-9\-]*\.local\b\.?").unwrap());
/// A serial-number candidate: upper-case letters and digits (`X5DL012345`, `EPSON1A2B3C`).
static SERIAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b[A-Z0-9]{8,20}\b").unwrap());
/// Long hexadecimal runs: session ids, keys, hashes.
static HEX: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b[0-9a-f]{16,}\b").unwrap());
/// A token candidate: a long run of letters, digits and `-_+=/` (base64 and base64url too).
static TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[A-Za-z0-9_\-+=/]{16,}").unwrap());

/// Whether a field, parameter or key name says its value is a secret.
pub fn is_secret_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    [
        "pass",
        "pwd",
        "secret",
        "token",
        "csrf",
        "nonce",
        "session",
        "usercode",
        "user_code",
        "devicecode",
        "device_code",
        "apikey",
        "api_key",
        "cookie",
    ]
    .iter()
    .any(|s| name.contains(s))
}

/// The secrets of one capture: the classes above and the values known to identify the device
/// (its serial number, the administrator password).
pub struct Secrets {
    known: Option<Regex>,
}

impl Secrets {
    /// Values of four to 256 characters are removed wherever they appear, in any case, as
    /// they are and percent-encoded. Longer values are not identifiers, and are ignored (as
    /// are all, should the pattern still grow past the regex size limit).
    pub fn new(known: &[String]) -> Secrets {
        let mut forms: Vec<String> = known
            .iter()
            .map(|v| v.trim())
            .filter(|v| (4..=256).contains(&v.chars().count()))
            .flat_map(|v| [v.to_string(), percent_encoded(v)])
            .collect();
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        forms.dedup();
        let known = (!forms.is_empty())
            .then(|| {
                let alternatives: Vec<String> = forms.iter().map(|f| regex::escape(f)).collect();
                Regex::new(&format!("(?i){}", alternatives.join("|"))).ok()
            })
            .flatten();
        Secrets { known }
    }

    /// The text with every secret replaced by a placeholder naming its kind.
    pub fn redact(&self, text: &str) -> String {
        let mut text = match &self.known {
            Some(known) => known.replace_all(text, REDACTED).into_owned(),
            None => text.to_string(),
        };
        text = USER_INFO.replace_all(&text, "$1").into_owned();
        text = EMAIL.replace_all(&text, "[email]").into_owned();
        text = SECRET_PARAMETER
            .replace_all(&text, format!("${{1}}{REDACTED}"))
            .into_owned();
        text = UUID.replace_all(&text, "[uuid]").into_owned();
        text = replace_if(&IPV6, &text, "[ip]", is_ipv6);
        text = replace_if(&MAC, &text, "[mac]", |m, _, _| {
            m.len() != 12 || m.chars().any(|c| c.is_ascii_digit())
        });
        text = replace_if(&IPV4, &text, "[ip]", is_ipv4);
        text = HOST.replace_all(&text, "[host]").into_owned();
        text = replace_if(&SERIAL, &text, "[serial]", |s, _, _| is_serial(s));
        text = HEX.replace_all(&text, "[token]").into_owned();
        replace_if(&TOKEN, &text, "[token]", |t, _, _| is_token(t))
    }
}

/// Replaces the matches that `accept` accepts; it gets the match, the text and its range.
fn replace_if(
    pattern: &Regex,
    text: &str,
    with: &str,
    accept: impl Fn(&str, &str, std::ops::Range<usize>) -> bool,
) -> String {
    pattern
        .replace_all(text, |c: &Captures| {
            let m = c.get(0).expect("whole match");
            if accept(m.as_str(), text, m.range()) {
                with.to_string()
            } else {
                m.as_str().to_string()
            }
        })
        .into_owned()
}

/// A valid IPv6 address with a digit, not inside a longer word: `fe80::1`, `2001:db8::5`;
/// not `a::before` or `10:30`.
fn is_ipv6(candidate: &str, text: &str, range: std::ops::Range<usize>) -> bool {
    let address = candidate.split('%').next().unwrap_or_default();
    let joined = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == ':';
    address.parse::<Ipv6Addr>().is_ok()
        && address.chars().any(|c| c.is_ascii_digit())
        && !text[..range.start].ends_with(joined)
        && !text[range.end..].starts_with(joined)
}

/// Four numbers up to 255 that are not part of a longer dotted number (a version, an OID).
fn is_ipv4(candidate: &str, text: &str, range: std::ops::Range<usize>) -> bool {
    let dotted_number = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
    candidate.split('.').all(|n| n.parse::<u8>().is_ok())
        && !(text[..range.start].ends_with('.'))
        && !text[range.end..]
            .strip_prefix('.')
            .is_some_and(dotted_number)
}

/// A serial number: letters and at least three digits in two or more runs (`X5DL012345`),
/// unlike error codes and field names (`AADSTS53003`, `POP3SERVER`).
fn is_serial(candidate: &str) -> bool {
    let digits = candidate.chars().filter(char::is_ascii_digit).count();
    candidate.chars().any(|c| c.is_ascii_uppercase())
        && digits >= 3
        && stretches(candidate)
            .filter(|s| s.starts_with(|c: char| c.is_ascii_digit()))
            .count()
            >= 2
}

/// A token: it has a digit, and one of its parts (between `-_+=/`) is not a word; or it has
/// a run of 20 letters or more cased at random (see [`is_random_case`]).
fn is_token(candidate: &str) -> bool {
    let worded = || {
        candidate
            .split(['-', '_', '+', '=', '/'])
            .filter(|p| !p.is_empty())
            .all(is_word)
    };
    let digit = candidate.chars().any(|c| c.is_ascii_digit());
    (digit && !worded())
        || candidate
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(is_random_case)
}

/// Letters cased at random, as in a base64 token (`xQzWmRtKpLbNvCyHjDfG`): 20 or more, with
/// three or more capitals after a small letter that do not start a word of two or more small
/// letters. Compound labels and code names (`AuthentifizierungsMethode`,
/// `HTTPSZertifikatsvalidierung`, `getElementsByClassName`) are cased as words.
fn is_random_case(letters: &str) -> bool {
    let b = letters.as_bytes();
    let irregular = (1..b.len())
        .filter(|&i| {
            b[i].is_ascii_uppercase()
                && b[i - 1].is_ascii_lowercase()
                && !(b.len() > i + 2
                    && b[i + 1].is_ascii_lowercase()
                    && b[i + 2].is_ascii_lowercase())
        })
        .count();
    b.len() >= 20 && irregular >= 3
}

/// A word, possibly with a number in it: letters cased as in words (`pop`, `POP`, `Server`,
/// `IPv`, `OAuth`) and at most two runs of at most four digits (`POP3`, `IPv6`, `SHA256`).
fn is_word(part: &str) -> bool {
    let mut numbers = 0;
    stretches(part).all(|s| {
        if s.starts_with(|c: char| c.is_ascii_digit()) {
            numbers += 1;
            s.len() <= 4 && numbers <= 2
        } else {
            let capitals = s.chars().take_while(char::is_ascii_uppercase).count();
            s[capitals..].chars().all(|c| c.is_ascii_lowercase())
        }
    })
}

/// The maximal runs of digits and of other characters.
fn stretches(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let digit = first.is_ascii_digit();
        let end = rest
            .find(|c: char| c.is_ascii_digit() != digit)
            .unwrap_or(rest.len());
        let (stretch, tail) = rest.split_at(end);
        rest = tail;
        Some(stretch)
    })
}

/// The value as it is written in a URL: bytes other than letters, digits and `-._~` as `%XX`.
fn percent_encoded(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
