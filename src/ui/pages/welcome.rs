//! Page 1: what the assistant does, what you need, service and cloud (the language switch is
//! beside the steps, on every page).

use super::Action;
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::Element;
use iced::widget::{column, radio, text};
use printer_oauth_core::cloud::{Cloud, Service};
use printer_oauth_core::i18n::Lang;

/// The welcome page's choices.
#[derive(Debug, Clone, Default)]
pub struct Welcome {
    pub service: Service,
    pub cloud: Cloud,
}

#[derive(Debug, Clone)]
pub enum Message {
    Service(Service),
    Cloud(Cloud),
}

impl Welcome {
    pub fn update(&mut self, message: Message) -> Action<Message> {
        match message {
            Message::Service(service) => self.service = service,
            Message::Cloud(cloud) => self.cloud = cloud,
        }
        Action::None
    }

    pub fn view(&self, lang: Lang) -> Element<'_, Message> {
        let l = lang.loader();
        let services = column![
            radio(
                fl!(l, "ui-service-exchange-online"),
                Service::ExchangeOnline,
                Some(self.service),
                Message::Service
            ),
            radio(
                fl!(l, "ui-service-outlook"),
                Service::Outlook,
                Some(self.service),
                Message::Service
            ),
        ]
        .spacing(8);
        let clouds = [
            (Cloud::Global, fl!(l, "ui-cloud-global")),
            (Cloud::Usgov, fl!(l, "ui-cloud-usgov")),
            (Cloud::UsgovDod, fl!(l, "ui-cloud-usgov-dod")),
            (Cloud::China, fl!(l, "ui-cloud-china")),
        ]
        .into_iter()
        .fold(column![].spacing(8), |c, (cloud, label)| {
            c.push(radio(label, cloud, Some(self.cloud), Message::Cloud))
        });
        column![
            widgets::title(fl!(l, "ui-welcome-title")),
            widgets::paragraph(fl!(l, "ui-welcome-intro")),
            widgets::heading(fl!(l, "ui-welcome-need")),
            widgets::bullet(fl!(l, "ui-welcome-need-admin")),
            widgets::bullet(fl!(l, "ui-welcome-need-password")),
            widgets::bullet(fl!(l, "ui-welcome-need-mailbox")),
            widgets::bullet(fl!(l, "ui-welcome-need-firmware")),
            widgets::heading(fl!(l, "ui-service")),
            services,
            text(fl!(l, "ui-service-outlook-note")).size(14),
            widgets::heading(fl!(l, "ui-cloud")),
            clouds,
        ]
        .spacing(14)
        .into()
    }
}
