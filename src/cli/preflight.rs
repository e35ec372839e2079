//! `printer-oauth preflight`: sign in as the mailbox and send a test message.

use super::args::PreflightArgs;
use super::output::Output;
use super::relay;
use printer_oauth::cloud;
use printer_oauth::diagnose::{self, Diagnosis};
use printer_oauth::i18n::Lang;
use printer_oauth::preflight::{self, Progress, Request};
use std::time::Duration;

/// Runs the pre-flight and returns the exit code.
pub async fn run(args: PreflightArgs, out: &Output) -> u8 {
    let lang = out.lang;
    let request = match request(&args, lang) {
        Ok(r) => r,
        Err(d) => {
            out.error(&d);
            return d.outcome.exit_code();
        }
    };
    let cancel = relay::cancel_on_interrupt();
    let open_browser = !args.no_browser;
    let mut report = |progress: Progress| match &progress {
        Progress::SignIn(event) => {
            out.event(&progress);
            relay::say(out, event, open_browser, Some(args.account.as_str()));
        }
        Progress::Warning(w) => out.warn(w.code, &w.message),
        Progress::MailSent(m) => {
            out.event(&progress);
            out.say(&lang.text_with(
                "mail-sent",
                &[("to", m.sent.to.clone()), ("server", m.sent.server.clone())],
            ));
        }
    };
    match preflight::run(&request, &cancel, &mut report).await {
        Ok(_) => 0,
        Err(d) => {
            out.error(&d);
            d.outcome.exit_code()
        }
    }
}

fn request(args: &PreflightArgs, lang: Lang) -> Result<Request, Diagnosis> {
    let authority = args
        .authority
        .as_deref()
        .map(cloud::parse_authority)
        .transpose()
        .map_err(|e| diagnose::condition("invalid-authority", lang, e.to_string()))?;
    let smtp = args
        .smtp
        .as_deref()
        .map(|s| parse_host_port(s, lang))
        .transpose()?;
    let extra_roots_pem = match &args.ca_file {
        Some(path) => Some(std::fs::read(path).map_err(|e| {
            diagnose::condition("ca-file", lang, format!("{}: {e}", path.display()))
        })?),
        None => None,
    };
    Ok(Request {
        service: args.service,
        cloud: args.cloud,
        authority,
        tenant: args
            .tenant
            .clone()
            .unwrap_or_else(|| cloud::default_tenant(args.service).to_string()),
        client_id: args.client_id.trim().to_string(),
        account: args.account.trim().to_string(),
        to: args.to.trim().to_string(),
        smtp,
        extra_roots_pem,
        timeout: Duration::from_secs(args.timeout),
        sign_in_again: args.sign_in_again,
        lang,
    })
}

/// `HOST:PORT`, `[v6]:PORT`.
fn parse_host_port(text: &str, lang: Lang) -> Result<(String, u16), Diagnosis> {
    let bad = || diagnose::condition("invalid-smtp", lang, text.to_string());
    let (host, port) = text.rsplit_once(':').ok_or_else(bad)?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let port: u16 = port.parse().ok().filter(|p| *p > 0).ok_or_else(bad)?;
    if host.is_empty() {
        return Err(bad());
    }
    Ok((host.to_string(), port))
}
