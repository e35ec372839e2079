//! Page 5: the printer's own Microsoft sign-in, relayed. The setup runs in the background
//! (backup, the printer asks Microsoft for a code, the admin signs in, the settings are sent
//! with the safety net); this page shows the code large with Copy and Open, the countdown,
//! and the live status, with Retry after a failure. When the printer signed in with an
//! account Exchange Online was not prepared for, the settings wait: the admin sends them
//! anyway, signs in again, or cancels.

use super::super::relayed_code::{self, RelayedCode};
use super::Action;
use super::session::Session;
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::futures::SinkExt;
use iced::futures::channel::mpsc;
use iced::widget::{button, column, row, text};
use iced::{Element, Task};
use printer_oauth_core::diagnose::Diagnosis;
use printer_oauth_core::exchange::Plan;
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::links::Links;
use printer_oauth_core::printer::adapter::Target;
use printer_oauth_core::printer::setup::{self, SetupDone, SetupProgress, SetupRequest};
use printer_oauth_core::signin::Event;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// Where one target's setup stands.
#[derive(Debug, Clone, Default)]
enum Run {
    #[default]
    Idle,
    Running {
        relayed: RelayedCode,
        signed_in: bool,
    },
    /// Sending the settings (or undoing the sign-in) after the admin's word: not cancelled
    /// half-way.
    Sending,
    /// Signed in with an account Exchange Online will refuse; nothing is sent yet.
    Confirm(Box<setup::SignedIn>),
    Failed(Box<Diagnosis>),
}

/// The page: the targets to set up (email, then fax when asked) and how far they got.
#[derive(Debug, Default)]
pub struct SignInPage {
    targets: Vec<Target>,
    done: Vec<SetupDone>,
    run: Run,
    /// The accounts planned on the Exchange Online page, and the printer's sender.
    expected: Option<(Plan, String)>,
    /// The printer and the request of the setup under way, to send or abandon after a pause.
    pending: Option<(Arc<Session>, SetupRequest)>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Start,
    /// Starts the printer's sign-in anew, after it was done (the wizard runs it).
    SignInAgain,
    /// The relayed code's Copy, Open and Cancel.
    Relayed(relayed_code::Message),
    Progress(SetupProgress),
    /// The printer signed in with an account Exchange Online was not prepared for.
    Confirm(Box<setup::SignedIn>),
    /// Sends the settings to the printer all the same.
    SendAnyway,
    /// Leaves the printer's settings as they were and undoes its new sign-in.
    Abandon,
    /// A sign-in the page left was undone (its outcome belongs to no run on the page).
    Left(Box<Diagnosis>),
    Finished(Result<SetupDone, Box<Diagnosis>>),
}

impl SignInPage {
    /// Which settings to set up; the completed ones are kept when nothing changed.
    pub fn plan(&mut self, fax: bool) {
        let targets = if fax {
            vec![Target::Email, Target::Fax]
        } else {
            vec![Target::Email]
        };
        // A sign-in waiting for the admin's word is answered first; one under way for the
        // other targets stops (and undoes what it did).
        if targets != self.targets && !matches!(self.run, Run::Confirm(_) | Run::Sending) {
            if let Run::Running { relayed, .. } = &self.run {
                relayed.cancel();
            }
            self.targets = targets;
            self.done.clear();
            self.run = Run::Idle;
        }
    }

    /// Leaves a sign-in that waits for the admin's word: the printer is signed out in the
    /// background (its settings were never sent), and the outcome is not shown.
    fn leave_pause(&mut self) -> Option<Task<Message>> {
        let Run::Confirm(signed) = std::mem::take(&mut self.run) else {
            return None;
        };
        let (session, request) = self.pending.clone()?;
        Some(Task::future(async move {
            let mut connected = session.connected.lock().await;
            let left = setup::abandon(&mut connected.adapter, &request, *signed).await;
            Message::Left(Box::new(left))
        }))
    }

    /// Forgets the completed sign-ins, so the next start signs the printer in again; a
    /// sign-in waiting for the admin's word is undone first (the task to run before the new
    /// one).
    pub fn restart(&mut self) -> Option<Task<Message>> {
        if matches!(self.run, Run::Running { .. } | Run::Sending) {
            return None;
        }
        let left = self.leave_pause();
        self.done.clear();
        self.run = Run::Idle;
        left
    }

    /// Whether a setup is under way (or waits for the admin's word after the sign-in).
    pub fn running(&self) -> bool {
        matches!(
            self.run,
            Run::Running { .. } | Run::Confirm(_) | Run::Sending
        )
    }

    /// Stops a setup under way (its outcome is then ignored) and forgets every sign-in: the
    /// page starts again, for another printer. A sign-in waiting for the admin's word is
    /// undone by the task returned.
    pub fn reset(&mut self) -> Option<Task<Message>> {
        if let Run::Running { relayed, .. } = &self.run {
            relayed.cancel();
        }
        let left = self.leave_pause();
        self.done.clear();
        self.run = Run::Idle;
        left
    }

    /// The targets set up so far.
    pub fn done_targets(&self) -> Vec<Target> {
        self.done.iter().map(|d| d.target).collect()
    }

    /// The accounts planned on the Exchange Online page and the sender on the printer: who is
    /// asked to sign in, and what is warned about once the printer signed in.
    pub fn expect(&mut self, plan: Plan, sender: String) {
        self.expected = Some((plan, sender));
    }

    /// The setup's failure, for the help-desk report.
    pub fn diagnoses(&self) -> Vec<Diagnosis> {
        match &self.run {
            Run::Failed(d) => vec![(**d).clone()],
            _ => Vec::new(),
        }
    }

    fn current(&self) -> Option<Target> {
        self.targets.get(self.done.len()).copied()
    }

    /// Why Next is not possible yet.
    pub fn blocker(&self, lang: Lang) -> Option<String> {
        self.current()
            .map(|_| fl!(lang.loader(), "ui-signin-needs-done"))
    }

    /// Starts the next target's setup on the printer.
    pub fn start(
        &mut self,
        session: Arc<Session>,
        request: impl Fn(Target) -> SetupRequest,
    ) -> Action<Message> {
        let Some(target) = self.current() else {
            return Action::None;
        };
        if matches!(self.run, Run::Running { .. } | Run::Sending) {
            return Action::None;
        }
        let cancel = CancellationToken::new();
        self.run = Run::Running {
            relayed: RelayedCode::new(cancel.clone()),
            signed_in: false,
        };
        let request = request(target);
        self.pending = Some((session.clone(), request.clone()));
        let expected = self.expected.clone();
        let stream = iced::stream::channel(16, move |out| {
            run_setup(session, request, expected, cancel, out)
        });
        Action::Run(Task::stream(stream))
    }

    /// Goes on after the pause: sends the settings, or abandons the sign-in.
    fn resume(&mut self, send: bool) -> Action<Message> {
        let (Run::Confirm(signed), Some((session, request))) = (&self.run, self.pending.clone())
        else {
            return Action::None;
        };
        let signed = (**signed).clone();
        self.run = Run::Sending;
        Action::Run(Task::future(async move {
            let mut connected = session.connected.lock().await;
            let adapter = &mut connected.adapter;
            let result = match send {
                true => setup::send_signed_in(adapter, &request, signed, &mut |_| {}).await,
                false => Err(setup::abandon(adapter, &request, signed).await),
            };
            Message::Finished(result.map_err(Box::new))
        }))
    }

    pub fn update(&mut self, message: Message) -> Action<Message> {
        match message {
            Message::Start => return Action::StartSignIn,
            Message::SignInAgain => return Action::SignInAgain,
            Message::Confirm(signed) => {
                let late = !matches!(self.run, Run::Running { .. });
                self.run = Run::Confirm(signed);
                // The page was left while the printer signed in: undo that sign-in at once.
                if late && let Some(task) = self.leave_pause() {
                    return Action::Run(task);
                }
            }
            Message::SendAnyway => return self.resume(true),
            Message::Left(left) => {
                tracing::debug!(outcome = %left.title, "a left sign-in was undone")
            }
            Message::Abandon => return self.resume(false),
            Message::Relayed(m) => {
                if let Run::Running { relayed, .. } = &self.run {
                    return relayed.update(m);
                }
            }
            Message::Progress(progress) => {
                if let Run::Running { relayed, signed_in } = &mut self.run {
                    match progress {
                        SetupProgress::SignIn(Event::SignedIn { .. }) => *signed_in = true,
                        SetupProgress::SignIn(event) => relayed.on_event(&event),
                        _ => {}
                    }
                }
            }
            // A setup that was left (the printer changed) no longer speaks for this page.
            Message::Finished(_) if !self.running() => {}
            Message::Finished(result) => match result {
                Ok(done) => {
                    self.done.push(done);
                    self.run = Run::Idle;
                    return Action::SetUp;
                }
                Err(d) => self.run = Run::Failed(d),
            },
        }
        Action::None
    }

    /// The page; with `unsent`, the form has changed since the settings were sent, and the
    /// sign-ins done say only what they did then.
    /// `links`: the pages Open may go to (the printer's sign-in address is shown, never opened,
    /// when it is not one of them).
    pub fn view(&self, lang: Lang, unsent: bool, links: &Links) -> Element<'_, Message> {
        let l = lang.loader();
        let mut page = column![
            widgets::title(fl!(l, "ui-signin-title")),
            widgets::paragraph(fl!(l, "ui-signin-intro")),
        ]
        .spacing(14);
        let done_id = match unsent {
            true => "ui-signin-done-earlier",
            false => "ui-signin-done",
        };
        for done in &self.done {
            let said = lang.text_with(
                done_id,
                &[
                    ("target", target_name(done.target, lang)),
                    ("account", done.account.clone().unwrap_or_default()),
                ],
            );
            page = page.push(match unsent {
                true => text(said).size(16).into(),
                false => widgets::success(said),
            });
            if let (Some((plan, sender)), Some(account)) = (&self.expected, &done.account) {
                page = page.extend(super::exchange_online::warning_cards(
                    plan, account, sender, lang,
                ));
            }
        }
        let Some(target) = self.current() else {
            if !self.done.is_empty() {
                page = page.push(
                    button(text(fl!(l, "ui-signin-again")))
                        .on_press(Message::SignInAgain)
                        .style(button::secondary),
                );
            }
            return page.into();
        };
        let start = button(text(fl!(
            l,
            "ui-signin-start",
            target = target_name(target, lang)
        )))
        .on_press(Message::Start);
        page = match &self.run {
            Run::Idle => page.push(start),
            Run::Confirm(signed) => {
                let account = signed.account.clone().unwrap_or_default();
                let mut c =
                    column![text(fl!(l, "ui-signin-confirm", account = account.clone())).size(16)]
                        .spacing(10);
                if let Some((plan, sender)) = &self.expected {
                    c = c.extend(super::exchange_online::warning_cards(
                        plan, &account, sender, lang,
                    ));
                }
                page.push(
                    c.push(
                        row![
                            button(text(fl!(l, "ui-signin-again"))).on_press(Message::SignInAgain),
                            button(text(fl!(l, "ui-signin-send-anyway")))
                                .on_press(Message::SendAnyway)
                                .style(button::secondary),
                            widgets::cancel(Message::Abandon, lang),
                        ]
                        .spacing(8),
                    ),
                )
            }
            Run::Failed(d) => page
                .push(if d.is_cancel() {
                    widgets::setup_cancelled(d, lang)
                } else {
                    widgets::diagnosis(d, lang)
                })
                .push(button(text(fl!(l, "ui-signin-retry"))).on_press(Message::Start)),
            Run::Sending => page.push(text(fl!(l, "ui-signin-sending")).size(18)),
            Run::Running {
                signed_in: true, ..
            } => page.push(
                column![
                    text(fl!(l, "ui-signin-sending")).size(18),
                    widgets::cancel(Message::Relayed(relayed_code::Message::Cancel), lang),
                ]
                .spacing(10),
            ),
            Run::Running { relayed, .. } => {
                let hint = match &self.expected {
                    Some((plan, _)) => plan.sign_in_hint(lang),
                    None => fl!(l, "ui-signin-as-admin"),
                };
                let relayed = relayed.view(
                    fl!(l, "ui-signin-asking"),
                    Some(hint),
                    "ui-signin-unexpected-printer",
                    links,
                    lang,
                );
                page.push(relayed.map(Message::Relayed))
            }
        };
        page.into()
    }
}

/// "Email Server" or "Fax Server", as the printer names them.
pub fn target_name(target: Target, lang: Lang) -> String {
    match target {
        Target::Email => fl!(lang.loader(), "ui-target-email"),
        Target::Fax => fl!(lang.loader(), "ui-target-fax"),
    }
}

/// Runs one setup on the printer, sending its progress and, last, its outcome. When the
/// printer signed in with an account Exchange Online will refuse (against the accounts
/// `expected`), the settings are not sent: the page asks the admin first.
async fn run_setup(
    session: Arc<Session>,
    request: SetupRequest,
    expected: Option<(Plan, String)>,
    cancel: CancellationToken,
    mut out: mpsc::Sender<Message>,
) {
    let mut connected = session.connected.lock().await;
    let mut report = |p: SetupProgress| {
        let _ = out.try_send(Message::Progress(p));
    };
    let adapter = &mut connected.adapter;
    let result = match setup::sign_in(adapter, &request, &cancel, &mut report).await {
        Ok(signed) => {
            let refused = match (&expected, &signed.account) {
                (Some((plan, sender)), Some(account)) => {
                    !printer_oauth_core::exchange::account_warnings(plan, account, sender)
                        .is_empty()
                }
                _ => false,
            };
            if refused {
                drop(connected);
                let _ = out.send(Message::Confirm(Box::new(signed))).await;
                return;
            }
            setup::send_signed_in(adapter, &request, signed, &mut report).await
        }
        Err(d) => Err(d),
    };
    drop(connected);
    let _ = out.send(Message::Finished(result.map_err(Box::new))).await;
}

#[cfg(test)]
mod tests {
    use super::*;
    use printer_oauth_core::cloud::{Cloud, Service};

    /// What a hostile printer hands over as its sign-in address.
    const HOSTILE: &str = "file:///etc/passwd\u{1b}]0;pwned\u{7}";
    const CODE: &str = "GHJK2345L";

    /// The page while the printer waits for its code to be entered at `uri`.
    fn showing(uri: &str) -> SignInPage {
        SignInPage {
            targets: vec![Target::Email],
            run: Run::Running {
                relayed: RelayedCode::showing(CODE, uri, 900),
                signed_in: false,
            },
            ..SignInPage::default()
        }
    }

    fn simulate<'a>(
        page: &'a SignInPage,
        links: &Links,
        lang: Lang,
    ) -> iced_test::Simulator<'a, Message> {
        crate::ui::snapshots::simulator(
            page.view(lang, false, links),
            iced::Size::new(1120.0, 3000.0),
        )
    }

    #[test]
    fn a_printer_address_off_microsofts_pages_is_text_with_a_warning_and_no_open() {
        let global = Links::new(Service::ExchangeOnline, Cloud::Global);
        for lang in Lang::ALL {
            let open = lang.text("ui-open-signin");
            let microsoft = showing("https://microsoft.com/devicelogin");
            let mut ui = simulate(&microsoft, &global, lang);
            ui.click(open.as_str()).unwrap();
            let messages: Vec<Message> = ui.into_messages().collect();
            assert!(
                matches!(
                    messages[..],
                    [Message::Relayed(relayed_code::Message::Open)]
                ),
                "{messages:?}"
            );

            for uri in [
                HOSTILE,
                "https://microsoft.com.evil.example/devicelogin",
                "\\\\evil.example\\share\\setup.exe",
            ] {
                let page = showing(uri);
                let mut ui = simulate(&page, &global, lang);
                let warning =
                    lang.text_with("ui-signin-unexpected-printer", &[("uri", uri.to_string())]);
                ui.find(warning.as_str())
                    .unwrap_or_else(|e| panic!("the warning for {uri:?}: {e}"));
                ui.find(CODE).expect("the code is still shown");
                assert!(ui.find(open.as_str()).is_err(), "no Open for {uri:?}");
                let shown = lang.text_with("ui-signin-enter-code", &[("uri", uri.to_string())]);
                assert!(
                    ui.find(shown.as_str()).is_err(),
                    "not offered as where to sign in"
                );
            }
        }
    }

    #[test]
    fn the_demos_own_sign_in_page_is_opened_only_in_the_demo() {
        let page = showing("http://127.0.0.1:40123/devicelogin");
        let identity = url::Url::parse("http://127.0.0.1:40123").unwrap();
        let global = Links::new(Service::ExchangeOnline, Cloud::Global);
        let open = Lang::En.text("ui-open-signin");
        assert!(
            simulate(&page, &global, Lang::En)
                .find(open.as_str())
                .is_err()
        );
        let demo = global.with_own(&identity);
        assert!(simulate(&page, &demo, Lang::En).find(open.as_str()).is_ok());
    }
}
