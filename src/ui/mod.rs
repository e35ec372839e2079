//! The desktop wizard (iced 0.14). Each page lives in `pages/` and its `update` returns an
//! [`pages::Action`] to the wizard (as halloy's screens return events), never side effects of
//! its own. This is the only module that imports iced.

mod app;
mod demo_panel;
mod pages;
mod widgets;

pub use app::{Demo, Message, Options, Wizard};
pub use pages::exchange_online::Endpoints;

/// The embedded font (Fira Sans has č ć đ š ž), so every machine renders the same.
pub const FONT: iced::Font = iced::Font::with_name("Fira Sans");

/// Opens the wizard window and runs until it is closed.
pub fn run(options: Options) -> iced::Result {
    iced::application(
        move || Wizard::new(options.clone()),
        Wizard::update,
        Wizard::view,
    )
    .title(Wizard::title)
    .subscription(Wizard::subscription)
    .default_font(FONT)
    .window(iced::window::Settings {
        size: iced::Size::new(1120.0, 760.0),
        min_size: Some(iced::Size::new(880.0, 600.0)),
        ..iced::window::Settings::default()
    })
    .run()
}

#[cfg(test)]
mod tests;
