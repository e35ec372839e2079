//! Logging in to a printer with the keychain's rules: a password the printer accepts is
//! remembered when asked, and a remembered password it refuses is forgotten, so that no
//! later run tries it again and walks the printer into its lockout.

use super::adapter::PrinterAdapter;
use super::error::PrinterError;
use crate::secrets::{self, KeychainError, Secret};

/// Where the password came from, and what to do with it afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasswordSource {
    /// It was read from the keychain (forgotten if the printer refuses it).
    pub remembered: bool,
    /// Remember it in the keychain if the printer accepts it.
    pub remember: bool,
}

/// What a login did: the login variant or the printer's refusal, and a keychain failure
/// that did not stop it (the caller warns).
pub struct LoggedIn {
    pub result: Result<String, PrinterError>,
    pub keychain: Option<KeychainError>,
}

/// Logs in as administrator and applies the keychain's rules.
pub async fn log_in(
    adapter: &mut impl PrinterAdapter,
    printer: &str,
    user: Option<&str>,
    password: &Secret,
    source: PasswordSource,
) -> LoggedIn {
    let result = adapter.log_in(user, password).await;
    let keychain = match &result {
        Ok(_) if source.remember => secrets::save_printer_password(printer, password)
            .await
            .err(),
        Err(PrinterError::BadPassword) if source.remembered => {
            secrets::delete_printer_password(printer).await.err()
        }
        _ => None,
    };
    LoggedIn { result, keychain }
}
