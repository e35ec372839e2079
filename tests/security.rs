//! The threat model of `SECURITY.md`, tested: one module per defence, each test failing
//! without its defence. The LAN and mDNS, the printer, a printer profile, a pasted line and
//! the proxy are all treated as hostile; the keychain is trusted.

mod common;

#[path = "security/addresses.rs"]
mod addresses;
#[path = "security/limits.rs"]
mod limits;
#[path = "security/opened_urls.rs"]
mod opened_urls;
#[path = "security/private_files.rs"]
mod private_files;
#[path = "security/profiles.rs"]
mod profiles;
#[path = "security/stored_tokens.rs"]
mod stored_tokens;
#[path = "security/terminal.rs"]
mod terminal;
