//! Saved non-secret settings and wizard progress: which page, which printer, the fields typed,
//! so that the wizard offers to resume after a restart. Passwords and tokens are never here:
//! they live only in the keychain.

use crate::cloud::{Cloud, Service};
use crate::exchange::AccountPath;
use crate::i18n::Lang;
use crate::wizard::Page;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The wizard's progress.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub step: Page,
    pub service: Service,
    pub cloud: Cloud,
    pub mailbox: String,
    /// Which account signs the printer in, and the administrator's.
    pub path: AccountPath,
    pub admin: String,
    /// The printer vendor's app, for the admin consent.
    pub vendor_app_id: String,
    pub tenant: String,
    pub client_id: String,
    /// The printer's address as typed or chosen.
    pub printer: String,
    pub sender: String,
    pub smtp_server: String,
    pub smtp_port: String,
    pub cert_validation: bool,
    pub fax: bool,
}

const FILE: &str = "progress.json";

impl Progress {
    /// The saved progress in `dir`, if there is any that can be read.
    pub fn load(dir: &Path) -> Option<Progress> {
        let text = std::fs::read_to_string(dir.join(FILE)).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Saves the progress in `dir`; the file is complete or absent.
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        save_json(dir, FILE, self)
    }

    /// Forgets the saved progress (the admin chose to start over, or finished).
    pub fn clear(dir: &Path) -> std::io::Result<()> {
        match std::fs::remove_file(dir.join(FILE)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

/// Choices that outlive a setup (starting over keeps them): the wizard's language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub lang: Option<Lang>,
}

const PREFERENCES: &str = "preferences.json";

impl Preferences {
    /// The preferences saved in `dir`, or none when there are none that can be read.
    pub fn load(dir: &Path) -> Preferences {
        std::fs::read_to_string(dir.join(PREFERENCES))
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Saves the preferences in `dir`; the file is complete or absent.
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        save_json(dir, PREFERENCES, self)
    }
}

/// Writes `value` as `dir/name`, whole or not at all (a private temporary file renamed).
fn save_json(dir: &Path, name: &str, value: &impl Serialize) -> std::io::Result<()> {
    crate::paths::create_private_dir_all(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    serde_json::to_writer_pretty(&mut file, value)?;
    file.persist(dir.join(name)).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_survives_a_restart_and_can_be_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Progress::load(dir.path()), None);
        let progress = Progress {
            step: Page::EmailServer,
            service: Service::Outlook,
            mailbox: "scanner@contoso.com".into(),
            printer: "192.168.1.20".into(),
            ..Progress::default()
        };
        progress.save(dir.path()).unwrap();
        assert_eq!(Progress::load(dir.path()), Some(progress));
        Progress::clear(dir.path()).unwrap();
        Progress::clear(dir.path()).unwrap();
        assert_eq!(Progress::load(dir.path()), None);
        std::fs::write(dir.path().join(FILE), "{ not json").unwrap();
        assert_eq!(
            Progress::load(dir.path()),
            None,
            "a damaged file is ignored"
        );
    }

    #[test]
    fn the_language_is_remembered_apart_from_the_progress() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Preferences::load(dir.path()).lang, None);
        Preferences {
            lang: Some(Lang::Hr),
        }
        .save(dir.path())
        .unwrap();
        Progress::clear(dir.path()).unwrap();
        assert_eq!(Preferences::load(dir.path()).lang, Some(Lang::Hr));
    }
}
