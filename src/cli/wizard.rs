//! `printer-oauth [--demo]`: the desktop wizard, with the embedded simulators for `--demo`.

use super::args::Args;
use super::output::Output;
use printer_oauth::ui::{self, Options};
use printer_oauth_sim::Demo;
use tokio::runtime::Runtime;

/// Opens the wizard; with `--demo`, the simulators run on `runtime` until the window closes
/// (approving sign-ins by themselves with `--auto-approve`, producing the `--fault`s asked).
pub fn run(args: &Args, out: &Output, runtime: &Runtime) -> u8 {
    let lang = out.lang;
    let simulators = if args.demo {
        // A quicker poll than the command's demo: the window shows each poll.
        match runtime.block_on(Demo::start(args.simulators.knobs(2))) {
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
        demo: simulators.as_ref().map(printer_oauth::demo::Demo::of),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::args::Command;
    use printer_oauth_sim::Fault;
    use std::time::Duration;

    #[test]
    fn the_demo_window_takes_the_demo_s_knobs() {
        let args = Args::parse_checked([
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
        let knobs = args.simulators.knobs(2);
        assert_eq!(knobs.interval, Duration::from_secs(3));
        assert_eq!(knobs.expires_in, Duration::from_secs(60));
        assert!(knobs.has(Fault::Decline) && knobs.has(Fault::SmtpAuthDisabledMailbox));
        // Without --demo they are refused, as is a fault that does not exist.
        let without_demo = Args::parse_checked(["printer-oauth", "--fault", "decline"]);
        assert!(
            without_demo
                .unwrap_err()
                .to_string()
                .contains("need --demo")
        );
        assert!(Args::parse_checked(["printer-oauth", "--demo", "--fault", "nope"]).is_err());
        assert_eq!(
            Args::parse_checked(["printer-oauth", "--demo"])
                .unwrap()
                .simulators
                .knobs(2)
                .interval,
            Duration::from_secs(2)
        );
        // The demo subcommand takes the same, with its own default interval.
        let Some(Command::Demo(demo)) = Args::parse_checked(["printer-oauth", "demo"])
            .unwrap()
            .command
        else {
            panic!("the demo subcommand")
        };
        assert_eq!(demo.simulators.knobs(5).interval, Duration::from_secs(5));
    }
}
