//! The printer the wizard is connected and logged in to: made on the Printer page, used by the
//! Sign in and Apply and verify pages.

use printer_oauth_core::printer::connect::Connected;
use std::fmt;

/// A connected, logged-in printer, shared with the later pages.
pub struct Session {
    pub connected: tokio::sync::Mutex<Connected>,
    /// The address as connected (`host:port`).
    pub address: String,
    pub model: String,
    pub firmware: Option<String>,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Session({})", self.address)
    }
}
