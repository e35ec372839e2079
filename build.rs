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
    // A commit named from outside (a release build's full hash) is shortened like git's.
    let commit = std::env::var("PRINTER_OAUTH_COMMIT")
        .ok()
        .filter(|c| !c.is_empty())
        .map(|c| c.chars().take(12).collect())
        .or_else(git_commit)
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=PRINTER_OAUTH_COMMIT={commit}");

    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        println!("cargo:rerun-if-changed=packaging/windows/printer-oauth.rc");
        println!("cargo:rerun-if-changed=packaging/windows/printer-oauth.ico");
        // The version numbers, in a header the .rc includes (embed-resource puts OUT_DIR on
        // the include path): windres and rc.exe read it alike, with no quoting on a command line.
        let version =
            |part: &str| std::env::var(format!("CARGO_PKG_VERSION_{part}")).unwrap_or_default();
        let header = format!(
            "#define PO_VERSION_MAJOR {}\n#define PO_VERSION_MINOR {}\n\
             #define PO_VERSION_PATCH {}\n#define PO_VERSION_STRING \"{}\"\n",
            version("MAJOR"),
            version("MINOR"),
            version("PATCH"),
            std::env::var("CARGO_PKG_VERSION").unwrap_or_default(),
        );
        let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
        std::fs::write(out.join("printer-oauth-version.h"), header).expect("OUT_DIR is writable");
        embed_resource::compile("packaging/windows/printer-oauth.rc", embed_resource::NONE)
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
