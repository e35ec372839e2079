//! The desktop wizard (iced 0.14). Each page lives in `pages/` and its `update` returns an
//! [`pages::Action`] to the wizard (as halloy's screens return events), never side effects of
//! its own. This is the only module that imports iced.

mod app;
mod demo_panel;
mod pages;
mod relayed_code;
mod widgets;

pub use app::{Message, Options, Wizard};

/// The embedded font (Fira Sans has č ć đ š ž): the wizard's text never depends on the fonts
/// a machine happens to have.
pub const FONT: iced::Font = iced::Font::with_name("Fira Sans");

/// The embedded monospace face, for PowerShell, fingerprints and details: never the system's
/// monospace font, which differs from one desktop to the next.
pub const MONO: iced::Font = iced::Font::with_name("JetBrains Mono");

/// The monospace face's file (JetBrains Mono Regular, Apache-2.0; see `assets/fonts/`).
pub const MONO_BYTES: &[u8] = include_bytes!("../../assets/fonts/JetBrainsMono-Regular.ttf");

/// The window's size when it opens: it fits a 1280x720 screen at 100 % with a desktop's top
/// bar and the window's title bar (720 - 32 - 28 = 660).
pub const WINDOW_SIZE: iced::Size = iced::Size::new(1120.0, 660.0);

/// The smallest the window can be made; every page scrolls within it.
pub const MIN_SIZE: iced::Size = iced::Size::new(880.0, 600.0);

/// The application's id: the desktop entry and AppStream metainfo are named after it.
pub const APP_ID: &str = "io.github.printer_oauth";

/// Opens the wizard window and runs until it is closed. With no theme set, iced follows the
/// system's light or dark preference (and `ICED_THEME`, e.g. `Dark`, overrides it).
pub fn run(options: Options) -> iced::Result {
    iced::application(
        move || Wizard::new(options.clone()),
        Wizard::update,
        Wizard::view,
    )
    .title(Wizard::title)
    .subscription(Wizard::subscription)
    .default_font(FONT)
    .font(MONO_BYTES)
    .window(iced::window::Settings {
        size: WINDOW_SIZE,
        min_size: Some(MIN_SIZE),
        // The desktop entry's name (packaging/linux), so that docks and task bars show the
        // window under the installed launcher and its icon.
        #[cfg(target_os = "linux")]
        platform_specific: iced::window::settings::PlatformSpecific {
            application_id: APP_ID.into(),
            ..Default::default()
        },
        ..iced::window::Settings::default()
    })
    .run()
}

#[cfg(test)]
mod snapshots;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_report;
