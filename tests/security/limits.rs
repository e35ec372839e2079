//! Section 5: limits on everything read. A certificate file or a profile is read up to 1 MiB
//! and only when it is a file (`/dev/zero` once read until memory ran out); a printer's answer
//! up to 4 MiB. Past a limit the run ends at once with a diagnosis, never out of memory.

use super::common::printer::run_printer;
use super::common::{self, Options, Run, preflight_args, run};
use printer_oauth_core::i18n::Lang;
use printer_oauth_sim::Fault;
use std::time::{Duration, Instant};

/// The shipped profile.
const SHIPPED: &str = include_str!("../../assets/printers/epson-webconfig.toml");

/// Asserts a quick refusal with the file-too-large diagnosis naming `file`; returns its detail.
fn refused_fast(run: &Run, took: Duration, file: &str) -> String {
    let d = run.diagnosis();
    assert_eq!(
        (d["id"].as_str(), run.code),
        (Some("local-file-too-large"), 2),
        "{}",
        run.stderr
    );
    assert!(took < Duration::from_secs(20), "took {took:?}");
    let detail = d["detail"].as_str().unwrap().to_string();
    assert!(detail.contains(file), "{detail}");
    detail
}

#[tokio::test]
async fn a_device_given_as_profile_or_ca_file_is_refused_at_once() {
    let demo = common::demo(&[]).await;
    for flag in ["--profile", "--ca-file"] {
        let started = Instant::now();
        let out = run_printer(&demo, "status", &[flag, "/dev/zero"], Lang::En).await;
        let detail = refused_fast(&out, started.elapsed(), "/dev/zero");
        assert!(detail.contains("not a regular file"), "{flag}: {detail}");
    }
    let started = Instant::now();
    let out = run(
        &preflight_args(&demo, &["--ca-file", "/dev/zero"]),
        Options::default(),
    )
    .await;
    refused_fast(&out, started.elapsed(), "/dev/zero");
    assert!(!out.kinds().contains(&"code"), "nothing was started");
}

#[tokio::test]
async fn a_profile_or_certificate_over_one_mib_is_refused_with_the_limit_named() {
    let demo = common::demo(&[]).await;
    let dir = tempfile::tempdir().unwrap();
    let padding = format!("# {}\n", "x".repeat(1024)).repeat(2048);
    let big_profile = dir.path().join("big.toml");
    std::fs::write(&big_profile, format!("{SHIPPED}{padding}")).unwrap();
    let big_ca = dir.path().join("big.pem");
    std::fs::write(&big_ca, &padding).unwrap();
    for (flag, path, lang, words) in [
        ("--profile", &big_profile, Lang::En, "larger than 1 MiB"),
        ("--ca-file", &big_ca, Lang::Hr, "veća je od 1 MiB"),
    ] {
        let path = path.to_str().unwrap();
        let started = Instant::now();
        let out = run_printer(&demo, "status", &[flag, path], lang).await;
        let detail = refused_fast(&out, started.elapsed(), path);
        assert!(detail.contains(words), "{detail}");
    }
}

#[tokio::test]
async fn a_printer_page_over_four_mib_is_diagnosed_not_read_to_the_end() {
    let demo = common::demo(&[Fault::PrinterHugePage]).await;
    for lang in Lang::ALL {
        let out = run_printer(&demo, "status", &[], lang).await;
        let d = out.diagnosis();
        assert_eq!(
            (d["id"].as_str(), out.code),
            (Some("printer-page-too-large"), 3),
            "{}",
            out.stderr
        );
        let detail = d["detail"].as_str().unwrap();
        assert!(
            detail.contains("/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP") && detail.contains("4 MiB"),
            "{detail}"
        );
    }
}
