//! Small building blocks shared by the pages.

use i18n_embed_fl::fl;
use iced::widget::{button, column, container, row, space, text, text_input};
use iced::{Element, Length};
use printer_oauth_core::diagnose::Diagnosis;
use printer_oauth_core::i18n::Lang;

/// A page title.
pub fn title<'a, M: 'a>(content: String) -> Element<'a, M> {
    text(content).size(28).into()
}

/// A section heading.
pub fn heading<'a, M: 'a>(content: String) -> Element<'a, M> {
    text(content).size(20).into()
}

/// A paragraph of body text.
pub fn paragraph<'a, M: 'a>(content: String) -> Element<'a, M> {
    text(content).size(16).width(Length::Fill).into()
}

/// A line of a list, with a bullet.
pub fn bullet<'a, M: 'a>(content: String) -> Element<'a, M> {
    row![
        text("•").size(16),
        text(content).size(16).width(Length::Fill)
    ]
    .spacing(8)
    .into()
}

/// Hrvatski and English, the current one highlighted; each press switches the whole wizard.
pub fn language_switch<'a, M: Clone + 'a>(
    current: Lang,
    on_pick: fn(Lang) -> M,
    size: u32,
) -> Element<'a, M> {
    let choice = |name: &'static str, lang: Lang| {
        let style = if lang == current {
            button::primary
        } else {
            button::secondary
        };
        button(text(name).size(size))
            .on_press(on_pick(lang))
            .style(style)
    };
    row![choice("Hrvatski", Lang::Hr), choice("English", Lang::En)]
        .spacing(8)
        .into()
}

/// A labelled text field.
pub fn field<'a, M: Clone + 'a>(
    label: String,
    value: &str,
    on_input: impl Fn(String) -> M + 'a,
) -> Element<'a, M> {
    column![
        text(label).size(15),
        text_input("", value).on_input(on_input).padding(8)
    ]
    .spacing(4)
    .into()
}

/// The secondary button that cancels something.
pub fn cancel<'a, M: Clone + 'a>(message: M, lang: Lang) -> Element<'a, M> {
    button(text(fl!(lang.loader(), "ui-cancel")))
        .on_press(message)
        .style(button::secondary)
        .into()
}

/// A long action under way, and the button that cancels it.
pub fn under_way<'a, M: Clone + 'a>(what: String, cancel_message: M, lang: Lang) -> Element<'a, M> {
    row![text(what), cancel(cancel_message, lang)]
        .spacing(12)
        .align_y(iced::Center)
        .into()
}

/// A block of code (PowerShell) with a Copy button.
pub fn code_block<'a, M: Clone + 'a>(code: String, copy: M, lang: Lang) -> Element<'a, M> {
    container(
        column![
            text(code).font(crate::ui::MONO).size(14),
            row![
                space::horizontal(),
                button(text(fl!(lang.loader(), "ui-copy")))
                    .on_press(copy)
                    .style(button::secondary),
            ],
        ]
        .spacing(8),
    )
    .padding(12)
    .width(Length::Fill)
    .style(container::rounded_box)
    .into()
}

/// A diagnosis as a card: the code people know (never one of the product's own ids) and
/// title, cause, fix, what was seen. A cancel by the admin is a neutral note instead.
pub fn diagnosis<'a, M: 'a>(d: &Diagnosis, lang: Lang) -> Element<'a, M> {
    // In the language shown now, whichever it was made in.
    let d = &d.in_lang(lang);
    if d.is_cancel() {
        return cancelled(d, d.cause.clone(), lang);
    }
    let loader = lang.loader();
    let lines = column![
        text(d.heading()).size(18),
        text(format!("{}: {}", fl!(loader, "label-cause"), d.cause)).size(15),
        text(format!("{}: {}", fl!(loader, "label-fix"), d.fix)).size(15),
        detail(d, lang),
        for_the_help_desk(d, lang),
    ]
    .spacing(6);
    container(lines)
        .padding(14)
        .width(Length::Fill)
        .style(container::danger)
        .into()
}

/// A cancel by the admin, as a neutral note (no red, no code): what was cancelled, what it
/// left as it was (`unchanged`), and what was seen.
pub fn cancelled<'a, M: 'a>(d: &Diagnosis, unchanged: String, lang: Lang) -> Element<'a, M> {
    let d = &d.in_lang(lang);
    container(
        column![
            text(d.title.clone()).size(18),
            text(unchanged).size(15),
            detail(d, lang),
        ]
        .spacing(6),
    )
    .padding(14)
    .width(Length::Fill)
    .style(container::rounded_box)
    .into()
}

/// A printer setup the admin cancelled: nothing was changed on the printer, or, when the
/// detail says its earlier sign-in was replaced or the new one could not be undone, at least
/// its email settings were not.
pub fn setup_cancelled<'a, M: 'a>(d: &Diagnosis, lang: Lang) -> Element<'a, M> {
    let unchanged = match d.detail {
        None => fl!(lang.loader(), "ui-cancelled-printer-unchanged"),
        Some(_) => fl!(lang.loader(), "ui-cancelled-settings-unchanged"),
    };
    cancelled(d, unchanged, lang)
}

/// The original text behind a diagnosis, when there is one.
fn detail<'a, M: 'a>(d: &Diagnosis, lang: Lang) -> Option<Element<'a, M>> {
    d.detail.as_ref().map(|detail| {
        text(format!("{}: {detail}", fl!(lang.loader(), "label-detail")))
            .size(13)
            .font(crate::ui::MONO)
            .into()
    })
}

/// What the help desk looks a failure up by, when the pasted line or the answer had it:
/// Microsoft's trace and correlation ids, the timestamp, and the other codes seen with it.
fn for_the_help_desk<'a, M: 'a>(d: &Diagnosis, lang: Lang) -> Option<Element<'a, M>> {
    let context = (!d.context.is_empty()).then(|| d.context.join(", "));
    let lines: Vec<Element<'a, M>> = [
        ("label-trace-id", &d.trace_id),
        ("label-correlation-id", &d.correlation_id),
        ("label-timestamp", &d.timestamp),
        ("label-context", &context),
    ]
    .into_iter()
    .filter_map(|(label, value)| {
        let line = format!("{}: {}", lang.text(label), value.as_ref()?);
        Some(text(line).size(13).font(crate::ui::MONO).into())
    })
    .collect();
    (!lines.is_empty()).then(|| column(lines).spacing(2).into())
}

/// A sign-in code relayed: where to enter it, the code large, Copy and Open.
///
/// `open` is Open's message, or, for an address that is not one of the cloud's Microsoft
/// sign-in pages, the Fluent id of the warning shown instead: the address is then plain text
/// in the warning, and there is no Open.
pub fn sign_in_code<'a, M: Clone + 'a>(
    code: &str,
    uri: &str,
    copy: M,
    open: Result<M, &'static str>,
    lang: Lang,
) -> Element<'a, M> {
    let l = lang.loader();
    let copy = button(text(fl!(l, "ui-copy"))).on_press(copy);
    match open {
        Ok(open) => column![
            text(fl!(l, "ui-signin-enter-code", uri = uri.to_string())).size(16),
            text(code.to_string()).size(44),
            row![copy, button(text(fl!(l, "ui-open-signin"))).on_press(open)].spacing(8),
        ],
        Err(warning) => column![
            container(text(lang.text_with(warning, &[("uri", uri.to_string())])).size(15))
                .padding(12)
                .width(Length::Fill)
                .style(container::warning),
            text(code.to_string()).size(44),
            copy,
        ],
    }
    .spacing(10)
    .into()
}

/// The time left before a sign-in code expires.
pub fn countdown<'a, M: 'a>(seconds: u64, lang: Lang) -> Element<'a, M> {
    text(fl!(
        lang.loader(),
        "ui-signin-countdown",
        minutes = (seconds / 60).to_string(),
        seconds = format!("{:02}", seconds % 60)
    ))
    .into()
}

/// A success note.
pub fn success<'a, M: 'a>(content: String) -> Element<'a, M> {
    container(text(content).size(16))
        .padding(14)
        .width(Length::Fill)
        .style(container::success)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use printer_oauth_core::diagnose::{self, explain};
    use printer_oauth_core::printer::error::PrinterError;

    fn simulate<'a>(element: Element<'a, ()>) -> iced_test::Simulator<'a, ()> {
        crate::ui::snapshots::simulator(element, crate::ui::MIN_SIZE)
    }

    /// The share of red pixels (the danger colour) in a card drawn with the light theme.
    fn red(element: Element<'_, ()>) -> f64 {
        let snapshot = simulate(element).snapshot(&iced::Theme::Light).unwrap();
        super::super::snapshots::share(&snapshot, |p| {
            p[0] as i32 > p[1] as i32 + 80 && p[0] as i32 > p[2] as i32 + 80
        })
    }

    #[test]
    fn the_ids_a_help_desk_looks_up_are_on_the_card() {
        let pasted = "AADSTS53003: Access has been blocked by Conditional Access policies.\n\
                      Trace ID: 0d6a7c1e-1111-4b2a-9c3d-5e6f7a8b9c0d\n\
                      Correlation ID: 5e6f7a8b-2222-4c3d-8e9f-0a1b2c3d4e5f\n\
                      Timestamp: 2026-12-01 08:15:02Z invalid_grant";
        for lang in Lang::ALL {
            let d = explain(pasted, lang);
            let mut ui = simulate(diagnosis(&d, lang));
            for (label, value) in [
                ("label-trace-id", "0d6a7c1e-1111-4b2a-9c3d-5e6f7a8b9c0d"),
                (
                    "label-correlation-id",
                    "5e6f7a8b-2222-4c3d-8e9f-0a1b2c3d4e5f",
                ),
                ("label-timestamp", "2026-12-01 08:15:02Z"),
                ("label-context", "invalid_grant"),
            ] {
                let line = format!("{}: {value}", lang.text(label));
                assert!(ui.find(line.as_str()).is_ok(), "{lang:?}: {line}");
            }
        }
    }

    #[test]
    fn a_diagnosis_shows_the_real_code_but_never_an_internal_id() {
        let own = PrinterError::BadPassword.diagnose(Lang::En);
        assert_eq!(own.code, "printer-bad-password");
        let mut ui = simulate(diagnosis(&own, Lang::En));
        assert!(ui.find(own.title.as_str()).is_ok());
        assert!(ui.find(format!("{} — {}", own.code, own.title)).is_err());
        for (input, code) in [
            ("AADSTS70019", "AADSTS70019"),
            (
                "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
                "550 5.7.60",
            ),
            ("360", "360"),
            // The code as it was pasted (issue 12): the OAuth name, not its AADSTS number.
            ("authorization_pending", "authorization_pending"),
        ] {
            let d = explain(input, Lang::En);
            let mut ui = simulate(diagnosis(&d, Lang::En));
            assert!(
                ui.find(format!("{code} — {}", d.title)).is_ok(),
                "{input}: {code} — {}",
                d.title
            );
        }
        // The printer's sign-in that failed for want of a network is the job code 360.
        let network = PrinterError::SignInFailed("NETWORK".into()).diagnose(Lang::Hr);
        assert_eq!(network.shown_code(), Some("360"));
    }

    #[test]
    fn a_cancel_is_a_neutral_note_with_what_it_left_unchanged() {
        let failure = PrinterError::BadPassword.diagnose(Lang::En);
        assert!(red(diagnosis(&failure, Lang::En)) > 0.01);
        let cancel = diagnose::internal("cancelled").diagnose(Lang::En);
        assert_eq!(red(diagnosis(&cancel, Lang::En)), 0.0);
        assert_eq!(red(setup_cancelled(&cancel, Lang::En)), 0.0);
        let mut ui = simulate(setup_cancelled(&cancel, Lang::En));
        assert!(ui.find("Cancelled").is_ok());
        assert!(ui.find("Nothing was changed on the printer.").is_ok());
        assert!(ui.find(format!("Cause: {}", cancel.cause)).is_err());
        // The printer's earlier sign-in was replaced: only its settings are as they were.
        let replaced = cancel
            .clone()
            .with_detail("The printer's earlier sign-in was replaced");
        let mut ui = simulate(setup_cancelled(&replaced, Lang::Hr));
        assert!(
            ui.find("Postavke e-pošte na pisaču nisu promijenjene.")
                .is_ok()
        );
        // Cancel on Microsoft's page is a cancel too, not a "declined" failure.
        let declined = explain("authorization_declined", Lang::En);
        assert!(declined.is_cancel());
        assert_eq!(red(diagnosis(&declined, Lang::En)), 0.0);
        for lang in Lang::ALL {
            let d = declined.in_lang(lang);
            assert!(
                !format!("{} {}", d.title, d.cause).contains("declin"),
                "{d:?}"
            );
            assert!(!d.title.to_lowercase().contains("odbijen"), "{d:?}");
        }
    }

    #[test]
    fn what_the_admin_typed_is_never_labelled_a_reply() {
        let typed = "my printer says E-93 something";
        let d = explain(typed, Lang::En);
        let mut ui = simulate(diagnosis(&d, Lang::En));
        assert!(ui.find(format!("Details: {typed}")).is_ok());
        assert!(ui.find(format!("Reply: {typed}")).is_err());
    }
}
