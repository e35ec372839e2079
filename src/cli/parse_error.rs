//! The command line's parse errors in the person's language: what was wrong (from clap's
//! error kind and context), the usage line and where to read more. Help and version pass
//! through as clap renders them: they are localized already (cli::help).

use clap::error::{ContextKind, ContextValue, ErrorKind};
use printer_oauth_core::i18n::Lang;

/// The text to print for `e` in `lang`.
pub fn render(e: &clap::Error, lang: Lang) -> String {
    let get = |kind| e.get(kind).map(text_of).unwrap_or_default();
    let arg = get(ContextKind::InvalidArg);
    let value = get(ContextKind::InvalidValue);
    let message = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return e.render().to_string(),
        ErrorKind::UnknownArgument => lang.text_with("cli-error-unknown-argument", &[("arg", arg)]),
        ErrorKind::InvalidSubcommand => lang.text_with(
            "cli-error-unknown-command",
            &[("command", get(ContextKind::InvalidSubcommand))],
        ),
        ErrorKind::InvalidValue => {
            lang.text_with("cli-error-invalid-value", &[("value", value), ("arg", arg)])
        }
        ErrorKind::ValueValidation => {
            // What the value parser said, kept as the error's source.
            let reason = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            let mut text =
                lang.text_with("cli-error-invalid-value", &[("value", value), ("arg", arg)]);
            // clap's ranged numbers say "400 is not in 1..=120".
            if let Some(range) = reason.split(" is not in ").nth(1) {
                text.push(' ');
                text.push_str(&lang.text_with("cli-error-allowed", &[("range", range.into())]));
            }
            text
        }
        ErrorKind::MissingRequiredArgument if !arg.is_empty() => {
            lang.text_with("cli-error-missing", &[("args", arg)])
        }
        ErrorKind::MissingSubcommand => lang.text("cli-error-missing-command"),
        ErrorKind::ArgumentConflict => lang.text_with(
            "cli-error-conflict",
            &[("arg", arg), ("other", get(ContextKind::PriorArg))],
        ),
        ErrorKind::NoEquals
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues => lang.text_with("cli-error-misused", &[("arg", arg)]),
        // A message of this product's own (already in `lang`), or a kind not listed here:
        // clap's first line, without its English "error:".
        _ => e
            .render()
            .to_string()
            .lines()
            .next()
            .unwrap_or_default()
            .trim_start_matches("error: ")
            .to_string(),
    };
    let mut out = format!("{} {message}\n", lang.text("cli-error-prefix"));
    for kind in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ] {
        if let Some(suggestion) = e.get(kind).map(text_of) {
            out.push_str(&format!(
                "\n  {}\n",
                lang.text_with("cli-error-did-you-mean", &[("suggestion", suggestion)])
            ));
        }
    }
    if let Some(values) = e.get(ContextKind::ValidValue).map(text_of) {
        out.push_str(&format!(
            "\n  {}\n",
            lang.text_with("cli-possible-values", &[("values", values)])
        ));
    }
    if let Some(usage) = e.get(ContextKind::Usage).map(text_of) {
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        out.push_str(&format!("\n{} {usage}\n", lang.text("cli-heading-usage")));
    }
    out.push_str(&format!("\n{}\n", lang.text("cli-error-try-help")));
    out
}

/// A context value as plain text.
fn text_of(value: &ContextValue) -> String {
    match value {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) => list
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}
