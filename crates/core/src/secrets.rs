//! Secrets: a redacting type, and the OS keychain (keyring-core with the platform's store)
//! as the only place a refresh token or password is ever kept.

use crate::cloud::Cloud;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use url::Url;

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

/// The keychain entry name of a refresh token: per cloud, authority origin, tenant and the
/// account that signed in. A token is only ever read for the authority that issued it: one
/// stored for Microsoft is never sent to a custom `--authority`, nor the reverse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenKey {
    cloud: &'static str,
    origin: String,
    tenant: String,
    account: String,
    /// The entry name earlier versions used (cloud, tenant, account, no authority).
    legacy: String,
}

impl TokenKey {
    /// The key of `account`'s token in `tenant`, issued by `authority` in `cloud`.
    pub fn new(cloud: Cloud, authority: &Url, tenant: &str, account: &str) -> TokenKey {
        TokenKey {
            cloud: cloud.name(),
            origin: authority.origin().ascii_serialization(),
            tenant: tenant.trim().to_lowercase(),
            account: account.trim().to_lowercase(),
            legacy: format!(
                "refresh-token/{}/{}/{}",
                format!("{cloud:?}").to_lowercase(),
                tenant.to_lowercase(),
                account.to_lowercase()
            ),
        }
    }

    fn user(&self) -> String {
        format!(
            "refresh-token/{}/{}/{}/{}",
            self.cloud, self.origin, self.tenant, self.account
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
    save(key.user(), token.clone()).await?;
    // An entry of an earlier version (keyed without the authority) is never read again: it
    // would only keep a long-lived token in the keychain.
    delete(key.legacy.clone()).await
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

/// The most one keychain entry holds here, in UTF-16 code units: Windows Credential Manager
/// takes at most 2,560 bytes (`CRED_MAX_CREDENTIAL_BLOB_SIZE`) and keyring stores UTF-16 there,
/// so 1,280 units; a margin is kept. Entra refresh tokens are often longer.
const PART_UNITS: usize = 1_200;

/// What the main entry of a secret stored in parts holds: this, then `GENERATION:COUNT`. Each
/// save writes parts of a new generation, so a save that fails midway never touches the
/// parts the stored secret is made of.
const PARTS: &str = "printer-oauth-parts:";

/// At most this many parts (76,800 UTF-16 units): a longer secret is refused, and a damaged
/// entry cannot make us read without end.
const MAX_PARTS: usize = 64;

/// A secret cut into pieces of at most [`PART_UNITS`] UTF-16 units, never inside a character.
fn split(value: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut units = 0;
    for c in value.chars() {
        if units + c.len_utf16() > PART_UNITS {
            parts.push(String::new());
            units = 0;
        }
        units += c.len_utf16();
        parts.last_mut().expect("one part at least").push(c);
    }
    parts
}

/// A secret stored in parts: its generation and how many parts it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Parts {
    generation: u32,
    count: usize,
}

impl Parts {
    /// What a main entry says; `None` for a secret stored whole. `Some(None)` for a main
    /// entry that says parts but is damaged (it holds no secret).
    fn of(main: &str) -> Option<Option<Parts>> {
        let rest = main.strip_prefix(PARTS)?;
        let parsed = rest.split_once(':').and_then(|(generation, count)| {
            Some(Parts {
                generation: u32::from_str_radix(generation, 16).ok()?,
                count: count.parse().ok().filter(|n| (1..=MAX_PARTS).contains(n))?,
            })
        });
        Some(parsed)
    }

    fn main_entry(self) -> String {
        format!("{PARTS}{:08x}:{}", self.generation, self.count)
    }

    /// The entry names of the parts, in order.
    fn names(self, user: &str) -> Vec<String> {
        (1..=self.count)
            .map(|n| format!("{user}#{:08x}.{n}", self.generation))
            .collect()
    }
}

fn entry(user: &str) -> Result<keyring_core::Entry, KeychainError> {
    keyring_core::Entry::new(SERVICE, user).map_err(classify)
}

fn get(user: &str) -> Result<Option<String>, KeychainError> {
    match entry(user)?.get_password() {
        Ok(value) => Ok(Some(value)),
        Err(keyring_core::Error::NoEntry) => Ok(None),
        Err(e) => Err(classify(e)),
    }
}

fn remove(user: &str) -> Result<(), KeychainError> {
    match entry(user)?.delete_credential() {
        Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
        Err(e) => Err(classify(e)),
    }
}

/// The parts the main entry under `user` names, if it names any.
fn stored_parts(user: &str) -> Result<Option<Parts>, KeychainError> {
    Ok(get(user)?.as_deref().and_then(Parts::of).flatten())
}

/// Saves a secret of any length: as one entry when it fits, else in parts of a new
/// generation (`user#GEN.1`, `user#GEN.2`...), then the main entry that names them, then the
/// old parts are removed. A save that fails leaves the stored secret as it was.
async fn save(user: String, secret: Secret) -> Result<(), KeychainError> {
    run(move || {
        let old = stored_parts(&user)?;
        let pieces = split(secret.expose());
        if pieces.len() > MAX_PARTS {
            return Err(KeychainError::Failed(format!(
                "the secret is longer than {MAX_PARTS} keychain entries hold"
            )));
        }
        if pieces.len() == 1 {
            entry(&user)?
                .set_password(secret.expose())
                .map_err(classify)?;
        } else {
            let parts = Parts {
                generation: rand::random::<u32>(),
                count: pieces.len(),
            };
            let names = parts.names(&user);
            let written = names
                .iter()
                .zip(&pieces)
                .try_for_each(|(name, piece)| entry(name)?.set_password(piece).map_err(classify));
            let named = written.and_then(|()| {
                entry(&user)?
                    .set_password(&parts.main_entry())
                    .map_err(classify)
            });
            if let Err(e) = named {
                for name in &names {
                    let _ = remove(name);
                }
                return Err(e);
            }
        }
        // The old generation is no longer named by anything.
        for name in old.map(|p| p.names(&user)).unwrap_or_default() {
            remove(&name)?;
        }
        Ok(())
    })
    .await
}

/// Loads a secret, whole (a secret whose parts are not all there, or whose main entry is
/// damaged, counts as none).
async fn load(user: String) -> Result<Option<Secret>, KeychainError> {
    run(move || {
        let Some(main) = get(&user)? else {
            return Ok(None);
        };
        let parts = match Parts::of(&main) {
            None => return Ok(Some(Secret::new(main))),
            Some(None) => return Ok(None),
            Some(Some(parts)) => parts,
        };
        let mut whole = String::new();
        for name in parts.names(&user) {
            match get(&name)? {
                Some(piece) => whole.push_str(&piece),
                None => return Ok(None),
            }
        }
        Ok(Some(Secret::new(whole)))
    })
    .await
}

/// Removes a secret and its parts; removing a missing one is not an error.
async fn delete(user: String) -> Result<(), KeychainError> {
    run(move || {
        let parts = stored_parts(&user)?;
        remove(&user)?;
        for name in parts.map(|p| p.names(&user)).unwrap_or_default() {
            remove(&name)?;
        }
        Ok(())
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
    fn the_entry_name_of_earlier_versions_is_known_so_it_can_go() {
        let microsoft = Url::parse("https://login.microsoftonline.com").unwrap();
        let key = TokenKey::new(
            Cloud::UsgovDod,
            &microsoft,
            "Contoso.com",
            "Scanner@Contoso.com",
        );
        assert_eq!(
            key.legacy,
            "refresh-token/usgovdod/contoso.com/scanner@contoso.com"
        );
        assert_ne!(key.legacy, key.user());
    }

    #[test]
    fn keys_are_per_cloud_authority_tenant_and_account() {
        let microsoft = Url::parse("https://login.microsoftonline.com").unwrap();
        let key = |cloud, authority: &Url, account| {
            TokenKey::new(cloud, authority, " Contoso.onmicrosoft.com", account).user()
        };
        assert_eq!(
            key(Cloud::Global, &microsoft, "Scanner@Contoso.com"),
            "refresh-token/global/https://login.microsoftonline.com/contoso.onmicrosoft.com/scanner@contoso.com"
        );
        // The authority's origin, not its path: the same issuer, the same token.
        let with_path = Url::parse("https://LOGIN.microsoftonline.com:443/x/").unwrap();
        assert_eq!(
            key(Cloud::Global, &with_path, "scanner@contoso.com"),
            key(Cloud::Global, &microsoft, "scanner@contoso.com")
        );
        // Another origin, however alike, is another entry.
        for other in [
            "https://login.microsoftonline.com.evil.example",
            "https://login.microsoftonline.com:8443",
            "http://127.0.0.1:8080",
            "http://localhost:8080",
        ] {
            let other = Url::parse(other).unwrap();
            assert_ne!(
                key(Cloud::Global, &other, "scanner@contoso.com"),
                key(Cloud::Global, &microsoft, "scanner@contoso.com"),
                "{other}"
            );
        }
        // The cloud as the command line spells it, never a type's debug name.
        let us = Url::parse("https://login.microsoftonline.us").unwrap();
        assert!(
            key(Cloud::UsgovDod, &us, "a@b.us")
                .starts_with("refresh-token/usgov-dod/https://login.microsoftonline.us/")
        );
        assert_ne!(
            key(Cloud::UsgovDod, &us, "a@b.us"),
            key(Cloud::Usgov, &us, "a@b.us")
        );
    }

    #[test]
    fn long_secrets_are_cut_into_parts_that_fit_windows_credential_manager() {
        // A 4 KB refresh token, and a password of two-unit characters.
        let token = "0.AXkA".repeat(700);
        let accented = "šđ€😀".repeat(400);
        for secret in [token.as_str(), accented.as_str()] {
            let parts = split(secret);
            assert!(parts.len() > 1, "cut");
            for piece in &parts {
                let bytes = piece.encode_utf16().count() * 2;
                assert!(bytes <= 2_560, "{bytes} bytes in one entry");
            }
            assert_eq!(
                parts.concat(),
                secret,
                "nothing lost or cut inside a character"
            );
        }
        assert_eq!(split("short"), vec!["short".to_string()]);
        let parts = Parts {
            generation: 0xab12,
            count: 4,
        };
        assert_eq!(Parts::of(&parts.main_entry()), Some(Some(parts)));
        assert_eq!(parts.names("u")[3], "u#0000ab12.4");
        assert_eq!(Parts::of("0.AXkA-a-token"), None, "a secret stored whole");
        for damaged in [
            "printer-oauth-parts:0000ab12:0",
            "printer-oauth-parts:0000ab12:999",
            "printer-oauth-parts:x:4",
            "printer-oauth-parts:4",
        ] {
            assert_eq!(Parts::of(damaged), Some(None), "{damaged} holds no secret");
        }
    }
}
