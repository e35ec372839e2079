//! Secrets: a redacting type, and the OS keychain (keyring-core with the platform's store)
//! as the only place a refresh token or password is ever kept.

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// A secret value (token, password). Debug and Display print `[redacted]`; the value is only
/// reachable through [`Secret::expose`].
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret value, for the one place that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Keychain failures. The message never contains the secret.
#[derive(Debug, thiserror::Error)]
pub enum KeychainError {
    #[error("no keychain is reachable: {0}")]
    Unavailable(String),
    #[error("the keychain refused: {0}")]
    Failed(String),
}

/// The keychain entry name of a refresh token: per cloud, tenant and account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenKey {
    pub cloud: String,
    pub tenant: String,
    pub account: String,
}

impl TokenKey {
    fn user(&self) -> String {
        format!(
            "refresh-token/{}/{}/{}",
            self.cloud,
            self.tenant.to_lowercase(),
            self.account.to_lowercase()
        )
    }
}

const SERVICE: &str = "printer-oauth";
const KEYCHAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// The credential store of this process, opened once.
static OPENED: OnceLock<Result<(), String>> = OnceLock::new();

/// Opens the platform's credential store once per process.
fn store() -> Result<(), KeychainError> {
    OPENED
        .get_or_init(|| platform_store().map(keyring_core::set_default_store))
        .clone()
        .map_err(KeychainError::Unavailable)
}

/// Keeps this process's secrets in memory, forgotten when it ends, instead of the OS
/// keychain: a demo run never touches the real one. Returns false when the real keychain was
/// already in use (then nothing changes).
pub fn use_memory_keychain() -> bool {
    OPENED.get_or_init(|| {
        IN_MEMORY.store(true, Ordering::SeqCst);
        keyring_core::mock::Store::new()
            .map(|store| keyring_core::set_default_store(store))
            .map_err(|e| e.to_string())
    });
    IN_MEMORY.load(Ordering::SeqCst)
}

/// Whether this process keeps its secrets in memory ([`use_memory_keychain`]).
static IN_MEMORY: AtomicBool = AtomicBool::new(false);

#[cfg(target_os = "linux")]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, String> {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        return Err("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)".into());
    }
    zbus_secret_service_keyring_store::Store::new()
        .map(|s| s as Arc<keyring_core::CredentialStore>)
        .map_err(|e| e.to_string())
}

#[cfg(target_os = "macos")]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, String> {
    apple_native_keyring_store::keychain::Store::new()
        .map(|s| s as Arc<keyring_core::CredentialStore>)
        .map_err(|e| e.to_string())
}

#[cfg(target_os = "windows")]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, String> {
    windows_native_keyring_store::Store::new()
        .map(|s| s as Arc<keyring_core::CredentialStore>)
        .map_err(|e| e.to_string())
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, String> {
    Err("this platform has no supported keychain".into())
}

fn classify(e: keyring_core::Error) -> KeychainError {
    match e {
        keyring_core::Error::NoStorageAccess(inner) => {
            KeychainError::Unavailable(inner.to_string())
        }
        keyring_core::Error::PlatformFailure(inner) => {
            KeychainError::Unavailable(inner.to_string())
        }
        other => KeychainError::Failed(other.to_string()),
    }
}

/// Runs a blocking keychain call off the async runtime, with a time limit (a Secret Service
/// that never answers must not hang the command).
async fn run<T: Send + 'static>(
    call: impl FnOnce() -> Result<T, KeychainError> + Send + 'static,
) -> Result<T, KeychainError> {
    let task = tokio::task::spawn_blocking(move || {
        store()?;
        call()
    });
    match tokio::time::timeout(KEYCHAIN_TIMEOUT, task).await {
        Ok(Ok(result)) => result,
        Ok(Err(join)) => Err(KeychainError::Failed(join.to_string())),
        Err(_) => Err(KeychainError::Unavailable(
            "the keychain did not answer in time".into(),
        )),
    }
}

/// Saves a refresh token, replacing any earlier one for the same key.
pub async fn save_refresh_token(key: &TokenKey, token: &Secret) -> Result<(), KeychainError> {
    save(key.user(), token.clone()).await
}

/// Loads a refresh token, if one is stored.
pub async fn load_refresh_token(key: &TokenKey) -> Result<Option<Secret>, KeychainError> {
    load(key.user()).await
}

/// Removes a stored refresh token; removing a missing one is not an error.
pub async fn delete_refresh_token(key: &TokenKey) -> Result<(), KeychainError> {
    delete(key.user()).await
}

/// The keychain entry name of a printer's admin password: per printer address.
fn printer_user(printer: &str) -> String {
    format!("printer-password/{}", printer.to_lowercase())
}

/// Remembers a printer's admin password.
pub async fn save_printer_password(printer: &str, password: &Secret) -> Result<(), KeychainError> {
    save(printer_user(printer), password.clone()).await
}

/// The remembered admin password of a printer, if any.
pub async fn load_printer_password(printer: &str) -> Result<Option<Secret>, KeychainError> {
    load(printer_user(printer)).await
}

/// Forgets a printer's admin password (after the printer rejected it).
pub async fn delete_printer_password(printer: &str) -> Result<(), KeychainError> {
    delete(printer_user(printer)).await
}

async fn save(user: String, secret: Secret) -> Result<(), KeychainError> {
    run(move || {
        let entry = keyring_core::Entry::new(SERVICE, &user).map_err(classify)?;
        entry.set_password(secret.expose()).map_err(classify)
    })
    .await
}

async fn load(user: String) -> Result<Option<Secret>, KeychainError> {
    run(move || {
        let entry = keyring_core::Entry::new(SERVICE, &user).map_err(classify)?;
        match entry.get_password() {
            Ok(value) => Ok(Some(Secret::new(value))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(classify(e)),
        }
    })
    .await
}

async fn delete(user: String) -> Result<(), KeychainError> {
    run(move || {
        let entry = keyring_core::Entry::new(SERVICE, &user).map_err(classify)?;
        match entry.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(classify(e)),
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_print() {
        let s = Secret::new("eyJ0eXAiOiJKV1Qi.super-secret");
        assert_eq!(format!("{s}"), "[redacted]");
        assert_eq!(format!("{s:?}"), "[redacted]");
        assert_eq!(format!("{:?}", Some(&s)), "Some([redacted])");
        assert_eq!(s.expose(), "eyJ0eXAiOiJKV1Qi.super-secret");
    }

    #[test]
    fn keys_are_per_cloud_tenant_and_account() {
        let key = TokenKey {
            cloud: "global".into(),
            tenant: "Contoso.onmicrosoft.com".into(),
            account: "Scanner@Contoso.com".into(),
        };
        assert_eq!(
            key.user(),
            "refresh-token/global/contoso.onmicrosoft.com/scanner@contoso.com"
        );
    }
}
