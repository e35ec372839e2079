//! OAuth 2.0 device authorization grant (RFC 8628) against the Microsoft identity platform.

mod device_flow;
mod error;
mod tokens;

pub use device_flow::{DeviceCode, SignIn};
pub use error::{MicrosoftError, SignInError};
pub use tokens::Tokens;

use serde::Serialize;

/// Progress of a sign-in, for a countdown and for JSON events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum Event {
    /// The code to enter and where; the first event.
    Code {
        user_code: String,
        verification_uri: String,
        expires_in: u64,
        interval: u64,
    },
    /// Waiting for the person to enter the code; sent before each wait.
    Waiting {
        /// Seconds until the code expires.
        expires_in: u64,
        /// Seconds until the next poll.
        next_poll_in: u64,
    },
    /// A poll did not reach the sign-in server (network, time limit, 5xx); it is tried again.
    Retrying {
        /// What went wrong, without any secret.
        error: String,
        /// Seconds until the next poll.
        retry_in: u64,
    },
    /// Sign-in completed.
    SignedIn { account: Option<String> },
}
