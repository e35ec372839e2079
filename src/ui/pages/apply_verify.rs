//! Page 6: the outcome. The settings were sent, read back and compared (the safety net's
//! result is on the sign-in page's record); here the printer's Email Server > Basic is shown
//! as the guide shows it, read back from the printer; its job history is checked for every
//! email error the catalog decodes (360/361/370 codes and SMTP replies such as 5.7.60), those
//! older than the last job that went out shown apart as resolved; and the printer can be
//! asked to run its own connection test, when its profile names one.

use super::Action;
use super::session::Session;
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::widget::{button, column, container, row, text};
use iced::{Element, Length, Task};
use printer_oauth_core::diagnose::Diagnosis;
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::printer::adapter::{
    Job, PrinterAdapter, Raw, SignInState, Target, TestOutcome,
};
use printer_oauth_core::printer::history::{self, FailedJob, Review};
use printer_oauth_core::printer::settings::{Field, Values};
use printer_oauth_core::printer::setup;
use std::sync::Arc;

/// What the printer says after the setup.
#[derive(Debug, Clone)]
pub struct Readback {
    values: Values,
    account: Option<String>,
    /// The job history's failed jobs, decoded: current and resolved.
    jobs: Review,
    /// Whether the printer's profile names a connection test.
    has_test: bool,
    /// The printer holds certificate validation off, read from its own value on the page.
    validation_off: bool,
}

impl Readback {
    /// The settings, the signed-in account and the job history as read, the history decoded.
    pub fn new(
        values: Values,
        account: Option<String>,
        jobs: &[Job],
        has_test: bool,
        lang: Lang,
    ) -> Readback {
        Readback {
            values,
            account,
            jobs: history::review(jobs, lang),
            has_test,
            validation_off: false,
        }
    }

    /// As read from the printer: its own certificate-validation value reads as off (`raw`
    /// is its values as the page holds them), whatever the profile calls it.
    pub fn with_validation(mut self, raw: &Raw) -> Readback {
        self.validation_off = setup::validation_off(raw, &self.values);
        self
    }
}

/// The page's state.
#[derive(Debug, Default)]
pub struct ApplyVerify {
    readback: Option<Readback>,
    /// The read-back under way, which the admin can cancel.
    loading: Option<iced::task::Handle>,
    problem: Option<Box<Diagnosis>>,
    /// The printer's connection test under way, which the admin can cancel.
    testing: Option<iced::task::Handle>,
    /// The last connection test: the printer's message, or what went wrong.
    test: Option<Result<String, Box<Diagnosis>>>,
    /// The errors resolved earlier are shown.
    show_resolved: bool,
}

/// A connection test's outcome: None when the printer has no test; the printer's message of
/// a good connection, or the diagnosis of a failed one.
pub type Tested = Option<Result<String, Box<Diagnosis>>>;

#[derive(Debug, Clone)]
pub enum Message {
    Load,
    Loaded(Result<Readback, Box<Diagnosis>>),
    Cancel,
    /// Run the printer's connection test (the wizard calls `test`).
    Test,
    Tested(Tested),
    CancelTest,
    ToggleResolved,
}

impl ApplyVerify {
    /// Reads the printer's settings, sign-in state and job history.
    pub fn load(&mut self, session: Arc<Session>, lang: Lang) -> Action<Message> {
        let task = Task::future(async move {
            let mut connected = session.connected.lock().await;
            let adapter = &mut connected.adapter;
            let fail =
                |e: printer_oauth_core::printer::error::PrinterError| Box::new(e.diagnose(lang));
            let raw = adapter.read(Target::Email).await.map_err(fail)?;
            let values = adapter.to_values(Target::Email, &raw);
            let account = match adapter.sign_in_state(Target::Email).await.map_err(fail)? {
                SignInState::SignedIn { account } => account,
                _ => None,
            };
            let jobs = adapter.jobs().await.map_err(fail)?;
            let has_test = adapter.has_connection_test();
            Ok(Readback::new(values, account, &jobs, has_test, lang).with_validation(&raw))
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

    /// Asks the printer to run its own connection test; nothing when it has none.
    pub fn test(&mut self, session: Arc<Session>, lang: Lang) -> Action<Message> {
        if !self.can_test() {
            return Action::None;
        }
        let task = Task::future(async move {
            let mut connected = session.connected.lock().await;
            match connected.adapter.connection_test().await {
                Ok(None) => None,
                Ok(Some(TestOutcome::Passed { message })) => Some(Ok(message)),
                Ok(Some(failed)) => failed.diagnosis(lang).map(|d| Err(Box::new(d))),
                Err(e) => Some(Err(Box::new(e.diagnose(lang)))),
            }
        });
        let (task, handle) = task.map(Message::Tested).abortable();
        if let Some(earlier) = self.testing.replace(handle) {
            earlier.abort();
        }
        Action::Run(task)
    }

    /// Whether the printer can run its connection test now.
    pub fn can_test(&self) -> bool {
        self.readback.as_ref().is_some_and(|r| r.has_test) && self.testing.is_none()
    }

    /// The errors that hold now: the read-back's problem, the job history's errors no later
    /// job went out after, a failed connection test.
    pub fn diagnoses(&self) -> Vec<Diagnosis> {
        let jobs = self
            .readback
            .iter()
            .flat_map(|r| r.jobs.current.iter().map(|f| f.diagnosis.clone()));
        let test = self.test.iter().filter_map(|t| t.as_ref().err());
        self.problem
            .iter()
            .chain(test)
            .map(|d| (**d).clone())
            .chain(jobs)
            .collect()
    }

    /// The job history's errors that a later job which went out has resolved.
    pub fn resolved(&self) -> Vec<Diagnosis> {
        self.readback
            .iter()
            .flat_map(|r| r.jobs.resolved.iter().map(|f| f.diagnosis.clone()))
            .collect()
    }

    pub fn update(&mut self, message: Message) -> Action<Message> {
        match message {
            Message::Load => return Action::ReadBack,
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
            Message::Test => return Action::TestConnection,
            Message::Tested(tested) => {
                self.testing = None;
                match tested {
                    Some(outcome) => self.test = Some(outcome),
                    None => {
                        if let Some(r) = &mut self.readback {
                            r.has_test = false;
                        }
                    }
                }
            }
            // The printer finishes a test it started; nothing of it is kept here.
            Message::CancelTest => {
                if let Some(handle) = self.testing.take() {
                    handle.abort();
                }
            }
            Message::ToggleResolved => self.show_resolved = !self.show_resolved,
        }
        Action::None
    }

    /// The page; with `unsent`, the form has changes the printer does not hold yet.
    pub fn view(&self, lang: Lang, unsent: bool) -> Element<'_, Message> {
        let l = lang.loader();
        let intro = match unsent {
            true => fl!(l, "ui-apply-intro-unsent"),
            false => fl!(l, "ui-apply-intro"),
        };
        let mut page = column![
            widgets::title(fl!(l, "ui-apply-title")),
            widgets::paragraph(intro),
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
            if r.validation_off {
                page = page.push(
                    container(text(fl!(l, "ui-apply-validation-off")).size(16))
                        .padding(14)
                        .width(Length::Fill)
                        .style(container::danger),
                );
            }
            page = page
                .push(block(r, lang))
                .push(self.jobs(&r.jobs, lang))
                .push(self.test_section(r.has_test, lang));
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

impl ApplyVerify {
    /// The job history's errors: those that hold as cards, the resolved ones muted, on demand.
    fn jobs<'a>(&self, review: &Review, lang: Lang) -> Element<'a, Message> {
        let l = lang.loader();
        let mut list = if review.current.is_empty() {
            column![widgets::success(fl!(l, "ui-apply-jobs-clean"))]
        } else {
            review.current.iter().fold(
                column![widgets::heading(fl!(l, "ui-apply-jobs-failed"))],
                |c, failed| {
                    c.push(text(job_line(&failed.job)).size(14))
                        .push(widgets::diagnosis(&failed.diagnosis, lang))
                },
            )
        }
        .spacing(10);
        if review.resolved.is_empty() {
            return list.into();
        }
        let toggle = if self.show_resolved {
            fl!(l, "ui-apply-resolved-hide")
        } else {
            fl!(
                l,
                "ui-apply-resolved-show",
                count = review.resolved.len().to_string()
            )
        };
        list = list.push(
            button(text(toggle))
                .on_press(Message::ToggleResolved)
                .style(button::text),
        );
        if self.show_resolved {
            list = review.resolved.iter().fold(
                list.push(text(fl!(l, "ui-apply-resolved-note")).style(text::secondary)),
                |c, failed: &FailedJob| {
                    let d = failed.diagnosis.in_lang(lang);
                    let line = format!("{} — {}", job_line(&failed.job), d.heading());
                    c.push(text(line).size(14).style(text::secondary))
                },
            );
        }
        list.into()
    }

    /// The printer's connection test: its button and its last outcome, or why there is none.
    fn test_section<'a>(&self, has_test: bool, lang: Lang) -> Element<'a, Message> {
        let l = lang.loader();
        let mut section = column![widgets::heading(fl!(l, "ui-apply-test-title"))].spacing(10);
        if !has_test {
            return section
                .push(widgets::paragraph(fl!(l, "ui-apply-test-none")))
                .into();
        }
        section = section.push(widgets::paragraph(fl!(l, "ui-apply-test-intro")));
        section = if self.testing.is_some() {
            section.push(widgets::under_way(
                fl!(l, "ui-apply-test-running"),
                Message::CancelTest,
                lang,
            ))
        } else {
            section.push(
                button(text(fl!(l, "ui-apply-test-run")))
                    .on_press_maybe(self.loading.is_none().then_some(Message::Test)),
            )
        };
        match &self.test {
            Some(Ok(message)) => section
                .push(widgets::success(fl!(
                    l,
                    "ui-apply-test-passed",
                    message = message.clone()
                )))
                .into(),
            Some(Err(d)) => section.push(widgets::diagnosis(d, lang)).into(),
            None => section.into(),
        }
    }
}

/// A job as one line: its number, time and kind.
fn job_line(job: &Job) -> String {
    format!("{} · {} · {}", job.id, job.time, job.kind)
}

/// The settings as the guide's Email Server > Basic block shows them.
fn block<'a>(r: &Readback, lang: Lang) -> Element<'a, Message> {
    let l = lang.loader();
    // Choices as Web Config labels them (OAuth2, STARTTLS...), texts as they are.
    let value = |f: Field| {
        r.values
            .get(&f)
            .map(|v| f.display_value(v, lang))
            .unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::*;

    const SEND_AS: &str = "550 5.7.60 SMTP; Client does not have permissions to send as this sender [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]";

    fn job(id: &str, code: Option<&str>, reply: Option<&str>) -> Job {
        let failed = code.is_some() || reply.is_some();
        Job {
            id: id.into(),
            time: format!("2026-03-14 09:41:{}", &id[2..]),
            kind: "Scan to Email".into(),
            result: if failed { "Error" } else { "Completed" }.into(),
            code: code.map(str::to_string),
            reply: reply.map(str::to_string),
            completed: !failed,
        }
    }

    fn loaded(jobs: &[Job], has_test: bool) -> ApplyVerify {
        let mut page = ApplyVerify::default();
        let readback = Readback::new(
            Values::new(),
            Some("admin@contoso.com".into()),
            jobs,
            has_test,
            Lang::En,
        );
        let _ = page.update(Message::Loaded(Ok(readback)));
        page
    }

    fn codes(diagnoses: &[Diagnosis]) -> Vec<&str> {
        diagnoses.iter().map(|d| d.code.as_str()).collect()
    }

    fn shows(page: &ApplyVerify, what: &str) -> bool {
        let size = iced::Size::new(1000.0, 4000.0);
        crate::ui::snapshots::simulator(page.view(Lang::En, false), size)
            .find(what)
            .is_ok()
    }

    #[test]
    fn a_send_as_refusal_in_the_history_is_listed_with_its_code() {
        let page = loaded(
            &[job("1021", None, None), job("1022", None, Some(SEND_AS))],
            false,
        );
        let current = page.diagnoses();
        assert_eq!(codes(&current), ["550 5.7.60"]);
        assert_eq!(current[0].id, "smtp-send-as-denied");
        assert_eq!(current[0].detail.as_deref(), Some(SEND_AS));
        assert!(page.resolved().is_empty());
        assert!(shows(&page, &format!("550 5.7.60 — {}", current[0].title)));
        assert!(shows(&page, "1022 · 2026-03-14 09:41:22 · Scan to Email"));
    }

    #[test]
    fn errors_older_than_the_last_success_are_resolved_and_shown_apart() {
        let jobs = [
            job("1021", Some("370"), None),
            job("1022", None, Some(SEND_AS)),
            job("1023", None, None),
            job("1024", Some("361"), None),
        ];
        let mut page = loaded(&jobs, false);
        assert_eq!(codes(&page.diagnoses()), ["361"]);
        assert_eq!(codes(&page.resolved()), ["370", "550 5.7.60"]);
        let lang = Lang::En;
        let show = lang.text_with("ui-apply-resolved-show", &[("count", "2".into())]);
        let note = lang.text("ui-apply-resolved-note");
        // Collapsed: the resolved errors are a button away, not cards.
        assert!(shows(&page, &show));
        assert!(!shows(&page, &note));
        let _ = page.update(Message::ToggleResolved);
        assert!(shows(&page, &note));
        let resolved = &page.resolved()[1];
        assert!(shows(
            &page,
            &format!(
                "1022 · 2026-03-14 09:41:22 · Scan to Email — 550 5.7.60 — {}",
                resolved.title
            )
        ));
    }

    #[test]
    fn a_clean_history_says_so_even_with_errors_resolved() {
        let page = loaded(
            &[job("1021", Some("370"), None), job("1022", None, None)],
            false,
        );
        assert!(page.diagnoses().is_empty());
        assert!(shows(&page, &Lang::En.text("ui-apply-jobs-clean")));
    }

    #[test]
    fn the_connection_test_result_is_decoded_and_a_failure_is_current() {
        let mut page = loaded(&[], true);
        assert!(page.can_test());
        assert!(shows(&page, &Lang::En.text("ui-apply-test-run")));
        let failed = TestOutcome::Failed {
            code: "printer-test-auth".into(),
            message: "SMTP server authentication error.".into(),
        };
        let d = failed.diagnosis(Lang::En).unwrap();
        let _ = page.update(Message::Tested(Some(Err(Box::new(d)))));
        let current = page.diagnoses();
        assert_eq!(current[0].id, "printer-test-auth");
        assert_eq!(
            current[0].detail.as_deref(),
            Some("SMTP server authentication error.")
        );
        assert!(shows(&page, &current[0].title), "the title, without an id");
        assert!(!shows(
            &page,
            &format!("printer-test-auth — {}", current[0].title)
        ));

        let passed = "Connection test was successful.".to_string();
        let _ = page.update(Message::Tested(Some(Ok(passed.clone()))));
        assert!(page.diagnoses().is_empty());
        let says = Lang::En.text_with("ui-apply-test-passed", &[("message", passed)]);
        assert!(shows(&page, &says));
    }

    #[test]
    fn validation_off_on_the_printer_is_shown_whatever_the_profile_calls_it() {
        let warning = Lang::En.text("ui-apply-validation-off");
        let page_with = |own: &str, named: &str| {
            let mut page = ApplyVerify::default();
            let values = Values::from([(Field::CertValidation, named.to_string())]);
            let raw = Raw::from([(Field::CertValidation, own.to_string())]);
            let r = Readback::new(values, None, &[], false, Lang::En).with_validation(&raw);
            let _ = page.update(Message::Loaded(Ok(r)));
            page
        };
        assert!(!shows(&page_with("ENABLE", "enable"), &warning));
        // A profile with the values swapped calls the printer's DISABLE "enable".
        assert!(shows(&page_with("DISABLE", "enable"), &warning));
        assert!(shows(&page_with("ENABLE", "disable"), &warning));
        assert!(shows(&page_with("", "enable"), &warning), "an unticked box");
    }

    #[test]
    fn a_printer_without_a_connection_test_has_no_button() {
        let page = loaded(&[], false);
        assert!(!page.can_test());
        assert!(shows(&page, &Lang::En.text("ui-apply-test-none")));
        assert!(!shows(&page, &Lang::En.text("ui-apply-test-run")));

        // A printer that answers it has no test loses the button too.
        let mut page = loaded(&[], true);
        let _ = page.update(Message::Tested(None));
        assert!(!page.can_test());
        assert!(shows(&page, &Lang::En.text("ui-apply-test-none")));
    }
}
