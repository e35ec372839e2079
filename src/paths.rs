//! Where the product keeps its files (never secrets): pinned printer certificates, backups of
//! printer settings, and wizard progress.

use std::path::PathBuf;

/// The per-user data directory (`$XDG_DATA_HOME/printer-oauth` on Linux, the platform's
/// application data folder elsewhere).
pub fn data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "printer-oauth").map(|d| d.data_dir().to_path_buf())
}

/// The per-user configuration directory (`$XDG_CONFIG_HOME/printer-oauth` on Linux): where the
/// wizard keeps its progress.
pub fn config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "printer-oauth").map(|d| d.config_dir().to_path_buf())
}
