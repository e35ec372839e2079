//! Page 8: finish and troubleshoot. How to check the status on the printer, an error decoder
//! (a code or a pasted message), the guide's symptoms each with its fix and the page that
//! applies it, the help-desk report (where it was saved, and the folder opened on request),
//! and "Set up another printer".

use super::Action;
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::Element;
use iced::widget::{button, checkbox, column, row, text, text_input};
use printer_oauth_core::diagnose::{self, CATALOG, Diagnosis};
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::wizard::Page;
use std::path::PathBuf;

/// The decoder's input and answer, and the last report exported.
#[derive(Debug, Default)]
pub struct Finish {
    code: String,
    decoded: Option<Box<Diagnosis>>,
    /// What the last export did; shown in the language of the moment.
    pub exported: Option<Exported>,
    browsing: bool,
}

/// What exporting the help-desk report did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exported {
    /// The report's Markdown file (its JSON twin lies beside it).
    Saved(PathBuf),
    /// The system names neither a Documents folder nor a data folder for the user.
    NoFolder,
    /// Writing failed; the system's own words.
    Failed(String),
}

#[derive(Debug, Clone)]
pub enum Message {
    Code(String),
    Decode,
    GoTo(Page),
    AnotherPrinter,
    Export,
    /// Show the folder the report was saved in.
    OpenFolder,
    Browse(bool),
    /// Show the catalog entry at this index.
    Show(usize),
}

/// The guide's symptoms (section 7) and the catalog entry that explains each.
const SYMPTOMS: [(&str, &str); 3] = [
    ("ui-finish-cannot-sign-in", "AADSTS53003"),
    (
        "ui-finish-cannot-send",
        "You must sign in to your email service",
    ),
    (
        "ui-finish-expired",
        "Authentication has expired. Sign in again.",
    ),
];

impl Finish {
    /// The decoded error, for the help-desk report's look-ups (not an error met).
    pub fn lookups(&self) -> Vec<Diagnosis> {
        self.decoded.iter().map(|d| (**d).clone()).collect()
    }

    pub fn update(&mut self, message: Message, lang: Lang) -> Action<Message> {
        match message {
            Message::Code(code) => self.code = code,
            Message::Decode => {
                let code = self.code.trim();
                self.decoded = (!code.is_empty()).then(|| Box::new(diagnose::explain(code, lang)));
            }
            Message::GoTo(step) => return Action::GoTo(step),
            Message::AnotherPrinter => return Action::AnotherPrinter,
            Message::Export => return Action::ExportReport,
            Message::OpenFolder => {
                if let Some(Exported::Saved(file)) = &self.exported
                    && let Some(folder) = file.parent()
                {
                    return Action::OpenFolder(folder.to_path_buf());
                }
            }
            Message::Browse(on) => self.browsing = on,
            Message::Show(i) => {
                self.decoded = CATALOG.get(i).map(|e| Box::new(e.diagnose(lang)));
            }
        }
        Action::None
    }

    pub fn view(&self, lang: Lang) -> Element<'_, Message> {
        let l = lang.loader();
        let mut page = column![
            widgets::title(fl!(l, "ui-finish-title")),
            widgets::heading(fl!(l, "ui-finish-check")),
            widgets::bullet(fl!(l, "ui-finish-check-panel")),
            widgets::bullet(fl!(l, "ui-finish-check-sheet")),
            widgets::heading(fl!(l, "ui-finish-decoder")),
            text_input(&fl!(l, "ui-finish-decoder-hint"), &self.code)
                .on_input(Message::Code)
                .on_submit(Message::Decode)
                .padding(8),
            button(text(fl!(l, "ui-finish-decode"))).on_press(Message::Decode),
        ]
        .spacing(12);
        if let Some(d) = &self.decoded {
            page = page
                .push(widgets::diagnosis(d, lang))
                .push(go_to(d.step, lang));
        }
        page = page.push(
            checkbox(self.browsing)
                .label(fl!(l, "ui-finish-browse"))
                .on_toggle(Message::Browse),
        );
        if self.browsing {
            page = CATALOG.iter().enumerate().fold(page, |p, (i, entry)| {
                let title = lang.text(&format!("diag-{}-title", entry.id));
                let line = match entry.has_known_code() {
                    true => format!("{} — {title}", entry.code),
                    false => title,
                };
                p.push(
                    button(text(line).size(14))
                        .on_press(Message::Show(i))
                        .style(button::text),
                )
            });
        }
        page = page.push(widgets::heading(fl!(l, "ui-finish-symptoms")));
        for (symptom, sample) in SYMPTOMS {
            let d = diagnose::explain(sample, lang);
            page = page
                .push(text(lang.text(symptom)).size(17))
                .push(widgets::paragraph(format!("{} {}", d.cause, d.fix)))
                .push(go_to(d.step, lang));
        }
        page = page.push(button(text(fl!(l, "ui-finish-export"))).on_press(Message::Export));
        if let Some(exported) = &self.exported {
            page = page.push(exported_view(exported, lang));
        }
        page.push(
            button(text(fl!(l, "ui-finish-another")))
                .on_press(Message::AnotherPrinter)
                .style(button::secondary),
        )
        .into()
    }
}

/// Where the report was saved, with a button to its folder, or why it was not.
fn exported_view<'a>(exported: &Exported, lang: Lang) -> Element<'a, Message> {
    let l = lang.loader();
    match exported {
        Exported::Saved(file) => row![
            text(fl!(
                l,
                "ui-finish-exported",
                file = file.display().to_string()
            ))
            .size(14),
            button(text(fl!(l, "ui-finish-open-folder")))
                .on_press(Message::OpenFolder)
                .style(button::secondary),
        ]
        .spacing(12)
        .align_y(iced::Alignment::Center)
        .into(),
        Exported::NoFolder => text(fl!(
            l,
            "ui-finish-export-failed",
            error = lang.text("detail-no-data-dir")
        ))
        .size(14)
        .into(),
        Exported::Failed(error) => text(fl!(l, "ui-finish-export-failed", error = error.clone()))
            .size(14)
            .into(),
    }
}

/// A button to the wizard page that applies a fix.
fn go_to<'a>(step: Page, lang: Lang) -> Element<'a, Message> {
    let page = step.name(lang);
    button(text(fl!(lang.loader(), "ui-finish-go-to", page = page)))
        .on_press(Message::GoTo(step))
        .style(button::secondary)
        .into()
}
