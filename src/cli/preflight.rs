//! `printer-oauth preflight`: sign in as the mailbox and send a test message.

use super::args::PreflightArgs;
use super::output::Output;
use super::relay;
use printer_oauth_core::cloud;
use printer_oauth_core::diagnose::{self, Diagnosis};
use printer_oauth_core::files;
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::links::Links;
use printer_oauth_core::preflight::{self, Progress, Request};
use printer_oauth_core::printer::address::{self, AddressError, Host};
use printer_oauth_core::printer::connect;
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
    // A sign-in service the admin named on loopback (the demo's simulator, a test) shows its
    // own device-login page; the printer's relay never gets this.
    let links = match &request.authority {
        Some(own) => Links::new(args.service, args.cloud).with_own(own),
        None => Links::new(args.service, args.cloud),
    };
    let mut report = |progress: Progress| match &progress {
        Progress::SignIn(event) => {
            out.event(&progress);
            relay::say(
                out,
                event,
                &links,
                open_browser,
                Some(args.account.as_str()),
            );
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
        .map_err(|e| {
            let detail = match e {
                cloud::AuthorityError::Extra => lang.text("authority-extra"),
                e => e.to_string(),
            };
            diagnose::condition("invalid-authority", lang, detail)
        })?;
    let smtp = args
        .smtp
        .as_deref()
        .map(|s| parse_host_port(s, lang))
        .transpose()?;
    let extra_roots_pem = match &args.ca_file {
        Some(path) => Some(
            files::read_capped(path, files::SMALL_FILE_LIMIT).map_err(|e| {
                e.refused(path, lang).unwrap_or_else(|| {
                    diagnose::condition("ca-file", lang, format!("{}: {e}", path.display()))
                })
            })?,
        ),
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

/// Exactly `HOST:PORT` or `[v6]:PORT`, the host by the printer address's rules (what is
/// checked is what is connected to); the host is returned without brackets.
fn parse_host_port(text: &str, lang: Lang) -> Result<(String, u16), Diagnosis> {
    let (host, port) = address::parse_host_port(text).map_err(|e| {
        let problem = match e {
            AddressError::UnsupportedScheme
            | AddressError::Path
            | AddressError::QueryOrFragment
            | AddressError::UserInfo
            | AddressError::PortMissing => lang.text("smtp-host-port"),
            e => connect::address_problem(&e, lang),
        };
        diagnose::condition("invalid-smtp", lang, format!("{text}: {problem}"))
    })?;
    let host = match host {
        Host::Ip(ip) => ip.to_string(),
        Host::Name(name) => name,
    };
    Ok((host, port))
}
