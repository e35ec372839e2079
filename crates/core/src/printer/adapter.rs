//! What the product needs from a printer's configuration interface, whatever the vendor.

use super::error::PrinterError;
use super::settings::{Field, Values};
use crate::diagnose::{self, Diagnosis};
use crate::i18n::Lang;
use crate::mail::MailError;
use crate::secrets::Secret;
use serde::Serialize;
use std::collections::BTreeMap;
use std::future::Future;

/// Which email settings: the printer's (Email Server > Basic) or the fax server's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Target {
    Email,
    Fax,
}

/// Settings by field in the printer's own values (what its form submits).
pub type Raw = BTreeMap<Field, String>;

/// The network interface the admin reached the printer on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Interface {
    Standard,
    /// The "additional network", where OAuth 2.0 is not available.
    Additional,
    Unknown,
}

/// What the printer says it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeviceInfo {
    pub vendor: String,
    pub model: String,
    pub firmware: Option<String>,
    pub interface: Interface,
}

/// How a write ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOutcome {
    /// The printer confirmed the settings.
    Written,
    /// The printer restarted ("Shutting down") and is back; read back to know what it kept.
    Restarted,
    /// The connection broke during the write and the printer is back; read back.
    Interrupted,
}

/// The code and address the printer's own Microsoft sign-in shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterCode {
    pub user_code: String,
    pub verification_uri: String,
    pub expires_in: u64,
    pub interval: u64,
}

/// Where the printer's own sign-in stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "state")]
pub enum SignInState {
    Waiting,
    SignedIn { account: Option<String> },
    Failed { code: String },
    SignedOut,
}

/// The lines of the network status sheet about email.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StatusSheet {
    pub email: Option<String>,
    pub fax: Option<String>,
}

/// One row of the job history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Job {
    pub id: String,
    pub time: String,
    pub kind: String,
    pub result: String,
    /// The error code, when the job failed.
    pub code: Option<String>,
    /// The SMTP server's reply, when it refused the job (`550 5.7.60 ...`).
    pub reply: Option<String>,
    /// The job went out.
    pub completed: bool,
}

impl Job {
    /// What the job's error code or SMTP reply means; None for a job with neither.
    pub fn diagnosis(&self, lang: Lang) -> Option<Diagnosis> {
        if let Some(code) = &self.code {
            return Some(diagnose::explain(code, lang));
        }
        let reply = self.reply.as_deref()?;
        let coded = reply
            .split_once(' ')
            .and_then(|(code, text)| Some((code.parse::<u16>().ok()?, text)));
        Some(match coded {
            Some((code, text)) => MailError::Rejected {
                code,
                text: text.to_string(),
            }
            .diagnose(lang),
            None => diagnose::explain(reply, lang),
        })
    }
}

/// What the printer's own connection test answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "outcome")]
pub enum TestOutcome {
    /// The printer reached and signed in to its SMTP server; its message.
    Passed { message: String },
    /// The printer's failure message and the catalog code the profile maps it to.
    Failed { code: String, message: String },
}

impl TestOutcome {
    /// The diagnosis of a failed test, with the printer's message as its detail.
    pub fn diagnosis(&self, lang: Lang) -> Option<Diagnosis> {
        let TestOutcome::Failed { code, message } = self else {
            return None;
        };
        let entry = diagnose::by_code(code).unwrap_or_else(|| diagnose::internal("unknown"));
        Some(entry.diagnose(lang).with_detail(message.clone()))
    }
}

/// A page as the printer served it, for `printer capture` (redacted before it is written).
#[derive(Debug, Clone)]
pub struct CapturedPage {
    pub name: String,
    pub path: String,
    pub body: String,
}

/// A printer's configuration interface. Every method that needs a session logs in again by
/// itself when the printer ended it; none ever retries a rejected password.
pub trait PrinterAdapter: Send {
    /// Vendor, model, firmware and the interface reached; no login needed.
    fn probe(&mut self) -> impl Future<Output = Result<DeviceInfo, PrinterError>> + Send;
    /// Logs in as administrator; returns the login variant that worked.
    fn log_in(
        &mut self,
        user: Option<&str>,
        password: &Secret,
    ) -> impl Future<Output = Result<String, PrinterError>> + Send;
    /// Reads an email settings form (secret fields are never read).
    fn read(&mut self, target: Target) -> impl Future<Output = Result<Raw, PrinterError>> + Send;
    /// Writes fields of an email settings form; every other field keeps its value.
    fn write(
        &mut self,
        target: Target,
        values: &Raw,
    ) -> impl Future<Output = Result<WriteOutcome, PrinterError>> + Send;
    /// The printer's values for settings named the product's way.
    fn to_raw(&self, target: Target, values: &Values) -> Result<Raw, PrinterError>;
    /// The product's names for the printer's values (unknown values stay as they are).
    fn to_values(&self, target: Target, raw: &Raw) -> Values;
    /// Starts the printer's own Microsoft sign-in for a service (`exchange-online`, `outlook`).
    fn start_sign_in(
        &mut self,
        target: Target,
        service: &str,
    ) -> impl Future<Output = Result<PrinterCode, PrinterError>> + Send;
    /// Where the printer's sign-in stands.
    fn sign_in_state(
        &mut self,
        target: Target,
    ) -> impl Future<Output = Result<SignInState, PrinterError>> + Send;
    /// Makes the printer forget its Microsoft token.
    fn sign_out(&mut self, target: Target)
    -> impl Future<Output = Result<(), PrinterError>> + Send;
    /// The email lines of the network status sheet; no login needed.
    fn status_sheet(&mut self) -> impl Future<Output = Result<StatusSheet, PrinterError>> + Send;
    /// The job history.
    fn jobs(&mut self) -> impl Future<Output = Result<Vec<Job>, PrinterError>> + Send;
    /// Whether the printer can test its own email settings (its profile names how).
    fn has_connection_test(&self) -> bool;
    /// Runs the printer's own test of its email settings; None when it has none.
    fn connection_test(
        &mut self,
    ) -> impl Future<Output = Result<Option<TestOutcome>, PrinterError>> + Send;
    /// The email-settings pages as served, for a redacted capture.
    fn capture(&mut self) -> impl Future<Output = Result<Vec<CapturedPage>, PrinterError>> + Send;
}
