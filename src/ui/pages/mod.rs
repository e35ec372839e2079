//! The wizard's pages, one file each, in the guide's order.

pub mod apply_verify;
pub mod email_server;
pub mod exchange_online;
pub mod finish;
pub mod printer;
pub mod scan_to_my_email;
pub mod session;
pub mod sign_in;
pub mod welcome;

use iced::Task;
use printer_oauth_core::wizard::Page;
use std::path::PathBuf;

/// What a page asks the wizard to do after an update.
pub enum Action<M> {
    None,
    /// Run a task whose messages come back to the page.
    Run(Task<M>),
    /// Open an admin centre or the admin-consent page in the browser.
    Open(String),
    /// Open a device-login page (a `verification_uri`) in the browser.
    OpenSignIn(String),
    /// Put a text on the clipboard.
    Copy(String),
    /// Go to the page that applies a fix.
    GoTo(Page),
    /// Show a folder in the system's file manager.
    OpenFolder(PathBuf),
    /// Start the printer's sign-in with the settings of the Email server page (it needs the
    /// printer's session, which the wizard holds).
    StartSignIn,
    /// Leave the printer's sign-in under way, if any, and start it again.
    SignInAgain,
    /// A target's setup finished: the printer now holds the settings it sent.
    SetUp,
    /// Read the printer's settings back and compare them with what was sent.
    ReadBack,
    /// Run the printer's own connection test.
    TestConnection,
    /// Set up another printer: back to the Printer page, this printer forgotten.
    AnotherPrinter,
    /// Save the help-desk report of the whole run.
    ExportReport,
}
