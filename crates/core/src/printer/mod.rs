//! Printers: the adapter trait, the settings model and its validation, the web configuration
//! adapter driven by printer profiles, the safety net for writes, discovery on the network,
//! and trust-on-first-use TLS.

pub mod adapter;
pub mod address;
pub mod apply;
pub mod backup;
pub mod capture;
pub mod charset;
pub mod connect;
pub mod discovery;
pub mod error;
pub mod history;
pub mod html;
pub mod http_client;
pub mod login;
pub mod profile;
pub mod profile_adapter;
pub mod settings;
pub mod setup;
pub mod tls;
pub mod unowned;
