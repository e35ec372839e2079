//! Where output goes: JSON events on stdout with `--json`, human text on stderr.

use super::events::Event;
use printer_oauth_core::diagnose::Diagnosis;
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::text::{json_safe, terminal_safe};
use printer_oauth_core::wizard::Page;
use serde::Serialize;
use std::collections::HashSet;
use std::io::Write;
use std::sync::Mutex;

/// The command's output channel.
pub struct Output {
    pub json: bool,
    pub lang: Lang,
    /// The codes of the warnings already given: each is given once per run.
    warned: Mutex<HashSet<String>>,
    /// In unit tests, the human text said, kept instead of printed.
    #[cfg(test)]
    said: Option<Mutex<Vec<String>>>,
}

impl Output {
    pub fn new(json: bool, lang: Lang) -> Self {
        Output {
            json,
            lang,
            warned: Mutex::default(),
            #[cfg(test)]
            said: None,
        }
    }

    /// An output that keeps the human text it is given, for unit tests.
    #[cfg(test)]
    pub fn capturing(lang: Lang) -> Self {
        Output {
            said: Some(Mutex::default()),
            ..Output::new(false, lang)
        }
    }

    /// The human text said so far (with [`Output::capturing`]), one entry per call.
    #[cfg(test)]
    pub fn said(&self) -> Vec<String> {
        self.said
            .as_ref()
            .map(|s| s.lock().expect("not poisoned").clone())
            .unwrap_or_default()
    }

    /// Prints one JSON event line on stdout (only with `--json`).
    pub fn event(&self, event: &impl Serialize) {
        if self.json {
            json_line(event);
        }
    }

    /// Prints human text on stderr, made safe for a terminal ([`terminal_safe`]).
    pub fn say(&self, text: &str) {
        self.human(text, false);
    }

    /// Prints human text on stdout (a command whose text is its result), made safe for a
    /// terminal ([`terminal_safe`]).
    pub fn print(&self, text: &str) {
        self.human(text, true);
    }

    /// Human text made safe for a terminal, on stdout or stderr (kept instead in unit tests).
    fn human(&self, text: &str, stdout: bool) {
        let text = terminal_safe(text);
        #[cfg(test)]
        if let Some(said) = &self.said {
            said.lock().expect("not poisoned").push(text);
            return;
        }
        // A reader that has gone (`| head -1`, `| grep -q`) is no reason to fail: the text is
        // dropped, as for JSON lines.
        if stdout {
            let _ = writeln!(std::io::stdout().lock(), "{text}");
        } else {
            let _ = writeln!(std::io::stderr().lock(), "{text}");
        }
    }

    /// Prints one JSON line on stdout whatever the mode: a command's contract with scripts.
    pub fn contract(&self, line: &impl Serialize) {
        json_line(line);
    }

    /// Gives a warning that does not stop the command: a `warning` event and the message as
    /// text, once per run for each code (the keychain, asked twice, warns once).
    pub fn warn(&self, code: &str, message: &str) {
        let first = self
            .warned
            .lock()
            .map(|mut warned| warned.insert(code.to_string()))
            .unwrap_or(true);
        if first {
            self.event(&Event::Warning { code, message });
            self.say(message);
        }
    }

    /// Prints a failure: an `error` event, or the diagnosis as text.
    pub fn error(&self, diagnosis: &Diagnosis) {
        self.event(&Event::Error {
            code: &diagnosis.code,
            diagnosis,
        });
        self.say(&render(diagnosis, self.lang));
    }
}

/// One JSON line on stdout, with what serde leaves raw escaped too ([`json_safe`]).
fn json_line(value: &impl Serialize) {
    let line = json_safe(&serde_json::to_string(value).expect("output lines serialize"));
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{line}");
    let _ = stdout.flush();
}

/// A diagnosis as text for people.
pub fn render(d: &Diagnosis, lang: Lang) -> String {
    let mut lines = vec![
        d.heading(),
        format!("{}: {}", lang.text("label-cause"), d.cause),
        format!("{}: {}", lang.text("label-fix"), d.fix),
        lang.text_with("fix-page", &[("page", d.step.name(lang))]),
    ];
    if let Some(command) = fix_command(d.step) {
        lines.push(lang.text_with("fix-command", &[("command", command.to_string())]));
    }
    if let Some(detail) = &d.detail {
        lines.push(format!("{}: {detail}", lang.text("label-detail")));
    }
    if let Some(trace) = &d.trace_id {
        lines.push(format!("{}: {trace}", lang.text("label-trace-id")));
    }
    if let Some(correlation) = &d.correlation_id {
        lines.push(format!(
            "{}: {correlation}",
            lang.text("label-correlation-id")
        ));
    }
    lines.join("\n")
}

/// The command that does on the command line what a wizard page does, with the value names
/// `--help` shows. Scan to My Email (the vendor app's consent) has none.
fn fix_command(step: Page) -> Option<&'static str> {
    Some(match step {
        Page::Welcome => {
            "printer-oauth preflight --service <SERVICE> --cloud <CLOUD> --tenant <TENANT> \
             --client-id <CLIENT_ID> --account <ACCOUNT> --to <TO>"
        }
        Page::ExchangeOnline => {
            "printer-oauth preflight --tenant <TENANT> --client-id <CLIENT_ID> \
             --account <ACCOUNT> --to <TO>"
        }
        Page::Printer => "printer-oauth printer status <HOST>",
        Page::EmailServer => {
            "printer-oauth printer setup <HOST> --sender <SENDER> --service <SERVICE> \
             --cloud <CLOUD>"
        }
        Page::SignIn | Page::ApplyVerify => "printer-oauth printer setup <HOST> --sender <SENDER>",
        Page::ScanToMyEmail => return None,
        Page::Finish => "printer-oauth explain <TEXT>...",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sequences a fake printer used, and their 8-bit forms.
    const HOSTILE: [&str; 9] = [
        "\u{1b}]0;pwned\u{7}",
        "\u{1b}]0;pwned\u{1b}\\",
        "\u{1b}[2J\u{1b}[H",
        "\u{1b}[10A",
        "\u{9b}2J",
        "\u{9d}0;pwned\u{9c}",
        "\u{1b}P+q\u{1b}\\",
        "\u{1b}c\u{1b}(B\u{1b}7",
        "\r\u{7}\u{8}\u{7f}\u{85}\u{202e}",
    ];

    #[test]
    fn escape_sequences_go_whole_and_the_text_around_them_stays() {
        for hostile in HOSTILE {
            let text = format!("EPSON{hostile} WF-C5890\tSeries\nnext");
            assert_eq!(
                terminal_safe(&text),
                "EPSON WF-C5890\tSeries\nnext",
                "{hostile:?}"
            );
        }
        assert_eq!(
            terminal_safe("Škola d.o.o. — 550 5.7.139"),
            "Škola d.o.o. — 550 5.7.139"
        );
        // An unterminated string runs to the end; a lone escape goes alone.
        assert_eq!(terminal_safe("a\u{1b}]0;title"), "a");
        assert_eq!(terminal_safe("a\u{1b}"), "a");
        assert_eq!(terminal_safe("a\u{1b}ü"), "aü");
        assert_eq!(terminal_safe("a\u{1b}[1;31mred\u{1b}[0m"), "ared");
    }

    #[test]
    fn no_control_character_survives() {
        let all: String = (0u32..0x250).filter_map(char::from_u32).collect();
        let safe = terminal_safe(&format!("{all}{}", HOSTILE.concat()));
        assert!(
            safe.chars()
                .all(|c| !c.is_control() || c == '\n' || c == '\t'),
            "{safe:?}"
        );
    }

    #[test]
    fn said_warned_and_failed_text_is_made_safe() {
        let out = Output::capturing(Lang::En);
        out.say("model \u{1b}]0;pwned\u{7}EPSON");
        out.print("line \u{9b}2Jone");
        out.warn("w", "warning \u{1b}[10Atext");
        let mut d = printer_oauth_core::diagnose::explain("361", Lang::En);
        d.detail = Some("from the printer \u{1b}[2J\u{1b}[H".into());
        out.error(&d);
        let said = out.said();
        assert_eq!(said[..3], ["model EPSON", "line one", "warning text"]);
        assert!(said[3].contains("from the printer"), "{}", said[3]);
        assert!(!said.concat().contains(['\u{1b}', '\u{9b}']));
    }
}
