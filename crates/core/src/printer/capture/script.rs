//! Scripts in a capture: every string literal is replaced, the code around it is kept, so a
//! password or token assigned in a script goes and the page's logic can still be read.

use super::classes::REDACTED;

/// The script with its string literals (`"…"`, `'…'`, `` `…` ``) replaced by `"[redacted]"`
/// in the same quotes. Kept: empty literals, identifier-like object keys (`{"STATUS": …}`) and
/// the literals `keep` accepts (the page's field names and ids). A comment's text is
/// replaced too (`// [redacted]`, `/* [redacted] */`), its markers kept; regular expression
/// literals are left as code.
pub fn redact_strings(code: &str, keep: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    // The last character of code that is not white space, to tell `/` (division) from a
    // regular expression.
    let mut last: Option<char> = None;
    while let Some(c) = rest.chars().next() {
        let taken = match c {
            '/' if rest[1..].starts_with('/') => {
                let end = rest.find('\n').unwrap_or(rest.len());
                out.push_str(&comment(&rest[..end], "//", ""));
                rest = &rest[end..];
                continue;
            }
            '/' if rest[1..].starts_with('*') => {
                let (end, close) = rest[2..]
                    .find("*/")
                    .map_or((rest.len(), ""), |i| (i + 4, "*/"));
                out.push_str(&comment(&rest[..end], "/*", close));
                rest = &rest[end..];
                continue;
            }
            '/' if last.is_none_or(|l| "(,=:[!&|?{};+-*%<>~^".contains(l)) => {
                last = Some('/');
                regex_end(rest)
            }
            '"' | '\'' | '`' => {
                let (end, closed) = literal_end(rest, c);
                let body = &rest[1..if closed { end - 1 } else { end }];
                let after = rest[end..].trim_start();
                let key = matches!(last, Some('{' | ','))
                    && after.starts_with(':')
                    && is_identifier(body);
                if body.is_empty() || key || keep(body) {
                    out.push_str(&rest[..end]);
                } else {
                    out.push(c);
                    out.push_str(REDACTED);
                    if closed {
                        out.push(c);
                    }
                }
                last = Some(c);
                rest = &rest[end..];
                continue;
            }
            _ => {
                if !c.is_whitespace() {
                    last = Some(c);
                }
                c.len_utf8()
            }
        };
        out.push_str(&rest[..taken]);
        rest = &rest[taken..];
    }
    out
}

/// The comment between `open` and `close` with its text replaced, unless it has none.
fn comment(whole: &str, open: &str, close: &str) -> String {
    if whole[open.len()..whole.len() - close.len()]
        .trim()
        .is_empty()
    {
        whole.to_string()
    } else {
        format!("{open} {REDACTED} {close}").trim_end().to_string()
    }
}

/// Where the literal opened by `quote` at the start of `text` ends (after its closing quote),
/// and whether it was closed. `"` and `'` literals end at a line break at the latest.
fn literal_end(text: &str, quote: char) -> (usize, bool) {
    let mut chars = text.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '\n' if quote != '`' => return (i, false),
            c if c == quote => return (i + c.len_utf8(), true),
            _ => {}
        }
    }
    (text.len(), false)
}

/// Where the regular expression literal at the start of `text` ends (after its flags).
fn regex_end(text: &str) -> usize {
    let mut in_class = false;
    let mut chars = text.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '\n' => return i,
            '[' => in_class = true,
            ']' => in_class = false,
            '/' if !in_class => {
                let flags = text[i + 1..]
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(text.len() - i - 1);
                return i + 1 + flags;
            }
            _ => {}
        }
    }
    text.len()
}

/// A name such as `STATUS`, `user_name` or `data-id`.
fn is_identifier(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_$-".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_go_and_code_keys_and_field_names_stay() {
        let code = r#"var pw = "hunter2"; var t = 'k3j9x0qp'; var u = `a ${b} c`;
            // say "hi" admin pw: hunter2
            /* token=abc
               more */ x = 1; /**/
            var re = /["']/g, half = 4 / 2, s = "it\"s"; x = ok ? "yes" : "";
            var o = {"STATUS": "SIGNEDIN", 'b': 'c'}; f("INPUTT_SMTPPORT"); g("open
            var after = "later";"#;
        let out = redact_strings(code, |s| s == "INPUTT_SMTPPORT");
        for gone in [
            "hunter2",
            "k3j9x0qp",
            "${b}",
            "it\\\"s",
            "yes",
            "SIGNEDIN",
            "say",
            "token=abc",
            "more",
            "'c'",
            "open",
            "later",
        ] {
            assert!(!out.contains(gone), "{gone} left in {out}");
        }
        for kept in [
            "var pw = \"[redacted]\";",
            "var t = '[redacted]';",
            "`[redacted]`",
            "// [redacted]\n",
            "/* [redacted] */ x",
            "/**/",
            r#"/["']/g"#,
            "half = 4 / 2",
            "ok ? \"[redacted]\" : \"\"",
            "{\"STATUS\": \"[redacted]\", 'b': '[redacted]'}",
            "f(\"INPUTT_SMTPPORT\")",
            "g(\"[redacted]\n",
            "var after = \"[redacted]\";",
        ] {
            assert!(out.contains(kept), "{kept} lost in {out}");
        }
    }
}
