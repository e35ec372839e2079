//! `printer-oauth [--demo]`: the desktop wizard, with the embedded simulators for `--demo`.

use super::args::Args;
use super::output::Output;
use printer_oauth::sim::{Demo, Knobs};
use printer_oauth::ui::{self, Options};
use std::time::Duration;
use tokio::runtime::Runtime;

/// Opens the wizard; with `--demo`, the simulators run on `runtime` until the window closes
/// (approving sign-ins by themselves with `--auto-approve`, producing the `--fault`s asked).
pub fn run(args: &Args, out: &Output, runtime: &Runtime) -> u8 {
    let lang = out.lang;
    let simulators = if args.demo {
        match runtime.block_on(Demo::start(knobs(args))) {
            Ok(d) => Some(d),
            Err(e) => {
                out.say(&lang.text_with("demo-failed", &[("error", e.to_string())]));
                return 5;
            }
        }
    } else {
        None
    };
    let options = Options {
        lang,
        lang_asked: args.lang.is_some(),
        demo: simulators.as_ref().map(ui::Demo::of),
        data_dir: None,
        config_dir: None,
        reports_dir: None,
    };
    match ui::run(options) {
        Ok(()) => 0,
        Err(e) => {
            out.say(&lang.text_with("ui-failed", &[("error", e.to_string())]));
            5
        }
    }
}

/// The simulators' knobs for `--demo`: the interval, lifetime and faults a trainer asked for.
fn knobs(args: &Args) -> Knobs {
    Knobs {
        interval: Duration::from_secs(args.interval),
        expires_in: Duration::from_secs(args.expires_in),
        auto_approve: args.auto_approve.then_some(Duration::from_secs(1)),
        faults: args.faults.iter().copied().collect(),
        ..Knobs::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;
    use printer_oauth::sim::Fault;

    #[test]
    fn the_demo_window_takes_the_demo_s_knobs() {
        let args = Args::try_parse_from([
            "printer-oauth",
            "--demo",
            "--fault",
            "decline",
            "--fault",
            "smtp-auth-disabled-mailbox",
            "--expires-in",
            "60",
            "--interval",
            "3",
        ])
        .unwrap();
        let knobs = knobs(&args);
        assert_eq!(knobs.interval, Duration::from_secs(3));
        assert_eq!(knobs.expires_in, Duration::from_secs(60));
        assert!(knobs.has(Fault::Decline) && knobs.has(Fault::SmtpAuthDisabledMailbox));
        // Without --demo they are refused, as is a fault that does not exist.
        assert!(Args::try_parse_from(["printer-oauth", "--fault", "decline"]).is_err());
        assert!(Args::try_parse_from(["printer-oauth", "--demo", "--fault", "nope"]).is_err());
        // The demo subcommand keeps its own.
        assert!(Args::try_parse_from(["printer-oauth", "demo", "--interval", "3"]).is_ok());
    }
}
