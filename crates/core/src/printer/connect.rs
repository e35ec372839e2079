//! Reaching a printer: the typed address, the profile, the TLS trust decision (CA file, pin,
//! or first contact that needs the admin's confirmation), and the probe.

use super::adapter::{DeviceInfo, Interface, PrinterAdapter};
use super::address::{self, AddressError, ManualAddress, Scheme};
use super::error::PrinterError;
use super::http_client::PrinterHttp;
use super::profile::Profile;
use super::profile_adapter::ProfileAdapter;
use super::tls::{self, PinStore, Trust};
use crate::diagnose::{self, Diagnosis};
use crate::files;
use crate::i18n::Lang;
use serde::Serialize;
use std::path::PathBuf;
use std::time::Duration;

/// How to reach a printer.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// The address as the admin typed it (`10.0.0.5`, `printer.local:8443`, `[fe80::1]`).
    pub address: String,
    /// A profile file instead of the shipped Epson profile.
    pub profile: Option<PathBuf>,
    /// The certificate fingerprint the admin confirmed.
    pub trust_fingerprint: Option<String>,
    /// A CA certificate file (PEM) the printer's certificate chains to.
    pub ca_file: Option<PathBuf>,
    /// Where pins live (the data directory).
    pub data_dir: Option<PathBuf>,
    /// Time limit per request.
    pub timeout: Duration,
}

/// A reached printer.
pub struct Connected {
    pub adapter: ProfileAdapter,
    pub info: DeviceInfo,
    pub printer: PrinterEvent,
}

/// The `printer` event: what was reached and how it is trusted.
#[derive(Debug, Clone, Serialize)]
pub struct PrinterEvent {
    pub event: &'static str,
    pub address: String,
    pub vendor: String,
    pub model: String,
    pub firmware: Option<String>,
    pub interface: Interface,
    /// The SHA-256 fingerprint of the printer's certificate (HTTPS only).
    pub fingerprint: Option<String>,
    /// How the certificate is trusted: `pinned`, `pinned-now` (confirmed on this run),
    /// `pinned-replaced` (confirmed, replacing another pin), `ca-file`, `plain-http`.
    pub trust: &'static str,
    /// The fingerprint pinned before, when this run replaced it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replaced: Option<String>,
}

/// The localized reason a typed address is not accepted.
pub fn address_problem(e: &AddressError, lang: Lang) -> String {
    let (id, args) = match e {
        AddressError::Empty => ("address-empty", vec![]),
        AddressError::ContainsWhitespace => ("address-whitespace", vec![]),
        AddressError::UnsupportedScheme => ("address-scheme", vec![]),
        AddressError::MissingHost => ("address-no-host", vec![]),
        AddressError::UserInfo => ("address-user-info", vec![]),
        AddressError::Path | AddressError::QueryOrFragment => ("address-path", vec![]),
        AddressError::PortMissing
        | AddressError::PortNotNumeric
        | AddressError::PortZero
        | AddressError::PortTooLarge => ("address-port", vec![]),
        AddressError::UnclosedBracket
        | AddressError::TextAfterBracket
        | AddressError::InvalidIpv6 => ("address-ipv6", vec![]),
        AddressError::InvalidIpv4 => ("address-ipv4", vec![]),
        AddressError::NameTooLong
        | AddressError::EmptyLabel
        | AddressError::LabelTooLong
        | AddressError::LabelHyphen => ("address-name", vec![]),
        AddressError::InvalidCharacter(c) => {
            ("address-character", vec![("character", c.to_string())])
        }
        AddressError::ReadAsIpv4(ip) => ("address-read-as-ipv4", vec![("ip", ip.to_string())]),
        AddressError::NumericLastLabel => ("address-numeric-label", vec![]),
        AddressError::NotAHostName => ("address-name", vec![]),
    };
    lang.text_with(id, &args)
}

/// Parses a typed printer address; plain `http://` only for a loopback simulator.
pub fn parse_address(text: &str, lang: Lang) -> Result<ManualAddress, Diagnosis> {
    let address = address::parse_manual_address(text).map_err(|e| {
        diagnose::condition(
            "printer-invalid-address",
            lang,
            format!("{text}: {}", address_problem(&e, lang)),
        )
    })?;
    if address.scheme == Scheme::Http && !address.is_loopback() {
        return Err(diagnose::condition(
            "printer-http-only",
            lang,
            lang.text("printer-http-refused"),
        ));
    }
    Ok(address)
}

/// A printer met for the first time: what it says it is, read over a connection that accepted
/// its certificate for those requests only (no credential sent, nothing pinned), and the
/// fingerprint the admin has to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstContact {
    /// The address (`host:port`).
    pub address: String,
    pub info: DeviceInfo,
    pub fingerprint: String,
}

/// A printer reached, or met for the first time.
pub enum Reached {
    Connected(Box<Connected>),
    FirstContact(FirstContact),
}

/// Reaches the printer, decides trust, probes it, and pins a newly confirmed certificate. First
/// contact is an error that shows the fingerprint to confirm (see [`reach`]).
pub async fn connect(options: &ConnectOptions, lang: Lang) -> Result<Connected, Diagnosis> {
    match reach(options, lang).await? {
        Reached::Connected(connected) => Ok(*connected),
        Reached::FirstContact(first) => Err(PrinterError::Unpinned {
            fingerprint: first.fingerprint,
        }
        .diagnose(lang)),
    }
}

/// As [`connect`], but first contact with a device that identifies as the profile's printer is
/// an answer: the admin confirms its certificate knowing what it is. A device that does not
/// identify so is not offered for trust at all.
pub async fn reach(options: &ConnectOptions, lang: Lang) -> Result<Reached, Diagnosis> {
    let address = parse_address(&options.address, lang)?;
    let profile = match &options.profile {
        Some(path) => Profile::load(path, lang)?,
        None => Profile::builtin(),
    };
    let key = address.authority();
    let offered = options
        .trust_fingerprint
        .as_deref()
        .map(|f| {
            tls::normalize_fingerprint(f).ok_or_else(|| {
                diagnose::condition("printer-invalid-fingerprint", lang, f.to_string())
            })
        })
        .transpose()?;
    let pins_failed = |e: std::io::Error| diagnose::condition("printer-pins", lang, e.to_string());
    let (trust, mut pins) = match &options.ca_file {
        Some(path) => {
            let pem = files::read_capped(path, files::SMALL_FILE_LIMIT).map_err(|e| {
                e.refused(path, lang).unwrap_or_else(|| {
                    diagnose::condition("ca-file", lang, format!("{}: {e}", path.display()))
                })
            })?;
            let certs = tls::ca_certificates(&pem).map_err(|e| {
                diagnose::condition("ca-file", lang, format!("{}: {e}", path.display()))
            })?;
            (Trust::Ca(certs), None)
        }
        None => {
            let dir = options.data_dir.clone().ok_or_else(|| {
                diagnose::condition("printer-pins", lang, lang.text("detail-no-data-dir"))
            })?;
            let pins = PinStore::open(&dir).map_err(pins_failed)?;
            let expected = offered.clone().or(pins.get(&key).map(str::to_string));
            (Trust::Pin(expected), Some(pins))
        }
    };
    let pinned = pins.as_ref().and_then(|p| p.get(&key).map(str::to_string));
    let web = PrinterHttp::new(&address, &trust, &profile.profile.cookies, options.timeout)
        .map_err(|e| PrinterError::from(e).diagnose(lang))?;
    let mut adapter = ProfileAdapter::new(web, profile, address.clone());
    let info = match adapter.probe().await {
        Ok(info) => info,
        Err(PrinterError::Tls(detail)) => {
            let shown = adapter.web().seen_fingerprint();
            let e = match (shown, offered.clone(), pinned.clone()) {
                (Some(shown), Some(confirmed), _) => PrinterError::PinMismatch {
                    pinned: confirmed,
                    shown,
                },
                (Some(shown), None, Some(pinned)) => PrinterError::PinMismatch { pinned, shown },
                (Some(fingerprint), None, None) => {
                    let profile = adapter.profile();
                    let info = identify(&address, profile, &fingerprint, options, lang).await?;
                    return Ok(Reached::FirstContact(FirstContact {
                        address: key,
                        info,
                        fingerprint,
                    }));
                }
                (None, ..) if adapter.web().answers_plain_http().await => PrinterError::PlainHttp,
                (None, ..) => PrinterError::Tls(detail),
            };
            return Err(e.diagnose(lang));
        }
        Err(e) => return Err(e.diagnose(lang)),
    };
    let fingerprint = adapter.web().seen_fingerprint();
    let trust_name = match (&trust, address.scheme) {
        (_, Scheme::Http) => "plain-http",
        (Trust::Ca(_), _) => "ca-file",
        _ if pinned.is_some() && pinned == fingerprint => "pinned",
        _ if pinned.is_some() => "pinned-replaced",
        _ => "pinned-now",
    };
    if matches!(trust_name, "pinned-now" | "pinned-replaced")
        && let (Some(pins), Some(fp)) = (pins.as_mut(), &fingerprint)
    {
        pins.pin(&key, fp).map_err(pins_failed)?;
    }
    if info.interface == Interface::Additional {
        return Err(PrinterError::AdditionalNetwork.diagnose(lang));
    }
    let printer = PrinterEvent {
        event: "printer",
        address: key,
        vendor: info.vendor.clone(),
        model: info.model.clone(),
        firmware: info.firmware.clone(),
        interface: info.interface,
        replaced: pinned.filter(|_| trust_name == "pinned-replaced"),
        fingerprint,
        trust: trust_name,
    };
    Ok(Reached::Connected(Box::new(Connected {
        adapter,
        info,
        printer,
    })))
}

/// What the device behind a not yet trusted certificate says it is: the public product and
/// network pages, over a connection that accepts exactly the certificate just shown, for
/// these requests only. No credential is sent and nothing is pinned.
async fn identify(
    address: &ManualAddress,
    profile: &Profile,
    fingerprint: &str,
    options: &ConnectOptions,
    lang: Lang,
) -> Result<DeviceInfo, Diagnosis> {
    let once = Trust::Pin(Some(fingerprint.to_string()));
    let web = PrinterHttp::new(address, &once, &profile.profile.cookies, options.timeout)
        .map_err(|e| PrinterError::from(e).diagnose(lang))?;
    let mut probe = ProfileAdapter::new(web, profile.clone(), address.clone());
    let info = probe.probe().await.map_err(|e| e.diagnose(lang))?;
    if info.interface == Interface::Additional {
        return Err(PrinterError::AdditionalNetwork.diagnose(lang));
    }
    Ok(info)
}
