//! `printer-oauth [--demo]`: the desktop wizard, with the embedded simulators for `--demo`.

use super::output::Output;
use printer_oauth::sim::{Demo, Knobs};
use printer_oauth::ui::{self, Options};
use std::time::Duration;
use tokio::runtime::Runtime;

/// Opens the wizard; with `demo`, the simulators run on `runtime` until the window closes
/// (approving sign-ins by themselves with `auto_approve`).
pub fn run(demo: bool, auto_approve: bool, out: &Output, runtime: &Runtime) -> u8 {
    let lang = out.lang;
    let simulators = if demo {
        let knobs = Knobs {
            interval: Duration::from_secs(2),
            auto_approve: auto_approve.then_some(Duration::from_secs(1)),
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
        demo: simulators.as_ref().map(ui::Demo::of),
        data_dir: None,
        config_dir: None,
    };
    match ui::run(options) {
        Ok(()) => 0,
        Err(e) => {
            out.say(&lang.text_with("ui-failed", &[("error", e.to_string())]));
            5
        }
    }
}
