//! Issue 13: the packages describe the program they carry. The macOS bundle's Info.plist, the
//! Windows installer's .wxs and the Linux desktop entry and AppStream metainfo agree with
//! Cargo.toml and with what the program does (scripts/platforms builds and installs them).

use printer_oauth_core::printer::discovery::SERVICE_TYPES;
use std::collections::HashMap;

const VERSION: &str = env!("CARGO_PKG_VERSION");
const BIN: &str = "printer-oauth";

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The top-level dictionary of a property list: each key with its value element.
fn plist_dict(doc: &roxmltree::Document<'_>) -> HashMap<String, roxmltree::NodeId> {
    let dict = doc
        .root_element()
        .children()
        .find(|n| n.has_tag_name("dict"))
        .expect("a <dict> in the plist");
    let elements: Vec<_> = dict.children().filter(|n| n.is_element()).collect();
    elements
        .chunks(2)
        .map(|pair| {
            assert!(pair[0].has_tag_name("key"), "{pair:?}");
            (pair[0].text().unwrap_or_default().to_string(), pair[1].id())
        })
        .collect()
}

#[test]
fn the_macos_info_plist_names_the_binary_its_version_and_the_local_network_services() {
    let text = read("packaging/macos/Info.plist");
    let doc = roxmltree::Document::parse_with_options(
        &text,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("Info.plist is well-formed XML");
    let dict = plist_dict(&doc);
    let string = |key: &str| {
        let id = dict.get(key).unwrap_or_else(|| panic!("no {key}"));
        doc.get_node(*id)
            .and_then(|n| n.text())
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(string("CFBundleExecutable"), BIN);
    assert_eq!(string("CFBundleShortVersionString"), VERSION);
    assert_eq!(string("CFBundleVersion"), VERSION);
    assert_eq!(string("CFBundlePackageType"), "APPL");
    assert!(
        std::path::Path::new(&format!(
            "packaging/macos/{}.icns",
            string("CFBundleIconFile")
        ))
        .exists()
    );
    assert!(!string("LSMinimumSystemVersion").is_empty());
    assert!(string("NSLocalNetworkUsageDescription").len() > 20);
    let services: Vec<String> = doc
        .get_node(dict["NSBonjourServices"])
        .expect("NSBonjourServices")
        .children()
        .filter_map(|n| {
            n.text()
                .filter(|t| !t.trim().is_empty())
                .map(str::to_string)
        })
        .collect();
    let browsed: Vec<String> = SERVICE_TYPES
        .iter()
        .map(|s| s.trim_end_matches(".local.").to_string())
        .collect();
    assert_eq!(
        services, browsed,
        "macOS would refuse to browse what discovery asks for"
    );
}

#[test]
fn the_windows_installer_keeps_its_upgrade_code_and_installs_per_machine() {
    let text = read("packaging/windows/printer-oauth.wxs");
    let doc = roxmltree::Document::parse(&text).expect("the .wxs is well-formed XML");
    let product = doc
        .descendants()
        .find(|n| n.has_tag_name("Product"))
        .expect("a Product");
    // Changing it would install a second copy beside the old one instead of replacing it.
    assert_eq!(
        product.attribute("UpgradeCode"),
        Some("B9744CD4-6B8C-4D7B-8F28-A48795C91A58")
    );
    assert_eq!(product.attribute("Version"), Some("$(var.Version)"));
    let package = doc
        .descendants()
        .find(|n| n.has_tag_name("Package"))
        .expect("a Package");
    assert_eq!(package.attribute("InstallScope"), Some("perMachine"));
    assert!(doc.descendants().any(|n| n.has_tag_name("MajorUpgrade")));
    assert!(
        doc.descendants()
            .any(|n| n.attribute("Id") == Some("ProgramFiles64Folder"))
    );
    let shortcut = doc
        .descendants()
        .find(|n| n.has_tag_name("Shortcut"))
        .expect("a Shortcut");
    assert!(shortcut.attribute("Icon").is_some());
    // The Start menu opens the GUI launcher, so no console window opens behind the wizard.
    assert_eq!(
        shortcut.attribute("Target"),
        Some("[INSTALLDIR]printer-oauth-wizard.exe")
    );
    let files: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("File"))
        .filter_map(|n| n.attribute("Name"))
        .collect();
    assert_eq!(
        files,
        [
            "printer-oauth.exe",
            "printer-oauth-wizard.exe",
            "_printer-oauth.ps1"
        ]
    );
}

#[test]
fn the_linux_desktop_entry_and_metainfo_agree() {
    let desktop = read("packaging/linux/io.github.printer_oauth.desktop");
    let field = |key: &str| {
        desktop
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("no {key}="))
            .to_string()
    };
    assert_eq!(field("Exec"), BIN);
    assert_eq!(field("Icon"), BIN);
    assert_eq!(field("StartupWMClass"), printer_oauth::ui::APP_ID);
    let text = read("packaging/linux/io.github.printer_oauth.metainfo.xml");
    let doc = roxmltree::Document::parse(&text).expect("the metainfo is well-formed XML");
    let first = |tag: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name(tag))
            .unwrap_or_else(|| panic!("no <{tag}>"))
    };
    assert_eq!(first("id").text(), Some(printer_oauth::ui::APP_ID));
    assert_eq!(
        first("launchable").text(),
        Some("io.github.printer_oauth.desktop")
    );
    assert_eq!(first("binary").text(), Some(BIN));
    // The newest release named is this version.
    assert_eq!(first("release").attribute("version"), Some(VERSION));
    // Every screenshot is one of the committed ones.
    for image in doc.descendants().filter(|n| n.has_tag_name("image")) {
        let url = image.text().unwrap_or_default();
        let file = url.rsplit('/').next().unwrap_or_default();
        assert!(
            std::path::Path::new("assets/screenshots")
                .join(file)
                .exists(),
            "{url} is not in assets/screenshots"
        );
    }
}
