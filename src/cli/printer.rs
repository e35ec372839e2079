//! `printer-oauth printer ...`: discover, status, setup, jobs, capture.

use super::args::{CaptureArgs, ConnectArgs, DiscoverArgs, LoginArgs, PrinterCommand, SetupArgs};
use super::events::Event;
use super::output::Output;
use super::relay;
use printer_oauth_core::diagnose::{self, Diagnosis};
use printer_oauth_core::paths;
use printer_oauth_core::printer::adapter::{PrinterAdapter, Target};
use printer_oauth_core::printer::address;
use printer_oauth_core::printer::capture;
use printer_oauth_core::printer::connect::{self, ConnectOptions, Connected};
use printer_oauth_core::printer::discovery;
use printer_oauth_core::printer::login::{self, Lockout, LoggedIn, PasswordSource, Refusals};
use printer_oauth_core::printer::settings::OAuthSettings;
use printer_oauth_core::printer::setup::{self, SetupProgress, SetupRequest};
use printer_oauth_core::secrets::{self, Secret};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

/// Runs a printer subcommand and returns the exit code.
pub async fn run(command: PrinterCommand, out: &Output) -> u8 {
    let result = match command {
        PrinterCommand::Discover(a) => discover(a, out).await,
        PrinterCommand::Status(a) => status(a, out).await,
        PrinterCommand::Setup(a) => set_up(a, out).await,
        PrinterCommand::Jobs(a) => jobs(a, out).await,
        PrinterCommand::Capture(a) => capture(a, out).await,
    };
    match result {
        Ok(()) => 0,
        Err(d) => {
            out.error(&d);
            d.outcome.exit_code()
        }
    }
}

async fn discover(args: DiscoverArgs, out: &Output) -> Result<(), Diagnosis> {
    let lang = out.lang;
    out.say(&lang.text_with(
        "printer-discovering",
        &[("seconds", args.seconds.to_string())],
    ));
    let found = discovery::discover(Duration::from_secs(args.seconds))
        .await
        .map_err(|e| diagnose::condition("printer-discovery", lang, e.to_string()))?;
    for printer in &found {
        say_found(out, printer);
    }
    out.event(&Event::DiscoveryDone { count: found.len() });
    if found.is_empty() {
        out.say(&lang.text("printer-none-found"));
    }
    Ok(())
}

/// One device found: an event, and a line with its instance name (which anyone on the LAN
/// can set), model and address.
fn say_found(out: &Output, printer: &discovery::Found) {
    out.event(&Event::PrinterFound { printer });
    let address = printer
        .admin_url
        .clone()
        .or_else(|| printer.addresses.first().map(|a| a.to_string()))
        .unwrap_or_default();
    out.say(&format!(
        "{} — {} ({address})",
        printer.name,
        printer.make_and_model.clone().unwrap_or_default()
    ));
}

fn options(args: &ConnectArgs) -> ConnectOptions {
    ConnectOptions {
        address: args.host.clone(),
        profile: args.profile.clone(),
        trust_fingerprint: args.trust_fingerprint.clone(),
        ca_file: args.ca_file.clone(),
        data_dir: paths::data_dir(),
        timeout: Duration::from_secs(args.timeout),
    }
}

/// Reaches the printer and says what it is.
async fn reach(args: &ConnectArgs, out: &Output) -> Result<Connected, Diagnosis> {
    let lang = out.lang;
    let connected = connect::connect(&options(args), lang).await?;
    let p = &connected.printer;
    out.event(p);
    out.say(&lang.text_with(
        "printer-reached",
        &[
            ("model", p.model.clone()),
            ("firmware", p.firmware.clone().unwrap_or_else(|| "?".into())),
            ("address", p.address.clone()),
        ],
    ));
    let fingerprint = p.fingerprint.clone().unwrap_or_default();
    match (p.trust, &p.replaced) {
        ("pinned-now", _) => {
            out.say(&lang.text_with("printer-pinned-now", &[("fingerprint", fingerprint)]));
        }
        ("pinned-replaced", Some(old)) => out.say(&lang.text_with(
            "printer-pin-replaced",
            &[("fingerprint", fingerprint), ("old", old.clone())],
        )),
        _ => {}
    }
    Ok(connected)
}

/// The admin password: `--password-stdin`, else the keychain, else a prompt on a terminal.
/// Returns whether it came from the keychain.
async fn password(
    args: &LoginArgs,
    printer: &str,
    out: &Output,
) -> Result<(Secret, bool), Diagnosis> {
    let lang = out.lang;
    let missing = || diagnose::internal("printer-password-missing").diagnose(lang);
    if args.password_stdin {
        use std::io::{BufRead, Read};
        let mut line = String::new();
        // One line, and no more than a password could be: `< /dev/zero` is not read forever.
        std::io::stdin()
            .lock()
            .take(4096)
            .read_line(&mut line)
            .map_err(|e| diagnose::condition("printer-password-missing", lang, e.to_string()))?;
        let line = line.trim_end_matches(['\r', '\n']);
        return if line.is_empty() {
            Err(missing())
        } else {
            Ok((Secret::new(line), false))
        };
    }
    match secrets::load_printer_password(printer).await {
        Ok(Some(password)) => return Ok((password, true)),
        Ok(None) => {}
        Err(e) => warn(out, "password-keychain", &[("error", e.to_string())]),
    }
    if !std::io::stdin().is_terminal() {
        return Err(missing());
    }
    let prompt = lang.text_with(
        "printer-password-prompt",
        &[("printer", printer.to_string())],
    );
    let typed = tokio::task::spawn_blocking(move || rpassword::prompt_password(prompt))
        .await
        .ok()
        .and_then(Result::ok)
        .filter(|p| !p.is_empty())
        .ok_or_else(missing)?;
    Ok((Secret::new(typed), false))
}

/// A localized warning (Fluent `warning-<code>`), once per run.
fn warn(out: &Output, code: &str, args: &[(&str, String)]) {
    out.warn(code, &out.lang.text_with(&format!("warning-{code}"), args));
}

/// Reaches the printer and logs in as administrator.
async fn reach_and_log_in(
    args: &LoginArgs,
    out: &Output,
) -> Result<(Connected, Secret), Diagnosis> {
    let lang = out.lang;
    let mut connected = reach(&args.connect, out).await?;
    let printer = connected.printer.address.clone();
    let (password, from_keychain) = password(args, &printer, out).await?;
    let source = PasswordSource {
        remembered: from_keychain,
        remember: args.remember_password,
    };
    let done = login::log_in(
        &mut connected.adapter,
        &printer,
        args.user.as_deref(),
        &password,
        source,
    )
    .await;
    if let (Ok(_), Some(e)) = (&done.result, &done.keychain) {
        warn(out, "password-keychain", &[("error", e.to_string())]);
    }
    // A refusal says whether a remembered password was forgotten (or could not be), how many
    // attempts are left before the lockout, and when a lockout ends.
    let lockout = Lockout::of(connected.adapter.profile());
    if let Some(d) = Refusals::default().diagnose(&printer, &done, source, lockout, lang) {
        return Err(d);
    }
    let LoggedIn { result, .. } = done;
    let variant = result.map_err(|e| e.diagnose(lang))?;
    out.event(&Event::LoggedIn { variant: &variant });
    out.say(&lang.text("printer-logged-in"));
    Ok((connected, password))
}

async fn status(args: ConnectArgs, out: &Output) -> Result<(), Diagnosis> {
    let lang = out.lang;
    let mut connected = reach(&args, out).await?;
    let sheet = connected
        .adapter
        .status_sheet()
        .await
        .map_err(|e| e.diagnose(lang))?;
    out.event(&Event::Status {
        email_server_status: sheet.email.as_deref(),
        fax_server_status: sheet.fax.as_deref(),
    });
    let unknown = || lang.text("printer-status-unknown");
    out.say(&lang.text_with(
        "printer-status",
        &[
            ("email", sheet.email.clone().unwrap_or_else(unknown)),
            ("fax", sheet.fax.clone().unwrap_or_else(unknown)),
        ],
    ));
    if let Some(d) = sheet.email.as_deref().and_then(diagnose::by_printer_text) {
        out.say(&super::output::render(&d.diagnose(lang), lang));
    }
    Ok(())
}

async fn set_up(args: SetupArgs, out: &Output) -> Result<(), Diagnosis> {
    let lang = out.lang;
    let settings = OAuthSettings::defaults(args.service, args.cloud, &args.sender);
    // Bad settings stop before the printer is even contacted.
    settings
        .validate()
        .map_err(|v| printer_oauth_core::printer::error::invalid_settings(&v, lang))?;
    let data_dir: PathBuf = paths::data_dir().ok_or_else(|| {
        diagnose::condition("printer-backup", lang, lang.text("detail-no-data-dir"))
    })?;
    let (mut connected, _) = reach_and_log_in(&args.login, out).await?;
    let request = SetupRequest {
        printer: connected.printer.address.clone(),
        model: connected.info.model.clone(),
        target: if args.fax { Target::Fax } else { Target::Email },
        settings,
        data_dir,
        lang,
    };
    let cancel = relay::cancel_on_interrupt();
    let open_browser = !args.no_browser;
    // A printer on this computer is a simulator (no real one listens on loopback): the sign-in
    // it relays is on loopback too. Any other printer gets Microsoft's pages only.
    let links = printer_oauth_core::links::Links::new(args.service, args.cloud);
    let links = match address::parse_manual_address(&connected.printer.address) {
        Ok(a) if a.is_loopback() => links.with_loopback(),
        _ => links,
    };
    let mut report = |progress: SetupProgress| {
        out.event(&progress);
        match &progress {
            SetupProgress::Backup { file, .. } => {
                out.say(&lang.text_with("printer-backup-saved", &[("file", file.clone())]));
            }
            SetupProgress::SignIn(event) => relay::say(out, event, &links, open_browser, None),
            SetupProgress::Verified { .. } => out.say(&lang.text("printer-verified")),
            SetupProgress::Restored { file, .. } => {
                out.say(&lang.text_with("printer-restored", &[("file", file.clone())]));
            }
            SetupProgress::ValidationOff { message, .. } => out.say(message),
        }
    };
    let done = setup::run(&mut connected.adapter, &request, &cancel, &mut report).await?;
    out.event(&done);
    out.say(
        &lang.text_with(
            "printer-ready",
            &[
                ("account", done.account.clone().unwrap_or_default()),
                (
                    "status",
                    done.email_server_status
                        .clone()
                        .unwrap_or_else(|| lang.text("printer-status-unknown")),
                ),
            ],
        ),
    );
    Ok(())
}

async fn jobs(args: LoginArgs, out: &Output) -> Result<(), Diagnosis> {
    let lang = out.lang;
    let (mut connected, _) = reach_and_log_in(&args, out).await?;
    let jobs = connected
        .adapter
        .jobs()
        .await
        .map_err(|e| e.diagnose(lang))?;
    for job in &jobs {
        let diagnosis = job.code.as_deref().map(|c| diagnose::explain(c, lang));
        out.event(&Event::Job {
            job,
            diagnosis: diagnosis.as_ref(),
        });
        let mut line = format!("{}  {}  {}  {}", job.id, job.time, job.kind, job.result);
        if let (Some(code), Some(d)) = (&job.code, &diagnosis) {
            line.push_str(&format!(
                "  {code} — {}\n    {}: {}",
                d.title,
                lang.text("label-fix"),
                d.fix
            ));
        }
        out.say(&line);
    }
    out.event(&Event::JobsDone { count: jobs.len() });
    Ok(())
}

async fn capture(args: CaptureArgs, out: &Output) -> Result<(), Diagnosis> {
    let lang = out.lang;
    let (mut connected, password) = reach_and_log_in(&args.login, out).await?;
    let pages = connected
        .adapter
        .capture()
        .await
        .map_err(|e| e.diagnose(lang))?;
    let profile = connected.adapter.profile();
    let mut known = capture::identifying_values(&pages, &[profile.probe.serial_label.as_str()]);
    known.push(password.expose().to_string());
    let written = capture::write(&args.out, &pages, &known, &profile.profile.name)
        .map_err(|e| diagnose::condition("printer-capture", lang, e.to_string()))?;
    let files: Vec<&str> = written.iter().map(|w| w.file.as_str()).collect();
    out.event(&Event::Captured {
        dir: args.out.display().to_string(),
        files,
    });
    out.say(&lang.text_with(
        "printer-captured",
        &[
            ("count", written.len().to_string()),
            ("dir", args.out.display().to_string()),
        ],
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use printer_oauth_core::i18n::Lang;

    #[test]
    fn an_mdns_instance_name_never_drives_the_terminal() {
        let out = Output::capturing(Lang::En);
        let found = discovery::Found {
            name: "EPSON\u{1b}]0;pwned\u{7} WF-C5890\u{1b}[2J\u{1b}[H Series".into(),
            host: "EPSON1A2B3C.local".into(),
            addresses: vec!["192.168.1.20".parse().unwrap()],
            port: 443,
            admin_url: None,
            make_and_model: Some("EPSON\u{9b}2J WF-C5890\u{1b}[10A Series".into()),
            manufacturer: None,
            uuid: None,
            services: vec!["_ipps._tcp".into()],
        };
        say_found(&out, &found);
        assert_eq!(
            out.said(),
            ["EPSON WF-C5890 Series — EPSON WF-C5890 Series (192.168.1.20)"]
        );
    }
}
