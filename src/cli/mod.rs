//! Command-line front end (docs/architecture.md#command-line-contract): flags, JSON events
//! and exit codes.

mod args;
mod choice;
mod demo;
mod events;
mod explain;
mod help;
mod output;
mod parse_error;
mod preflight;
mod printer;
mod relay;
mod wizard;

use args::{Args, Command};
use output::Output;
use printer_oauth_core::i18n::Lang;
use std::process::ExitCode;

/// Parses the arguments, runs the command and turns its outcome into an exit code.
pub fn main() -> ExitCode {
    let words: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let args = match Args::parse_checked(words.clone()) {
        Ok(args) => args,
        // clap's message echoes the arguments: made safe like every other human line.
        Err(e) => {
            let text = parse_error::render(&e, help::lang_of(&words));
            let text = printer_oauth_core::text::terminal_safe(&text);
            use std::io::Write;
            let _ = if e.use_stderr() {
                write!(std::io::stderr().lock(), "{text}")
            } else {
                write!(std::io::stdout().lock(), "{text}")
            };
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    init_tracing(args.verbose);
    let lang = args.lang.unwrap_or_else(Lang::from_system);
    let out = Output::new(args.json, lang);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            out.say(&lang.text_with("error-runtime", &[("error", e.to_string())]));
            return ExitCode::from(5);
        }
    };
    let Some(command) = args.command else {
        return ExitCode::from(wizard::run(&args, &out, &runtime));
    };
    let code = runtime.block_on(async {
        match command {
            Command::Demo(demo) => demo::run(demo, &out).await,
            Command::Preflight(p) => preflight::run(p, &out).await,
            Command::Explain(e) => explain::run(e, &out),
            Command::Printer(p) => printer::run(p, &out).await,
            Command::GeneratePackageFiles(g) => package_files(&g.dir, &out),
        }
    });
    ExitCode::from(code)
}

/// Writes the man pages and shell completions into `dir`; 5 when they could not be written.
fn package_files(dir: &std::path::Path, out: &Output) -> u8 {
    match help::write_package_files(dir) {
        Ok(()) => 0,
        Err(e) => {
            out.say(&out.lang.text_with(
                "cli-package-files-failed",
                &[("dir", dir.display().to_string()), ("error", e.to_string())],
            ));
            5
        }
    }
}

/// Log lines go to stderr only when asked for: `-v` (this product's debug lines, every
/// library's warnings), `-vv` (everything of this product's, the libraries' information), or
/// `RUST_LOG`, which wins.
/// Without them there are none: what the person must know is said in the human output.
/// Secrets are never logged: they travel only in [`printer_oauth_core::secrets::Secret`]. The HTML
/// parser's own logs are off whatever is asked: they echo the printer's pages, form tokens and
/// serial number (many printers' default password) included.
fn init_tracing(verbose: u8) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new(format!("{},i18n_embed=off", log_level(verbose)))
    });
    let filter = [
        "html5ever=off",
        "markup5ever=off",
        "selectors=off",
        "scraper=off",
    ]
    .into_iter()
    .filter_map(|d| d.parse().ok())
    .fold(filter, |f, d| f.add_directive(d));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .init();
}

/// The log filter for a count of `-v`.
fn log_level(verbose: u8) -> &'static str {
    match verbose {
        0 => "off",
        1 => "warn,printer_oauth=debug",
        // Not every library's debug lines: some echo request headers and bodies.
        _ => "info,printer_oauth=trace",
    }
}
