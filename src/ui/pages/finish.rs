//! Page 8: finish and troubleshoot. How to check the status on the printer, an error decoder
//! (a code or a pasted message), the guide's symptoms each with its fix and the page that
//! applies it, and "Set up another printer".

use super::Action;
use crate::diagnose::{self, CATALOG, Diagnosis, Step};
use crate::i18n::Lang;
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::Element;
use iced::widget::{button, checkbox, column, text, text_input};

/// The decoder's input and answer.
#[derive(Debug, Default)]
pub struct Finish {
    code: String,
    decoded: Option<Box<Diagnosis>>,
    /// Where the report went, or why it could not be written.
    pub exported: Option<String>,
    browsing: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Code(String),
    Decode,
    GoTo(Step),
    AnotherPrinter,
    Export,
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
    /// The decoded error, for the help-desk report.
    pub fn diagnoses(&self) -> Vec<Diagnosis> {
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
            // The wizard does these: they concern every page.
            Message::AnotherPrinter | Message::Export => {}
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
                p.push(
                    button(text(format!("{} — {title}", entry.code)).size(14))
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
            page = page.push(text(exported.clone()).size(14));
        }
        page.push(
            button(text(fl!(l, "ui-finish-another")))
                .on_press(Message::AnotherPrinter)
                .style(button::secondary),
        )
        .into()
    }
}

/// A button to the wizard page that applies a fix.
fn go_to<'a>(step: Step, lang: Lang) -> Element<'a, Message> {
    let page = step.name(lang);
    button(text(fl!(lang.loader(), "ui-finish-go-to", page = page)))
        .on_press(Message::GoTo(step))
        .style(button::secondary)
        .into()
}
