//! Page 6: the outcome. The settings were sent, read back and compared (the safety net's
//! result is on the sign-in page's record); here the printer's Email Server > Basic is shown
//! as the guide shows it, read back from the printer, and its job history is checked for
//! 360, 361 and 370.

use super::Action;
use super::printer::Session;
use crate::diagnose::{self, Diagnosis};
use crate::i18n::Lang;
use crate::printer::adapter::{PrinterAdapter, SignInState, Target};
use crate::printer::settings::{Field, Values};
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::widget::{button, column, container, row, text};
use iced::{Element, Length, Task};
use std::sync::Arc;

/// What the printer says after the setup.
#[derive(Debug, Clone)]
pub struct Readback {
    values: Values,
    account: Option<String>,
    /// Job-history rows with an error code, decoded.
    failed_jobs: Vec<(String, Diagnosis)>,
}

/// The page's state.
#[derive(Debug, Default)]
pub struct ApplyVerify {
    readback: Option<Readback>,
    /// The read-back under way, which the admin can cancel.
    loading: Option<iced::task::Handle>,
    problem: Option<Box<Diagnosis>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Load,
    Loaded(Result<Readback, Box<Diagnosis>>),
    Cancel,
}

impl ApplyVerify {
    /// Reads the printer's settings, sign-in state and job history.
    pub fn load(&mut self, session: Arc<Session>, lang: Lang) -> Action<Message> {
        let task = Task::future(async move {
            let mut connected = session.connected.lock().await;
            let adapter = &mut connected.adapter;
            let fail = |e: crate::printer::error::PrinterError| Box::new(e.diagnose(lang));
            let raw = adapter.read(Target::Email).await.map_err(fail)?;
            let values = adapter.to_values(Target::Email, &raw);
            let account = match adapter.sign_in_state(Target::Email).await.map_err(fail)? {
                SignInState::SignedIn { account } => account,
                _ => None,
            };
            let failed_jobs = adapter
                .jobs()
                .await
                .map_err(fail)?
                .into_iter()
                .filter_map(|job| {
                    let code = job.code?;
                    let d = diagnose::explain(&code, lang);
                    Some((format!("{} {} {}", job.id, job.time, job.kind), d))
                })
                .collect();
            Ok(Readback {
                values,
                account,
                failed_jobs,
            })
        });
        let (task, handle) = task.map(Message::Loaded).abortable();
        if let Some(earlier) = self.loading.replace(handle) {
            earlier.abort();
        }
        Action::Run(task)
    }

    /// The settings read back, for the help-desk report.
    pub fn settings(&self) -> Option<Values> {
        self.readback.as_ref().map(|r| r.values.clone())
    }

    /// The read-back's problem and the job history's decoded errors.
    pub fn diagnoses(&self) -> Vec<Diagnosis> {
        let jobs = self
            .readback
            .iter()
            .flat_map(|r| r.failed_jobs.iter().map(|(_, d)| d.clone()));
        self.problem
            .iter()
            .map(|d| (**d).clone())
            .chain(jobs)
            .collect()
    }

    pub fn update(&mut self, message: Message) -> Action<Message> {
        match message {
            // Loading needs the session: the wizard calls `load`.
            Message::Load => {}
            Message::Loaded(result) => {
                self.loading = None;
                match result {
                    Ok(r) => {
                        self.readback = Some(r);
                        self.problem = None;
                    }
                    Err(d) => self.problem = Some(d),
                }
            }
            // Dropping the read-back's future releases the printer's session; reading
            // changes nothing on the printer, so nothing is left half-done.
            Message::Cancel => {
                if let Some(handle) = self.loading.take() {
                    handle.abort();
                }
            }
        }
        Action::None
    }

    pub fn view(&self, lang: Lang) -> Element<'_, Message> {
        let l = lang.loader();
        let mut page = column![
            widgets::title(fl!(l, "ui-apply-title")),
            widgets::paragraph(fl!(l, "ui-apply-intro")),
        ]
        .spacing(14);
        if self.loading.is_some() {
            page = page.push(widgets::under_way(
                fl!(l, "ui-apply-reading"),
                Message::Cancel,
                lang,
            ));
        }
        if let Some(r) = &self.readback {
            page = page.push(block(r, lang));
            page = if r.failed_jobs.is_empty() {
                page.push(widgets::success(fl!(l, "ui-apply-jobs-clean")))
            } else {
                r.failed_jobs.iter().fold(
                    page.push(widgets::heading(fl!(l, "ui-apply-jobs-failed"))),
                    |p, (job, d)| {
                        p.push(text(job.clone()).size(14))
                            .push(widgets::diagnosis(d, lang))
                    },
                )
            };
        }
        if let Some(d) = &self.problem {
            page = page.push(widgets::diagnosis(d, lang));
        }
        page.push(
            button(text(fl!(l, "ui-apply-read-again")))
                .on_press_maybe(self.loading.is_none().then_some(Message::Load))
                .style(button::secondary),
        )
        .into()
    }
}

/// The settings as the guide's Email Server > Basic block shows them.
fn block<'a>(r: &Readback, lang: Lang) -> Element<'a, Message> {
    let l = lang.loader();
    // Choices as Web Config labels them (OAuth2, STARTTLS...), texts as they are.
    let value = |f: Field| match r.values.get(&f) {
        Some(v) if f.choices().contains(&v.as_str()) => lang.text(&format!("choice-{v}")),
        Some(v) => v.clone(),
        None => String::new(),
    };
    let status = match &r.account {
        Some(account) => format!("{} ({account})", fl!(l, "ui-apply-signed-in")),
        None => fl!(l, "ui-apply-not-signed-in"),
    };
    let rows = [
        (Field::AuthMethod.label(lang), value(Field::AuthMethod)),
        (Field::Service.label(lang), value(Field::Service)),
        (fl!(l, "ui-apply-current-status"), status),
        (Field::Account.label(lang), value(Field::Account)),
        (Field::Sender.label(lang), value(Field::Sender)),
        (Field::SmtpServer.label(lang), value(Field::SmtpServer)),
        (Field::SmtpPort.label(lang), value(Field::SmtpPort)),
        (Field::Secure.label(lang), value(Field::Secure)),
        (
            Field::CertValidation.label(lang),
            value(Field::CertValidation),
        ),
    ];
    let lines = rows.into_iter().fold(
        column![widgets::heading(fl!(l, "ui-apply-block"))].spacing(6),
        |c, (label, value)| {
            c.push(row![text(format!("{label} :")).width(260), text(value)].spacing(12))
        },
    );
    container(lines)
        .padding(14)
        .width(Length::Fill)
        .style(container::rounded_box)
        .into()
}
