//! Page 7: Epson Print Admin Serverless "Scan to My Email" (compatible models): the
//! administrator consents for the organisation first, then each user signs in once.

use super::Action;
use crate::cloud::Cloud;
use crate::exchange::AdminCentre;
use crate::i18n::Lang;
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::Element;
use iced::widget::{button, column, text};

#[derive(Debug, Clone)]
pub enum Message {
    OpenEntra,
}

/// Opens the Entra admin centre, where the organisation's consent can be checked.
pub fn update(message: Message, cloud: Cloud) -> Action<Message> {
    match message {
        Message::OpenEntra => Action::Open(AdminCentre::Entra.url(cloud).to_string()),
    }
}

pub fn view<'a>(lang: Lang) -> Element<'a, Message> {
    let l = lang.loader();
    column![
        widgets::title(fl!(l, "ui-scan-title")),
        widgets::paragraph(fl!(l, "ui-scan-intro")),
        widgets::heading(fl!(l, "ui-scan-admin")),
        widgets::bullet(fl!(l, "ui-scan-step-1")),
        widgets::bullet(fl!(l, "ui-scan-step-2")),
        widgets::bullet(fl!(l, "ui-scan-step-3")),
        widgets::bullet(fl!(l, "ui-scan-step-4")),
        widgets::bullet(fl!(l, "ui-scan-step-5")),
        text(fl!(l, "ui-scan-menu-note")).size(14),
        widgets::heading(fl!(l, "ui-scan-users")),
        widgets::paragraph(fl!(l, "ui-scan-users-text")),
        button(text(fl!(l, "ui-scan-open-entra")))
            .on_press(Message::OpenEntra)
            .style(button::secondary),
    ]
    .spacing(12)
    .into()
}
