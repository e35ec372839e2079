//! Remote and pasted text made harmless for where it is shown: a terminal (or a Markdown file
//! read in one) and a JSON line.

/// Text made safe for a terminal: what a printer, the network or a pasted line put in it can
/// never drive the terminal (retitle it, clear it, move the cursor, fake a prompt or reorder
/// what is read). Escape sequences go whole: CSI (`ESC [` up to its final byte), OSC, DCS,
/// SOS, PM and APC strings (up to BEL or the string terminator) and two- or three-byte `ESC`
/// sequences, in their 7-bit and 8-bit (C1, U+0080 to U+009F) forms. Every other control
/// character goes too (C0, DEL, C1), except newline and tab, and so do the bidirectional
/// overrides and isolates (U+202A to U+202E, U+2066 to U+2069). For JSON, see [`json_safe`].
pub fn terminal_safe(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => safe.push(c),
            '\u{1b}' => match chars.next() {
                Some('[') => skip_csi(&mut chars),
                Some(']' | 'P' | 'X' | '^' | '_') => skip_string(&mut chars),
                // `ESC` with intermediates (0x20 to 0x2F) and one final byte: `ESC ( B`, `ESC 7`.
                Some(' '..='/') => {
                    while chars.next_if(|c| matches!(c, ' '..='/')).is_some() {}
                    chars.next_if(|c| matches!(c, '0'..='~'));
                }
                Some('0'..='~') | None => {}
                // An escape before anything else: the escape goes, the character stays.
                Some(other) => {
                    if matches!(other, '\n' | '\t') || !other.is_control() {
                        safe.push(other);
                    }
                }
            },
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c if c.is_control() => {}
            c => safe.push(c),
        }
    }
    safe
}

/// Skips a control sequence's parameter and intermediate bytes and its final byte; a
/// character that cannot be in one ends it and stays.
fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars>) {
    while chars
        .next_if(|c| matches!(c, '0'..='?' | ' '..='/'))
        .is_some()
    {}
    chars.next_if(|c| matches!(c, '@'..='~'));
}

/// Skips a control string (OSC, DCS, SOS, PM, APC) up to and with its terminator: BEL,
/// `ESC \\` or ST (U+009C); an unterminated one runs to the end of the text.
fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                chars.next_if_eq(&'\\');
                return;
            }
            _ => {}
        }
    }
}

/// A JSON text with what serde leaves raw escaped too: DEL, the C1 controls (U+0080 to U+009F,
/// an 8-bit CSI among them) and the bidirectional overrides and isolates, written `\uXXXX`,
/// so a JSON line shown in a terminal cannot drive it either. The JSON means the same.
pub fn json_safe(json: &str) -> String {
    let mut safe = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
                safe.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => safe.push(c),
        }
    }
    safe
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_line_keeps_its_meaning_and_loses_its_raw_controls() {
        let value = serde_json::json!({"model": "EPSON\u{9b}2J\u{7f}\u{202e}x"});
        let line = json_safe(&serde_json::to_string(&value).unwrap());
        assert!(
            !line
                .chars()
                .any(|c| matches!(c, '\u{7f}'..='\u{9f}' | '\u{202e}'))
        );
        assert_eq!(line, r#"{"model":"EPSON\u009b2J\u007f\u202ex"}"#);
        let back: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(back, value);
    }
}
