//! The printer address an administrator types in when discovery does not find the device.

use serde::Serialize;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The scheme of a manually entered address; `https` when none was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Scheme {
    Https,
    Http,
}

impl Scheme {
    /// 443 for HTTPS, 80 for HTTP.
    pub fn default_port(self) -> u16 {
        match self {
            Scheme::Https => 443,
            Scheme::Http => 80,
        }
    }
}

/// The host of a manually entered address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Host {
    /// An IPv4 or IPv6 address.
    Ip(IpAddr),
    /// A host name (RFC 1123), in lower case, without a trailing dot.
    Name(String),
}

impl fmt::Display for Host {
    /// The host as it goes into a URL: IPv6 in brackets.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Ip(IpAddr::V6(v6)) => write!(f, "[{v6}]"),
            Host::Ip(IpAddr::V4(v4)) => write!(f, "{v4}"),
            Host::Name(name) => f.write_str(name),
        }
    }
}

/// A printer address the administrator typed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ManualAddress {
    pub scheme: Scheme,
    pub host: Host,
    /// The port, when one was typed.
    pub port: Option<u16>,
}

impl ManualAddress {
    /// `host:port` (IPv6 in brackets), with the scheme's default port when none was typed.
    pub fn authority(&self) -> String {
        let port = self.port.unwrap_or(self.scheme.default_port());
        format!("{}:{port}", self.host)
    }

    /// Whether the address is this machine: a loopback address or `localhost`.
    pub fn is_loopback(&self) -> bool {
        match &self.host {
            Host::Ip(ip) => ip.is_loopback(),
            Host::Name(name) => name == "localhost",
        }
    }
}

/// Why a typed address was not accepted; each variant is one reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("nothing was entered")]
    Empty,
    #[error("the address contains spaces")]
    ContainsWhitespace,
    #[error("the scheme is neither https:// nor http://")]
    UnsupportedScheme,
    #[error("the address has no host")]
    MissingHost,
    #[error("user names and passwords do not belong in the address")]
    UserInfo,
    #[error("the address has a path other than /")]
    Path,
    #[error("the address has a query (?) or fragment (#)")]
    QueryOrFragment,
    #[error("nothing follows the ':' before the port")]
    PortMissing,
    #[error("the port is not a number")]
    PortNotNumeric,
    #[error("port 0 is not a port")]
    PortZero,
    #[error("the port is above 65535")]
    PortTooLarge,
    #[error("a '[' has no matching ']'")]
    UnclosedBracket,
    #[error("there is text after the ']' of an IPv6 address")]
    TextAfterBracket,
    #[error("not a valid IPv6 address")]
    InvalidIpv6,
    #[error("only digits and dots, but not a valid IPv4 address")]
    InvalidIpv4,
    #[error("the host name is longer than 253 characters")]
    NameTooLong,
    #[error("the host name has an empty label (two dots in a row, or a leading dot)")]
    EmptyLabel,
    #[error("a label of the host name is longer than 63 characters")]
    LabelTooLong,
    #[error("a label of the host name starts or ends with a hyphen")]
    LabelHyphen,
    #[error("the host name contains {0:?}")]
    InvalidCharacter(char),
}

/// Parses an address typed by the administrator: an IPv4 or IPv6 address (brackets optional
/// without a port) or a host name, optionally with `:port`, optionally with an `https://` or
/// `http://` prefix (the scheme is returned; the caller decides about plain HTTP) and a
/// trailing `/`.
pub fn parse_manual_address(input: &str) -> Result<ManualAddress, AddressError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(AddressError::Empty);
    }
    if input.chars().any(char::is_whitespace) {
        return Err(AddressError::ContainsWhitespace);
    }
    let (scheme, rest) = match input.split_once("://") {
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("https") => (Scheme::Https, rest),
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("http") => (Scheme::Http, rest),
        Some(_) => return Err(AddressError::UnsupportedScheme),
        None => (Scheme::Https, input),
    };
    let (authority, tail) = rest.split_at(rest.find(['/', '?', '#']).unwrap_or(rest.len()));
    if tail.contains(['?', '#']) {
        return Err(AddressError::QueryOrFragment);
    }
    if !tail.is_empty() && tail != "/" {
        return Err(AddressError::Path);
    }
    if authority.contains('@') {
        return Err(AddressError::UserInfo);
    }
    if authority.is_empty() {
        return Err(AddressError::MissingHost);
    }

    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        let (inside, after) = bracketed
            .split_once(']')
            .ok_or(AddressError::UnclosedBracket)?;
        let ip: Ipv6Addr = inside.parse().map_err(|_| AddressError::InvalidIpv6)?;
        let port = match after {
            "" => None,
            _ => Some(parse_port(
                after
                    .strip_prefix(':')
                    .ok_or(AddressError::TextAfterBracket)?,
            )?),
        };
        (Host::Ip(IpAddr::V6(ip)), port)
    } else if authority.matches(':').count() > 1 {
        let ip: Ipv6Addr = authority.parse().map_err(|_| AddressError::InvalidIpv6)?;
        (Host::Ip(IpAddr::V6(ip)), None)
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((host, port)) => (host, Some(parse_port(port)?)),
            None => (authority, None),
        };
        (parse_host(host)?, port)
    };
    Ok(ManualAddress { scheme, host, port })
}

fn parse_port(text: &str) -> Result<u16, AddressError> {
    if text.is_empty() {
        return Err(AddressError::PortMissing);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AddressError::PortNotNumeric);
    }
    match text.trim_start_matches('0') {
        "" => Err(AddressError::PortZero),
        digits if digits.len() > 5 => Err(AddressError::PortTooLarge),
        digits => u16::try_from(
            digits
                .parse::<u32>()
                .map_err(|_| AddressError::PortTooLarge)?,
        )
        .map_err(|_| AddressError::PortTooLarge),
    }
}

/// An IPv4 address or an RFC 1123 host name (not an IPv6 address: those have colons).
fn parse_host(host: &str) -> Result<Host, AddressError> {
    if host.is_empty() {
        return Err(AddressError::MissingHost);
    }
    if let Ok(v4) = host.parse::<Ipv4Addr>() {
        return Ok(Host::Ip(IpAddr::V4(v4)));
    }
    if host.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err(AddressError::InvalidIpv4);
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '.'))
    {
        return Err(AddressError::InvalidCharacter(bad));
    }
    if name.len() > 253 {
        return Err(AddressError::NameTooLong);
    }
    for label in name.split('.') {
        if label.is_empty() {
            return Err(AddressError::EmptyLabel);
        }
        if label.len() > 63 {
            return Err(AddressError::LabelTooLong);
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(AddressError::LabelHyphen);
        }
    }
    Ok(Host::Name(name.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> ManualAddress {
        parse_manual_address(input).unwrap()
    }

    fn err(input: &str) -> AddressError {
        parse_manual_address(input).unwrap_err()
    }

    #[test]
    fn manual_addresses_accepted() {
        let a = ok("  192.168.1.20 ");
        assert_eq!(a.scheme, Scheme::Https);
        assert_eq!(a.host, Host::Ip("192.168.1.20".parse().unwrap()));
        assert_eq!(a.port, None);
        assert_eq!(a.authority(), "192.168.1.20:443");

        let a = ok("https://192.168.1.20:8443/");
        assert_eq!(a.port, Some(8443));
        assert_eq!(a.authority(), "192.168.1.20:8443");

        let a = ok("HTTP://Printer-3.Office.Example.");
        assert_eq!(a.scheme, Scheme::Http);
        assert_eq!(a.host, Host::Name("printer-3.office.example".into()));
        assert_eq!(a.authority(), "printer-3.office.example:80");

        assert_eq!(ok("fe80::1").host, Host::Ip("fe80::1".parse().unwrap()));
        let a = ok("[2001:db8::5]:631");
        assert_eq!(a.port, Some(631));
        assert_eq!(a.authority(), "[2001:db8::5]:631");
        assert_eq!(ok("[::1]").authority(), "[::1]:443");
        assert_eq!(ok("EPSON1A2B3C.local:443").port, Some(443));
        assert_eq!(ok("printer:065535").port, Some(65535));
    }

    #[test]
    fn manual_addresses_loopback() {
        assert!(ok("127.0.0.1:8443").is_loopback());
        assert!(ok("[::1]").is_loopback());
        assert!(ok("localhost").is_loopback());
        assert!(
            !ok("printer.localhost").is_loopback(),
            "only the name localhost itself"
        );
        assert!(!ok("10.0.0.1").is_loopback());
        assert!(!ok("localhost.example").is_loopback());
    }

    #[test]
    fn manual_addresses_rejected_each_for_its_reason() {
        assert_eq!(err(""), AddressError::Empty);
        assert_eq!(err("   "), AddressError::Empty);
        assert_eq!(err("192.168.1.20 443"), AddressError::ContainsWhitespace);
        assert_eq!(err("ftp://printer"), AddressError::UnsupportedScheme);
        assert_eq!(err("https://"), AddressError::MissingHost);
        assert_eq!(err(":443"), AddressError::MissingHost);
        assert_eq!(err("admin:pw@printer"), AddressError::UserInfo);
        assert_eq!(err("printer/PRESENTATION/BONJOUR"), AddressError::Path);
        assert_eq!(err("printer/?a=b"), AddressError::QueryOrFragment);
        assert_eq!(err("printer#top"), AddressError::QueryOrFragment);
        assert_eq!(err("printer:"), AddressError::PortMissing);
        assert_eq!(err("printer:https"), AddressError::PortNotNumeric);
        assert_eq!(err("printer:-1"), AddressError::PortNotNumeric);
        assert_eq!(err("printer:0"), AddressError::PortZero);
        assert_eq!(err("printer:65536"), AddressError::PortTooLarge);
        assert_eq!(
            err("printer:99999999999999999999"),
            AddressError::PortTooLarge
        );
        assert_eq!(err("[fe80::1"), AddressError::UnclosedBracket);
        assert_eq!(err("[fe80::1]x"), AddressError::TextAfterBracket);
        assert_eq!(err("[printer]"), AddressError::InvalidIpv6);
        assert_eq!(err("fe80::1::2"), AddressError::InvalidIpv6);
        assert_eq!(err("[::1]:0"), AddressError::PortZero);
        assert_eq!(err("192.168.1.256"), AddressError::InvalidIpv4);
        assert_eq!(err("192.168.1"), AddressError::InvalidIpv4);
        assert_eq!(
            err(&format!("{}.local", "a.".repeat(127))),
            AddressError::NameTooLong
        );
        assert_eq!(err("printer..local"), AddressError::EmptyLabel);
        assert_eq!(err(".printer"), AddressError::EmptyLabel);
        assert_eq!(
            err(&format!("{}.local", "a".repeat(64))),
            AddressError::LabelTooLong
        );
        assert_eq!(err("-printer.local"), AddressError::LabelHyphen);
        assert_eq!(err("printer-.local"), AddressError::LabelHyphen);
        assert_eq!(err("my_printer"), AddressError::InvalidCharacter('_'));
        assert_eq!(err("drucker-büro"), AddressError::InvalidCharacter('ü'));
        assert_eq!(err("printer]"), AddressError::InvalidCharacter(']'));
    }
}
