//! `printer-oauth explain`: decode a code or a pasted line.

use super::args::ExplainArgs;
use super::output::{Output, render};
use printer_oauth::diagnose;

/// Prints the diagnosis; exit 0 when known, 2 when the input is not in the catalog.
pub fn run(args: ExplainArgs, out: &Output) -> u8 {
    let d = diagnose::explain(&args.text.join(" "), out.lang);
    if out.json {
        out.event(&serde_json::json!({"event": "diagnosis", "diagnosis": d}));
    } else {
        out.print(&render(&d, out.lang));
    }
    if d.id == "input-unknown-code" { 2 } else { 0 }
}
