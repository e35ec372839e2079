//! Where the product keeps its files (never secrets): pinned printer certificates, backups of
//! printer settings, wizard progress and preferences, help-desk reports.
//!
//! `PRINTER_OAUTH_HOME`, when set, puts every one of them under that folder (`config/`,
//! `data/`, `reports/`), on every OS: the tests use it, and so can a portable set-up.

use std::path::{Path, PathBuf};

/// The environment variable that puts every folder the product uses under one.
pub const HOME_VAR: &str = "PRINTER_OAUTH_HOME";

/// The folders the product uses.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Dirs {
    config: PathBuf,
    data: PathBuf,
}

/// The folders under `home` (from [`HOME_VAR`]), or the platform's: configuration where the
/// platform keeps it (it may roam with the user on Windows), data that belongs to this
/// computer (pins and backups: the local, not the roaming, application data on Windows).
/// Where the platform gives one folder for both (macOS), each gets its own inside it.
fn dirs() -> Option<Dirs> {
    if let Some(home) = std::env::var_os(HOME_VAR).filter(|h| !h.is_empty()) {
        return Some(under(Path::new(&home)));
    }
    let project = directories::ProjectDirs::from("", "", "printer-oauth")?;
    Some(separate(
        project.config_dir().to_path_buf(),
        project.data_local_dir().to_path_buf(),
    ))
}

fn under(home: &Path) -> Dirs {
    Dirs {
        config: home.join("config"),
        data: home.join("data"),
    }
}

/// Configuration and data in folders of their own, even where the platform names one folder.
fn separate(config: PathBuf, data: PathBuf) -> Dirs {
    if config == data {
        under(&config)
    } else {
        Dirs { config, data }
    }
}

/// The per-user data directory of this computer: pins and backups
/// (`$XDG_DATA_HOME/printer-oauth` on Linux, `%LOCALAPPDATA%` on Windows).
pub fn data_dir() -> Option<PathBuf> {
    dirs().map(|d| d.data)
}

/// The per-user configuration directory (`$XDG_CONFIG_HOME/printer-oauth` on Linux): where the
/// wizard keeps its progress and preferences.
pub fn config_dir() -> Option<PathBuf> {
    dirs().map(|d| d.config)
}

/// Where help-desk reports go: the user's Documents folder, else `reports` in the data
/// directory (`reports/` under [`HOME_VAR`] when it is set).
pub fn reports_dir() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os(HOME_VAR).filter(|h| !h.is_empty()) {
        return Some(Path::new(&home).join("reports"));
    }
    directories::UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(Path::to_path_buf))
        .or_else(|| data_dir().map(|dir| dir.join("reports")))
}

/// Creates `dir` and the folders above it that are missing, each readable by its owner only
/// (0700 on Unix). Folders already there keep their permissions (a Documents folder is not
/// this product's to change). The files in them are private too: every file the product
/// writes is created 0600 ([`tempfile`] for files replaced whole, `create_new` for reports
/// and captures). On Windows nothing is set: folders and files under the user's profile
/// (application data, Documents) inherit its ACL, which grants the user, SYSTEM and the
/// administrators only.
pub fn create_private_dir_all(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn folders_made_are_private_and_folders_there_are_left_alone() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().unwrap();
        let shared = root.path().join("Documents");
        std::fs::create_dir(&shared).unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o755)).unwrap();
        create_private_dir_all(&shared.join("a/b")).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&shared.join("a")), 0o700);
        assert_eq!(mode(&shared.join("a/b")), 0o700);
        assert_eq!(mode(&shared), 0o755);
        // Already there: fine.
        create_private_dir_all(&shared.join("a/b")).unwrap();
    }

    #[test]
    fn configuration_and_data_never_share_a_folder() {
        // macOS names one folder (Application Support) for both.
        let support = PathBuf::from("/Users/ana/Library/Application Support/printer-oauth");
        let dirs = separate(support.clone(), support.clone());
        assert_eq!(dirs.config, support.join("config"));
        assert_eq!(dirs.data, support.join("data"));
        assert_ne!(dirs.config, dirs.data);
        // Windows: roaming configuration, local data.
        let roaming = PathBuf::from(r"C:\Users\ana\AppData\Roaming\printer-oauth\config");
        let local = PathBuf::from(r"C:\Users\ana\AppData\Local\printer-oauth\data");
        let dirs = separate(roaming.clone(), local.clone());
        assert_eq!((dirs.config, dirs.data), (roaming, local));
    }

    #[test]
    fn one_home_holds_every_folder() {
        let home = Path::new("/tmp/printer-oauth-home");
        assert_eq!(
            under(home),
            Dirs {
                config: home.join("config"),
                data: home.join("data"),
            }
        );
    }
}
