//! printer-oauth, the app: the wizard (iced) and what it shares with the command line. The
//! domain lives in printer-oauth-core, the demo's simulators in printer-oauth-sim.

pub mod demo;
pub mod ui;
