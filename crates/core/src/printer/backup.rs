//! The backup file of a printer's settings, written before anything is changed so that the
//! admin can always see what was there (the tool restores from the copy it read).

use super::adapter::{Raw, Target};
use super::settings::Values;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What a backup file holds. Write-only fields (passwords) are never read, so never here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    pub printer: String,
    pub model: String,
    pub target: String,
    #[serde(with = "time::serde::rfc3339")]
    pub taken_at: time::OffsetDateTime,
    /// The settings as the product names them.
    pub settings: Values,
    /// The printer's own values, as restored.
    pub raw: Raw,
}

/// Writes a backup into `dir/backups/` and returns its path; the file is complete or absent,
/// and private (0600, in a 0700 folder, on Unix): a temporary file renamed over the name, so a
/// symbolic link already there is replaced, never written through.
pub fn save(
    dir: &Path,
    printer: &str,
    model: &str,
    target: Target,
    settings: Values,
    raw: Raw,
) -> std::io::Result<PathBuf> {
    let taken_at = time::OffsetDateTime::now_utc();
    let folder = dir.join("backups");
    crate::paths::create_private_dir_all(&folder)?;
    let path = folder.join(file_name(printer, target, taken_at));
    let backup = Backup {
        printer: printer.to_string(),
        model: model.to_string(),
        target: target_name(target).to_string(),
        taken_at,
        settings,
        raw,
    };
    let mut file = tempfile::NamedTempFile::new_in(&folder)?;
    serde_json::to_writer_pretty(&mut file, &backup)?;
    file.persist(&path).map_err(|e| e.error)?;
    Ok(path)
}

/// The name of the backup of `printer`'s `target` settings taken `at` (second precision):
/// `{printer, with anything but letters, digits and dots as _}-{email|fax}-{UTC stamp}.json`.
pub fn file_name(printer: &str, target: Target, at: time::OffsetDateTime) -> String {
    let stamp = at
        .format(time::macros::format_description!(
            "[year][month][day]T[hour][minute][second]Z"
        ))
        .unwrap_or_default();
    let safe: String = printer
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}-{}-{stamp}.json", target_name(target))
}

fn target_name(target: Target) -> &'static str {
    match target {
        Target::Email => "email",
        Target::Fax => "fax",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::printer::settings::Field;

    #[test]
    fn a_backup_reads_back_whole() {
        let dir = tempfile::tempdir().unwrap();
        let raw = Raw::from([(Field::SmtpPort, "587".to_string())]);
        let values = Values::from([(Field::SmtpPort, "587".to_string())]);
        let path = save(
            dir.path(),
            "[::1]:8443",
            "WF",
            Target::Email,
            values.clone(),
            raw.clone(),
        )
        .unwrap();
        assert!(
            path.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("___1__8443-email-")
        );
        let back: Backup = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            (back.raw, back.settings, back.target.as_str()),
            (raw, values, "email")
        );
    }
}
