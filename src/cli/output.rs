//! Where output goes: JSON events on stdout with `--json`, human text on stderr.

use printer_oauth::diagnose::{Diagnosis, Step};
use printer_oauth::i18n::Lang;
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
}

impl Output {
    pub fn new(json: bool, lang: Lang) -> Self {
        Output {
            json,
            lang,
            warned: Mutex::default(),
        }
    }

    /// Prints one JSON event line on stdout (only with `--json`).
    pub fn event(&self, event: &impl Serialize) {
        if self.json {
            let line = serde_json::to_string(event).expect("events serialize");
            let mut stdout = std::io::stdout().lock();
            let _ = writeln!(stdout, "{line}");
            let _ = stdout.flush();
        }
    }

    /// Prints human text on stderr.
    pub fn say(&self, text: &str) {
        eprintln!("{text}");
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
            self.event(&serde_json::json!({"event": "warning", "code": code, "message": message}));
            self.say(message);
        }
    }

    /// Prints a failure: an `error` event, or the diagnosis as text.
    pub fn error(&self, diagnosis: &Diagnosis) {
        self.event(
            &serde_json::json!({"event": "error", "code": diagnosis.code, "diagnosis": diagnosis}),
        );
        self.say(&render(diagnosis, self.lang));
    }
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
fn fix_command(step: Step) -> Option<&'static str> {
    Some(match step {
        Step::Welcome => {
            "printer-oauth preflight --service <SERVICE> --cloud <CLOUD> --tenant <TENANT> \
             --client-id <CLIENT_ID> --account <ACCOUNT> --to <TO>"
        }
        Step::ExchangeOnline => {
            "printer-oauth preflight --tenant <TENANT> --client-id <CLIENT_ID> \
             --account <ACCOUNT> --to <TO>"
        }
        Step::Printer => "printer-oauth printer status <HOST>",
        Step::EmailServer => {
            "printer-oauth printer setup <HOST> --sender <SENDER> --service <SERVICE> \
             --cloud <CLOUD>"
        }
        Step::SignIn | Step::ApplyVerify => "printer-oauth printer setup <HOST> --sender <SENDER>",
        Step::ScanToMyEmail => return None,
        Step::Finish => "printer-oauth explain <TEXT>...",
    })
}
