//! Section 6: files are private. After a `printer setup` (pin and backup), a `printer capture`,
//! a saved wizard progress and a help-desk report, every file under `PRINTER_OAUTH_HOME` is
//! 0600 and every folder 0700; a symbolic link placed at a backup's or a report's name is
//! never written through.

use super::common::printer::{assert_ok, guide_tenant, printer_args};
use super::common::{Options, demo, files_under, run};
use printer_oauth_core::cloud::{Cloud, Service};
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::printer::adapter::Target;
use printer_oauth_core::printer::backup;
use printer_oauth_core::report::Report;
use printer_oauth_core::wizard::Page;
use printer_oauth_core::wizard::Progress;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// Every folder under `dir`, `dir` included.
fn folders_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = vec![dir.to_path_buf()];
    let mut i = 0;
    while i < found.len() {
        for entry in std::fs::read_dir(&found[i]).unwrap().flatten() {
            if entry.file_type().unwrap().is_dir() {
                found.push(entry.path());
            }
        }
        i += 1;
    }
    found
}

fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o777
}

/// `printer <command>` against the demo with the password on stdin, in `home`.
async fn run_in(home: &Path, args: Vec<String>, password: &str) -> super::common::Run {
    run(
        &args,
        Options {
            stdin: Some(password),
            home: Some(home),
            ..Options::default()
        },
    )
    .await
}

#[tokio::test]
async fn every_file_the_product_keeps_is_private_and_so_is_every_folder() {
    let demo = demo(&[]).await;
    guide_tenant(&demo);
    let home = tempfile::tempdir().unwrap();
    let password = format!("{}\n", demo.ready().printer_password);
    let setup = run_in(home.path(), printer_args(&demo, "setup", &[]), &password).await;
    assert_ok(&setup);
    let ours = home.path().join("printer-oauth");
    let capture = ours.join("captures").join("epson");
    let capture_arg = capture.display().to_string();
    let captured = run_in(
        home.path(),
        printer_args(&demo, "capture", &["--out", &capture_arg]),
        &password,
    )
    .await;
    assert_ok(&captured);
    Progress::default().save(&ours.join("config")).unwrap();
    Report::new(Service::ExchangeOnline, Cloud::Global, vec![Page::Welcome])
        .save(&ours.join("reports"), Lang::En)
        .unwrap();

    let files = files_under(&ours);
    for expected in ["pins", "backups", "progress.json", "capture.json", "report"] {
        assert!(
            files
                .iter()
                .any(|f| f.display().to_string().contains(expected)),
            "no {expected} file in {files:?}"
        );
    }
    for file in &files {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    for folder in folders_under(&ours) {
        assert_eq!(mode(&folder), 0o700, "{}", folder.display());
    }
}

#[tokio::test]
async fn a_symbolic_link_at_a_backup_or_report_name_is_never_written_through() {
    let demo = demo(&[]).await;
    guide_tenant(&demo);
    let home = tempfile::tempdir().unwrap();
    let victim = home.path().join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();

    // A link at every name the backup can take in the next minute.
    let backups = home.path().join("printer-oauth/data/backups");
    std::fs::create_dir_all(&backups).unwrap();
    let now = time::OffsetDateTime::now_utc();
    let mut links = Vec::new();
    for second in -2..60 {
        let link = backups.join(backup::file_name(
            &demo.ready().printer,
            Target::Email,
            now + time::Duration::seconds(second),
        ));
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        links.push(link);
    }
    let password = format!("{}\n", demo.ready().printer_password);
    let setup = run_in(home.path(), printer_args(&demo, "setup", &[]), &password).await;
    assert_ok(&setup);
    let backup = setup
        .events
        .iter()
        .find(|e| e["event"] == "backup")
        .and_then(|e| e["file"].as_str())
        .map(PathBuf::from)
        .expect("a backup event");
    assert!(
        links.contains(&backup),
        "the backup {} was not at a linked name",
        backup.display()
    );
    assert!(!std::fs::symlink_metadata(&backup).unwrap().is_symlink());
    assert_eq!(mode(&backup), 0o600);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");

    // A report whose name is taken by a link goes to the next free name.
    let reports = home.path().join("reports");
    std::fs::create_dir_all(&reports).unwrap();
    let mut report = Report::new(Service::ExchangeOnline, Cloud::Global, vec![Page::Welcome]);
    report.generated_at = time::macros::datetime!(2026-03-14 09:41:07 UTC);
    let link = reports.join("printer-oauth-report-20260314T094107Z.md");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let saved = report.save(&reports, Lang::En).unwrap();
    assert_ne!(saved, link);
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert_eq!(mode(&saved), 0o600);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
}
