//! Where output goes: JSON events on stdout with `--json`, human text on stderr.

use printer_oauth::diagnose::Diagnosis;
use printer_oauth::i18n::Lang;
use serde::Serialize;
use std::io::Write;

/// The command's output channel.
pub struct Output {
    pub json: bool,
    pub lang: Lang,
}

impl Output {
    pub fn new(json: bool, lang: Lang) -> Self {
        Output { json, lang }
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
        format!("{} — {}", d.code, d.title),
        format!("{}: {}", lang.text("label-cause"), d.cause),
        format!("{}: {}", lang.text("label-fix"), d.fix),
        format!("{}: {}", lang.text("label-step"), d.step.name(lang)),
    ];
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
