//! `printer-oauth explain`: decode a code or a pasted line.

use super::args::ExplainArgs;
use super::events::Event;
use super::output::{Output, render};
use printer_oauth_core::diagnose;

/// Prints the diagnosis; exit 0 when known, 2 when the input is not in the catalog.
pub fn run(args: ExplainArgs, out: &Output) -> u8 {
    let text = std::iter::once(args.text)
        .chain(args.more)
        .collect::<Vec<_>>();
    let d = diagnose::explain(&text.join(" "), out.lang);
    if out.json {
        out.event(&Event::Diagnosis { diagnosis: &d });
    } else {
        out.print(&render(&d, out.lang));
        if let Some(timestamp) = &d.timestamp {
            out.print(&format!(
                "{}: {timestamp}",
                out.lang.text("label-timestamp")
            ));
        }
        if !d.context.is_empty() {
            let context = d.context.join(", ");
            out.print(&format!("{}: {context}", out.lang.text("label-context")));
        }
    }
    if d.id == "input-unknown-code" { 2 } else { 0 }
}
