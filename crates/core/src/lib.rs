//! printer-oauth's domain core: moves office printers and scanners that send email to OAuth 2.0
//! for Microsoft Exchange Online. No user interface and no simulator: the command line and the
//! wizard (the app crate) and the simulators (printer-oauth-sim) sit on top of it.

pub mod cloud;
pub mod diagnose;
pub mod exchange;
pub mod files;
pub mod i18n;
pub mod links;
pub mod mail;
pub mod paths;
pub mod preflight;
pub mod printer;
pub mod report;
pub mod secrets;
pub mod signin;
pub mod text;
pub mod trust;
pub mod wizard;
