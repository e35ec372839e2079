//! What the product needs from a printer's configuration interface, whatever the vendor.

use super::error::PrinterError;
use super::settings::{Field, Values};
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
    /// The email-settings pages as served, for a redacted capture.
    fn capture(&mut self) -> impl Future<Output = Result<Vec<CapturedPage>, PrinterError>> + Send;
}
