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
        let knobs = Knobs {
            interval: Duration::from_secs(args.interval),
            expires_in: Duration::from_secs(args.expires_in),
            auto_approve: args.auto_approve.then_some(Duration::from_secs(1)),
            faults: args.faults.iter().copied().collect(),
            ..Knobs::default()
        };
        match runtime.block_on(Demo::start(knobs)) {
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
