//! The wizard: its pages in the guide's order, Back and Next with a reason when Next is not
//! possible, the language switch, and what pages ask for (tasks, the browser, the clipboard).

use super::pages::{Action, exchange_online, welcome};
use crate::diagnose::Step;
use crate::i18n::Lang;
use i18n_embed_fl::fl;
use iced::widget::{button, column, container, row, rule, scrollable, space, text};
use iced::{Element, Length, Task};

/// How the wizard starts.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub lang: Lang,
    /// The embedded simulators, when running with `--demo`.
    pub demo: Option<Demo>,
}

/// The demo's tenant, app and mailbox, and where its simulators listen.
#[derive(Debug, Clone)]
pub struct Demo {
    pub tenant: String,
    pub client_id: String,
    pub mailbox: String,
    pub endpoints: exchange_online::Endpoints,
}

/// The pages built so far, in the guide's order.
const STEPS: [Step; 2] = [Step::Welcome, Step::ExchangeOnline];

/// The wizard's state.
pub struct Wizard {
    lang: Lang,
    step: usize,
    welcome: welcome::Welcome,
    exchange: exchange_online::ExchangeOnline,
}

#[derive(Debug, Clone)]
pub enum Message {
    Back,
    Next,
    Welcome(welcome::Message),
    Exchange(exchange_online::Message),
}

impl Wizard {
    /// The wizard on its first page.
    pub fn new(options: Options) -> Wizard {
        let exchange = match options.demo {
            Some(demo) => exchange_online::ExchangeOnline::prefilled(
                &demo.tenant,
                &demo.client_id,
                &demo.mailbox,
                demo.endpoints,
            ),
            None => exchange_online::ExchangeOnline::default(),
        };
        Wizard {
            lang: options.lang,
            step: 0,
            welcome: welcome::Welcome::default(),
            exchange,
        }
    }

    /// The window title: the product and the current page.
    pub fn title(&self) -> String {
        format!(
            "{} — {}",
            fl!(self.lang.loader(), "ui-app-title"),
            self.step_name(STEPS[self.step])
        )
    }

    fn step_name(&self, step: Step) -> String {
        let id = serde_json::to_value(step)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        self.lang.text(&format!("step-{id}"))
    }

    /// Why the current page cannot be left with Next, if it cannot.
    fn blocker(&self) -> Option<String> {
        match STEPS[self.step] {
            Step::ExchangeOnline => self.exchange.blocker(self.lang),
            _ => None,
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Back => {
                self.step = self.step.saturating_sub(1);
                Task::none()
            }
            Message::Next => {
                if self.blocker().is_none() && self.step + 1 < STEPS.len() {
                    self.step += 1;
                }
                Task::none()
            }
            Message::Welcome(m) => {
                let action = self.welcome.update(m);
                self.act(action, Message::Welcome)
            }
            Message::Exchange(m) => {
                let (service, cloud) = (self.welcome.service, self.welcome.cloud);
                let action = self.exchange.update(m, service, cloud, self.lang);
                self.act(action, Message::Exchange)
            }
        }
    }

    /// Carries out what a page asked for.
    fn act<M: Send + 'static>(
        &mut self,
        action: Action<M>,
        wrap: fn(M) -> Message,
    ) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Run(task) => task.map(wrap),
            Action::Language(lang) => {
                self.lang = lang;
                Task::none()
            }
            Action::Open(url) => {
                if let Err(e) = open::that_detached(&url) {
                    tracing::warn!(error = %e, "could not open a browser");
                }
                Task::none()
            }
            Action::Copy(content) => iced::clipboard::write(content),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let lang = self.lang;
        let steps = STEPS
            .iter()
            .enumerate()
            .fold(column![].spacing(10), |c, (i, step)| {
                let name = text(format!("{}. {}", i + 1, self.step_name(*step))).size(16);
                c.push(if i == self.step {
                    container(name).padding(6).style(container::primary)
                } else {
                    container(name).padding(6)
                })
            });
        let page = match STEPS[self.step] {
            Step::ExchangeOnline => self
                .exchange
                .view(self.welcome.cloud, lang)
                .map(Message::Exchange),
            _ => self.welcome.view(lang).map(Message::Welcome),
        };
        let blocker = self.blocker();
        let last = self.step + 1 == STEPS.len();
        let next_enabled = blocker.is_none() && !last;
        let footer = row![
            (self.step > 0).then(|| {
                button(text(fl!(lang.loader(), "ui-back")))
                    .on_press(Message::Back)
                    .style(button::secondary)
            }),
            space::horizontal(),
            blocker.map(|reason| text(reason).size(14)),
            button(text(fl!(lang.loader(), "ui-next")))
                .on_press_maybe(next_enabled.then_some(Message::Next)),
        ]
        .spacing(12)
        .align_y(iced::Center);
        let body = column![
            scrollable(container(page).padding(24)).height(Length::Fill),
            rule::horizontal(1),
            container(footer).padding(12),
        ];
        row![
            container(steps).padding(16).width(220),
            rule::vertical(1),
            body,
        ]
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_waits_for_the_mailbox() {
        let mut wizard = Wizard::new(Options::default());
        let _ = wizard.update(Message::Next);
        assert_eq!(STEPS[wizard.step], Step::ExchangeOnline);
        assert!(wizard.blocker().is_some());
        let _ = wizard.update(Message::Next);
        assert_eq!(
            STEPS[wizard.step],
            Step::ExchangeOnline,
            "no page after this one yet"
        );
        let _ = wizard.update(Message::Exchange(exchange_online::Message::Mailbox(
            "scanner@contoso.com".into(),
        )));
        assert!(wizard.blocker().is_none());
        let _ = wizard.update(Message::Back);
        assert_eq!(wizard.step, 0);
    }
}
