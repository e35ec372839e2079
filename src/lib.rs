//! printer-oauth: moves office printers and scanners that send email to OAuth 2.0 for
//! Microsoft Exchange Online. The domain core; the command line and the wizard sit on top.

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
pub mod profile;
pub mod report;
pub mod secrets;
pub mod signin;
pub mod sim;
pub mod text;
pub mod trust;
pub mod ui;
