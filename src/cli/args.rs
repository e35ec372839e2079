//! The command line's grammar. Its help texts are Fluent messages, not doc comments: the
//! ids follow the command path and the argument (see [`super::help`]).

use super::choice::one_of;
use super::help;
use clap::{Args as ClapArgs, FromArgMatches, Parser, Subcommand};
use printer_oauth_core::cloud::{Cloud, Service};
use printer_oauth_core::i18n::Lang;
use printer_oauth_sim::{Fault, Knobs};
use std::path::PathBuf;
use std::time::Duration;

/// What `--version` says after the name: the version and the commit it was built from.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("PRINTER_OAUTH_COMMIT"),
    ")"
);

/// The whole command line.
#[derive(Debug, Parser)]
#[command(name = "printer-oauth", version = VERSION, about)]
pub struct Args {
    #[arg(long, global = true, value_parser = one_of(&Lang::ALL, None))]
    pub lang: Option<Lang>,
    #[arg(long, global = true)]
    pub json: bool,
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    #[arg(long)]
    pub demo: bool,
    // With --demo: how the simulators behave, to rehearse a failure in the window.
    #[command(flatten)]
    pub simulators: SimulatorArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Args {
    /// Parses the command line, its help and errors in the language of `--lang` or the
    /// system's; the simulators' options need `--demo` in front of the window.
    pub fn parse_checked(
        args: impl IntoIterator<Item = impl Into<std::ffi::OsString> + Clone>,
    ) -> Result<Args, clap::Error> {
        let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
        let lang = help::lang_of(&args);
        let mut cmd = help::command(lang);
        let mut matches = cmd.try_get_matches_from_mut(args)?;
        let args = Args::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut cmd))?;
        if !args.demo && args.simulators.given() {
            return Err(cmd.error(
                clap::error::ErrorKind::MissingRequiredArgument,
                lang.text("cli-error-needs-demo"),
            ));
        }
        Ok(args)
    }
}

/// How the simulators behave: for `printer-oauth demo`, and for the window's `--demo`.
#[derive(Debug, ClapArgs)]
pub struct SimulatorArgs {
    #[arg(long)]
    pub auto_approve: bool,
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=60))]
    pub interval: Option<u64>,
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub expires_in: Option<u64>,
    #[arg(long = "fault", value_parser = one_of(Fault::ALL, Some("cli-faults")))]
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
    Demo(DemoArgs),
    Preflight(PreflightArgs),
    Explain(ExplainArgs),
    #[command(subcommand)]
    Printer(PrinterCommand),
    // For packages: the man pages and shell completions.
    #[command(hide = true)]
    GeneratePackageFiles(GenerateArgs),
}

#[derive(Debug, Subcommand)]
pub enum PrinterCommand {
    Discover(DiscoverArgs),
    Status(ConnectArgs),
    Setup(SetupArgs),
    Jobs(LoginArgs),
    Capture(CaptureArgs),
}

/// `generate-package-files`: where to write the man pages and shell completions.
#[derive(Debug, ClapArgs)]
pub struct GenerateArgs {
    /// The folder that receives `man/` and `completions/`.
    pub dir: PathBuf,
}

#[derive(Debug, ClapArgs)]
pub struct DiscoverArgs {
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=120))]
    pub seconds: u64,
}

#[derive(Debug, ClapArgs)]
pub struct ConnectArgs {
    pub host: String,
    #[arg(long)]
    pub profile: Option<PathBuf>,
    #[arg(long)]
    pub trust_fingerprint: Option<String>,
    #[arg(long)]
    pub ca_file: Option<PathBuf>,
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
}

#[derive(Debug, ClapArgs)]
pub struct LoginArgs {
    #[command(flatten)]
    pub connect: ConnectArgs,
    #[arg(long)]
    pub user: Option<String>,
    #[arg(long)]
    pub password_stdin: bool,
    #[arg(long)]
    pub remember_password: bool,
}

#[derive(Debug, ClapArgs)]
pub struct SetupArgs {
    #[command(flatten)]
    pub login: LoginArgs,
    #[arg(long)]
    pub sender: String,
    #[arg(long, value_parser = one_of(&Service::ALL, Some("cli-service")), default_value = "exchange-online")]
    pub service: Service,
    #[arg(long, value_parser = one_of(&Cloud::ALL, Some("cli-cloud")), default_value = "global")]
    pub cloud: Cloud,
    #[arg(long)]
    pub fax: bool,
    #[arg(long)]
    pub no_browser: bool,
}

#[derive(Debug, ClapArgs)]
pub struct CaptureArgs {
    #[command(flatten)]
    pub login: LoginArgs,
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
    #[arg(long)]
    pub tenant: Option<String>,
    #[arg(long)]
    pub client_id: String,
    #[arg(long)]
    pub account: String,
    #[arg(long)]
    pub to: String,
    #[arg(long, value_parser = one_of(&Service::ALL, Some("cli-service")), default_value = "exchange-online")]
    pub service: Service,
    #[arg(long, value_parser = one_of(&Cloud::ALL, Some("cli-cloud")), default_value = "global")]
    pub cloud: Cloud,
    #[arg(long)]
    pub authority: Option<String>,
    #[arg(long)]
    pub smtp: Option<String>,
    #[arg(long)]
    pub ca_file: Option<PathBuf>,
    #[arg(long)]
    pub no_browser: bool,
    #[arg(long)]
    pub sign_in_again: bool,
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
}

#[derive(Debug, ClapArgs)]
pub struct ExplainArgs {
    #[arg(allow_hyphen_values = true, value_name = "TEXT")]
    pub text: String,
    #[arg(value_name = "TEXT")]
    pub more: Vec<String>,
}
