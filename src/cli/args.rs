//! The command line's grammar.

use clap::{Args as ClapArgs, CommandFactory, Parser, Subcommand};
use printer_oauth::cloud::{Cloud, Service};
use printer_oauth::i18n::Lang;
use printer_oauth::sim::{Fault, Knobs};
use std::path::PathBuf;
use std::time::Duration;

/// Moves office printers and scanners that send email to OAuth 2.0 for Exchange Online.
#[derive(Debug, Parser)]
#[command(name = "printer-oauth", version, about)]
pub struct Args {
    /// Language of messages (default: the system language, else English).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// One JSON object per line on stdout; human text goes to stderr.
    #[arg(long, global = true)]
    pub json: bool,
    /// Timestamped log lines on stderr, for troubleshooting: -v this product's details and
    /// the libraries' warnings, -vv more (`RUST_LOG` overrides).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Run against the embedded simulators instead of Microsoft and a real printer.
    #[arg(long)]
    pub demo: bool,
    /// With --demo: how the simulators behave, to rehearse a failure in the window.
    #[command(flatten)]
    pub simulators: SimulatorArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Args {
    /// Parses the command line; the simulators' options need `--demo` in front of the window.
    pub fn parse_checked(
        args: impl IntoIterator<Item = impl Into<std::ffi::OsString> + Clone>,
    ) -> Result<Args, clap::Error> {
        let args = Args::try_parse_from(args)?;
        if !args.demo && args.simulators.given() {
            return Err(Args::command().error(
                clap::error::ErrorKind::MissingRequiredArgument,
                "--auto-approve, --interval, --expires-in and --fault need --demo",
            ));
        }
        Ok(args)
    }
}

/// How the simulators behave: for `printer-oauth demo`, and for the window's `--demo`.
#[derive(Debug, ClapArgs)]
pub struct SimulatorArgs {
    /// Approve every sign-in code one second after it is shown (for rehearsals and scripted
    /// walks without a browser).
    #[arg(long)]
    pub auto_approve: bool,
    /// Poll interval the identity simulator hands out, in seconds [default: 5; 2 in the
    /// window].
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=60))]
    pub interval: Option<u64>,
    /// Lifetime of the sign-in codes, in seconds [default: 900].
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub expires_in: Option<u64>,
    /// A failure for the simulators to produce, to rehearse it (repeatable).
    #[arg(long = "fault", value_enum)]
    pub faults: Vec<Fault>,
}

impl SimulatorArgs {
    /// The simulators' knobs, with `interval` seconds when no interval was asked for.
    pub fn knobs(&self, interval: u64) -> Knobs {
        Knobs {
            interval: Duration::from_secs(self.interval.unwrap_or(interval)),
            expires_in: Duration::from_secs(self.expires_in.unwrap_or(900)),
            auto_approve: self.auto_approve.then_some(Duration::from_secs(1)),
            faults: self.faults.iter().copied().collect(),
            ..Knobs::default()
        }
    }

    /// Whether any was given.
    fn given(&self) -> bool {
        self.auto_approve
            || self.interval.is_some()
            || self.expires_in.is_some()
            || !self.faults.is_empty()
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the simulators on loopback, print one "demo-ready" JSON line, run until interrupted.
    Demo(DemoArgs),
    /// Sign in as the printer's mailbox and send a test message.
    Preflight(PreflightArgs),
    /// Decode a printer code, an AADSTS number or a pasted reply line.
    Explain(ExplainArgs),
    /// Find, inspect and set up printers.
    #[command(subcommand)]
    Printer(PrinterCommand),
}

#[derive(Debug, Subcommand)]
pub enum PrinterCommand {
    /// Find printers on the local network (mDNS).
    Discover(DiscoverArgs),
    /// Model, firmware, interface and Email Server status; no login needed.
    Status(ConnectArgs),
    /// Move the printer's email to OAuth 2.0: sign-in relayed, settings sent and verified.
    Setup(SetupArgs),
    /// The job history, each error code decoded.
    Jobs(LoginArgs),
    /// A redacted copy of the email-settings pages, to write a profile for a new model.
    Capture(CaptureArgs),
}

#[derive(Debug, ClapArgs)]
pub struct DiscoverArgs {
    /// How long to listen, in seconds.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=120))]
    pub seconds: u64,
}

#[derive(Debug, ClapArgs)]
pub struct ConnectArgs {
    /// The printer's address: IPv4, IPv6 or host name, optionally with :port.
    pub host: String,
    /// A printer profile file instead of the shipped Epson profile.
    #[arg(long)]
    pub profile: Option<PathBuf>,
    /// The SHA-256 fingerprint of the printer's certificate, after you compared it.
    #[arg(long)]
    pub trust_fingerprint: Option<String>,
    /// A CA certificate (PEM) the printer's certificate chains to, instead of pinning.
    #[arg(long)]
    pub ca_file: Option<PathBuf>,
    /// Network time limit per request, in seconds.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
}

#[derive(Debug, ClapArgs)]
pub struct LoginArgs {
    #[command(flatten)]
    pub connect: ConnectArgs,
    /// The administrator's user name (default: the profile's).
    #[arg(long)]
    pub user: Option<String>,
    /// Read the admin password from the first line of standard input.
    #[arg(long)]
    pub password_stdin: bool,
    /// Remember the admin password in the OS keychain after a successful login.
    #[arg(long)]
    pub remember_password: bool,
}

#[derive(Debug, ClapArgs)]
pub struct SetupArgs {
    #[command(flatten)]
    pub login: LoginArgs,
    /// The Sender's Email Address the printer sends from.
    #[arg(long)]
    pub sender: String,
    #[arg(long, value_enum, default_value_t = Service::ExchangeOnline)]
    pub service: Service,
    #[arg(long, value_enum, default_value_t = Cloud::Global)]
    pub cloud: Cloud,
    /// Set up the fax server's email settings instead of Email Server > Basic.
    #[arg(long)]
    pub fax: bool,
    /// Do not open the sign-in page in a browser.
    #[arg(long)]
    pub no_browser: bool,
}

#[derive(Debug, ClapArgs)]
pub struct CaptureArgs {
    #[command(flatten)]
    pub login: LoginArgs,
    /// The folder to write the redacted pages to.
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Debug, ClapArgs)]
pub struct DemoArgs {
    #[command(flatten)]
    pub simulators: SimulatorArgs,
}

#[derive(Debug, ClapArgs)]
pub struct PreflightArgs {
    /// Directory (tenant) id or domain; default "organizations" (Outlook.com: "consumers").
    #[arg(long)]
    pub tenant: Option<String>,
    /// Application (client) id of your app registration with public client flows allowed.
    #[arg(long)]
    pub client_id: String,
    /// The printer's mailbox (user principal name).
    #[arg(long)]
    pub account: String,
    /// Recipient of the test message.
    #[arg(long)]
    pub to: String,
    #[arg(long, value_enum, default_value_t = Service::ExchangeOnline)]
    pub service: Service,
    #[arg(long, value_enum, default_value_t = Cloud::Global)]
    pub cloud: Cloud,
    /// Replaces https://login.microsoftonline.com (plain http only for loopback).
    #[arg(long)]
    pub authority: Option<String>,
    /// SMTP server as HOST:PORT (default: the cloud's submission server, port 587).
    #[arg(long)]
    pub smtp: Option<String>,
    /// Extra trusted CA certificate (PEM) for SMTP.
    #[arg(long)]
    pub ca_file: Option<PathBuf>,
    /// Do not open the sign-in page in a browser.
    #[arg(long)]
    pub no_browser: bool,
    /// Forget a remembered sign-in and ask for a new code.
    #[arg(long)]
    pub sign_in_again: bool,
    /// Network time limit per request, in seconds.
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
}

#[derive(Debug, ClapArgs)]
pub struct ExplainArgs {
    /// A code (361, AADSTS53003, 5.7.139) or a whole pasted reply line, in quotes. A line
    /// that starts with "-" is read as text too; put "--" before it to be sure.
    #[arg(allow_hyphen_values = true, value_name = "TEXT")]
    pub text: String,
    /// The rest of a line given without quotes.
    #[arg(value_name = "TEXT")]
    pub more: Vec<String>,
}
