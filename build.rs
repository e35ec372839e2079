//! Build script: the commit that `--version` names, and on Windows the executable's icon and
//! version information (packaging/windows/printer-oauth.rc, compiled with windres or rc.exe).

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=PRINTER_OAUTH_COMMIT");
    for path in [".git/HEAD", ".git/refs/heads", ".git/packed-refs"] {
        if std::path::Path::new(path).exists() {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    let commit = std::env::var("PRINTER_OAUTH_COMMIT")
        .ok()
        .filter(|c| !c.is_empty())
        .or_else(git_commit)
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=PRINTER_OAUTH_COMMIT={commit}");

    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        println!("cargo:rerun-if-changed=packaging/windows/printer-oauth.rc");
        println!("cargo:rerun-if-changed=packaging/windows/printer-oauth.ico");
        let version =
            |part: &str| std::env::var(format!("CARGO_PKG_VERSION_{part}")).unwrap_or_default();
        let macros = [
            format!("PO_VERSION_MAJOR={}", version("MAJOR")),
            format!("PO_VERSION_MINOR={}", version("MINOR")),
            format!("PO_VERSION_PATCH={}", version("PATCH")),
            format!(
                "PO_VERSION_STRING=\\\"{}\\\"",
                std::env::var("CARGO_PKG_VERSION").unwrap_or_default()
            ),
        ];
        embed_resource::compile("packaging/windows/printer-oauth.rc", &macros)
            .manifest_optional()
            .expect("the Windows resource compiles");
    }
}

/// The short hash of the checked-out commit, when this is a git checkout with git at hand.
fn git_commit() -> Option<String> {
    let out = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()?;
    let hash = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !hash.is_empty()).then_some(hash)
}
