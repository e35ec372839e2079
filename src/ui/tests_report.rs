//! The help-desk report from the Finish page: saved in the reports folder given, said where in
//! the language of the moment, and its folder offered to the file manager.

use super::app::{Message, Options, Wizard};
use super::pages::Action;
use super::pages::finish::{self, Exported, Finish};
use i18n_embed_fl::fl;
use iced_test::selector::Candidate;
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::wizard::Page;
use std::path::PathBuf;

/// The wizard on the Finish page, its folders in `dir`, reports in `dir/Documents`.
fn on_finish(dir: &std::path::Path) -> Wizard {
    let (mut wizard, _) = Wizard::new(Options {
        lang: Lang::En,
        demo: None,
        data_dir: Some(dir.join("data")),
        config_dir: Some(dir.join("config")),
        reports_dir: Some(dir.join("Documents")),
        ..Options::default()
    });
    let _ = wizard.update(Message::Finish(finish::Message::GoTo(Page::Finish)));
    wizard
}

fn simulate(wizard: &Wizard) -> iced_test::Simulator<'_, Message> {
    super::snapshots::simulator(wizard.view(), super::WINDOW_SIZE)
}

/// Scrolls the page to its end.
fn scroll_down(ui: &mut iced_test::Simulator<'_, Message>) {
    ui.point_at((600.0, 300.0));
    let wheel = iced::mouse::Event::WheelScrolled {
        delta: iced::mouse::ScrollDelta::Lines { x: 0.0, y: -200.0 },
    };
    ui.simulate([iced::Event::Mouse(wheel)]);
}

/// Clicks `label` at the end of the page and runs what the click sent.
fn click(wizard: &mut Wizard, label: &str) -> Vec<Message> {
    let messages: Vec<Message> = {
        let mut ui = simulate(wizard);
        scroll_down(&mut ui);
        ui.click(label)
            .unwrap_or_else(|e| panic!("{label:?} on the Finish page: {e}"));
        ui.into_messages().collect()
    };
    for message in messages.clone() {
        let _ = wizard.update(message);
    }
    messages
}

/// The report files in `folder`, sorted.
fn files(folder: &std::path::Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

#[test]
fn the_report_is_saved_in_the_reports_folder_and_said_in_the_language_of_the_moment() {
    let dir = tempfile::tempdir().unwrap();
    let mut wizard = on_finish(dir.path());
    // A code looked up in the decoder is a look-up in the report, not an error met.
    let _ = wizard.update(Message::Finish(finish::Message::Code("370".into())));
    let _ = wizard.update(Message::Finish(finish::Message::Decode));
    let export = Lang::En.text("ui-finish-export");
    click(&mut wizard, &export);

    let folder = dir.path().join("Documents");
    let saved = files(&folder);
    assert_eq!(saved.len(), 2, "a Markdown and a JSON file: {saved:?}");
    assert!(
        !dir.path().join("data").join("reports").exists(),
        "nothing in the data folder when a reports folder is there"
    );
    let md_path = saved
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .unwrap()
        .clone();
    let md = std::fs::read_to_string(&md_path).unwrap();
    let errors_at = md.find(&Lang::En.text("report-errors")).unwrap();
    let lookups_at = md.find(&Lang::En.text("report-lookups")).unwrap();
    let code_at = md.find("### 370 — ").unwrap();
    assert!(code_at > lookups_at && lookups_at > errors_at, "{md}");
    assert!(md.contains(&Lang::En.text("report-no-errors")), "{md}");

    // The line is made when the page is drawn: switching the language says it again.
    for lang in [Lang::En, Lang::Hr, Lang::En] {
        let _ = wizard.update(Message::Language(lang));
        let said = fl!(
            lang.loader(),
            "ui-finish-exported",
            file = md_path.display().to_string()
        );
        let mut ui = simulate(&wizard);
        scroll_down(&mut ui);
        ui.find(said.as_str())
            .unwrap_or_else(|e| panic!("{said:?}: {e}"));
        ui.find(lang.text("ui-finish-open-folder").as_str())
            .unwrap();
    }

    // A second export is a second pair of files: the first is kept as it was.
    click(&mut wizard, &export);
    let again = files(&folder);
    assert_eq!(again.len(), 4, "{again:?}");
    assert_eq!(std::fs::read_to_string(&md_path).unwrap(), md);

    // Open folder asks for the folder the report is in.
    let messages = click(&mut wizard, &Lang::En.text("ui-finish-open-folder"));
    assert!(
        messages
            .iter()
            .any(|m| matches!(m, Message::Finish(finish::Message::OpenFolder))),
        "the button sends OpenFolder"
    );
}

#[test]
fn open_folder_opens_the_folder_of_the_saved_report() {
    let folder = PathBuf::from("/home/ana/Documents");
    let mut page = Finish::default();
    page.exported = Some(Exported::Saved(folder.join("printer-oauth-report-x.md")));
    match page.update(finish::Message::OpenFolder, Lang::En) {
        Action::OpenFolder(opened) => assert_eq!(opened, folder),
        _ => panic!("OpenFolder expected"),
    }
    // Nothing saved: nothing to open.
    page.exported = Some(Exported::Failed("disk full".into()));
    assert!(matches!(
        page.update(finish::Message::OpenFolder, Lang::En),
        Action::None
    ));
}

#[test]
fn a_failed_export_says_why_in_the_language_of_the_moment() {
    let dir = tempfile::tempdir().unwrap();
    // The reports folder cannot be made: a file stands where it would be.
    std::fs::write(dir.path().join("Documents"), "not a folder").unwrap();
    let mut wizard = on_finish(dir.path());
    click(&mut wizard, &Lang::En.text("ui-finish-export"));
    for lang in Lang::ALL {
        let _ = wizard.update(Message::Language(lang));
        let prefix = lang.text_with("ui-finish-export-failed", &[("error", String::new())]);
        let prefix_len = prefix.len();
        let mut ui = simulate(&wizard);
        scroll_down(&mut ui);
        let said = ui
            .find(move |candidate: Candidate<'_>| match candidate {
                Candidate::Text { content, .. } if content.starts_with(&prefix) => {
                    Some(content.to_string())
                }
                _ => None,
            })
            .unwrap_or_else(|e| panic!("{lang:?}: {e}"));
        assert!(said.len() > prefix_len, "with the reason: {said}");
    }
}
