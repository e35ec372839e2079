//! The printer address an administrator types in when discovery does not find the device.
//!
//! One truth about addresses: a host is accepted only when the `url` crate, which the HTTP and
//! TLS code use, reads it as the very same host (`0x7f.1` is not a name that happens to look
//! odd: the HTTP stack connects to it as 127.0.0.1, so it is refused).

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

impl Host {
    /// The host as the `url` crate (and so the HTTP and TLS code) holds it: the parser
    /// accepts a host only when the `url` crate reads its text as this very host.
    pub fn url_host(&self) -> url::Host<String> {
        match self {
            Host::Ip(IpAddr::V4(v4)) => url::Host::Ipv4(*v4),
            Host::Ip(IpAddr::V6(v6)) => url::Host::Ipv6(*v6),
            Host::Name(name) => url::Host::Domain(name.clone()),
        }
    }
}

impl fmt::Display for Host {
    /// The host as it goes into a URL: IPv6 in brackets.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.url_host().fmt(f)
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
    #[error("the address is read as the IPv4 address {0} by network software")]
    ReadAsIpv4(Ipv4Addr),
    #[error("the last label of a host name cannot be a number")]
    NumericLastLabel,
    #[error("not a host name the network software reads as typed")]
    NotAHostName,
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
        let ip = parse_ipv6(inside)?;
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
        (Host::Ip(IpAddr::V6(parse_ipv6(authority)?)), None)
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((host, port)) => (host, Some(parse_port(port)?)),
            None => (authority, None),
        };
        (parse_host(host)?, port)
    };
    Ok(ManualAddress { scheme, host, port })
}

/// A server written as exactly `HOST:PORT` (`[v6]:PORT` for IPv6), the host by the rules of
/// [`parse_manual_address`]: a scheme, a path, a user name or a missing port is refused.
pub fn parse_host_port(input: &str) -> Result<(Host, u16), AddressError> {
    if input.contains("://") {
        return Err(AddressError::UnsupportedScheme);
    }
    if input.trim_end().ends_with('/') {
        return Err(AddressError::Path);
    }
    let address = parse_manual_address(input)?;
    let port = address.port.ok_or(AddressError::PortMissing)?;
    Ok((address.host, port))
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

/// An IPv6 address (without brackets) that the `url` crate reads as the same address.
fn parse_ipv6(text: &str) -> Result<Ipv6Addr, AddressError> {
    let ip: Ipv6Addr = text.parse().map_err(|_| AddressError::InvalidIpv6)?;
    match url::Host::parse(&format!("[{text}]")) {
        Ok(url::Host::Ipv6(read)) if read == ip => Ok(ip),
        _ => Err(AddressError::InvalidIpv6),
    }
}

/// An IPv4 address in four decimal numbers or an RFC 1123 host name whose last label is not a
/// number (not an IPv6 address: those have colons), read by the `url` crate as typed.
fn parse_host(host: &str) -> Result<Host, AddressError> {
    if host.is_empty() {
        return Err(AddressError::MissingHost);
    }
    // Four decimal numbers without leading zeros; `127.1` and `0177.0.0.1` are not (other
    // software reads them as 127.0.0.1).
    if let Ok(v4) = host.parse::<Ipv4Addr>() {
        return match url::Host::parse(host) {
            Ok(url::Host::Ipv4(read)) if read == v4 => Ok(Host::Ip(IpAddr::V4(v4))),
            _ => Err(AddressError::InvalidIpv4),
        };
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
    let name = name.to_ascii_lowercase();
    // What the HTTP stack would connect to: `0x7f.1` and `0x7f000001` are 127.0.0.1 to it.
    match url::Host::parse(&name) {
        Ok(url::Host::Domain(read)) if read == name => Ok(Host::Name(name)),
        Ok(url::Host::Ipv4(read)) => Err(AddressError::ReadAsIpv4(read)),
        _ if ends_in_a_number(&name) => Err(AddressError::NumericLastLabel),
        _ => Err(AddressError::NotAHostName),
    }
}

/// Whether a name's last label is a number, decimal or `0x` hexadecimal (`w1.9`): URLs read
/// such a name as an IPv4 address, or as nothing.
fn ends_in_a_number(name: &str) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name);
    let hex = last
        .strip_prefix("0x")
        .is_some_and(|digits| digits.bytes().all(|b| b.is_ascii_hexdigit()));
    hex || (!last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()))
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

    #[test]
    fn what_other_software_reads_as_another_host_is_refused() {
        let localhost = Ipv4Addr::LOCALHOST;
        assert_eq!(err("0x7f.1"), AddressError::ReadAsIpv4(localhost));
        assert_eq!(err("0x7f000001"), AddressError::ReadAsIpv4(localhost));
        assert_eq!(err("0X7F.0.0.1:8443"), AddressError::ReadAsIpv4(localhost));
        assert_eq!(err("0177.0.0.1"), AddressError::InvalidIpv4);
        assert_eq!(err("127.1"), AddressError::InvalidIpv4);
        assert_eq!(err("127.0.0.1."), AddressError::InvalidIpv4);
        assert_eq!(err("w1.9"), AddressError::NumericLastLabel);
        assert_eq!(err("printer.0x1g.9"), AddressError::NumericLastLabel);
        assert_eq!(err("printer.0x"), AddressError::NumericLastLabel);
        assert_eq!(err("xn--a.local"), AddressError::NotAHostName);
        // A number inside a name, or a last label with letters, is a name.
        assert_eq!(ok("w1.9a").host, Host::Name("w1.9a".into()));
        assert_eq!(
            ok("1printer.local").host,
            Host::Name("1printer.local".into())
        );
        assert_eq!(ok("0x7f.local").host, Host::Name("0x7f.local".into()));
    }

    #[test]
    fn what_is_accepted_is_the_host_the_url_crate_connects_to() {
        for input in [
            "192.168.1.20",
            "https://192.168.1.20:8443/",
            "HTTP://Printer-3.Office.Example.",
            "fe80::1",
            "[2001:db8::5]:631",
            "[::ffff:192.0.2.1]",
            "localhost",
            "EPSON1A2B3C.local:443",
            "xn--bcher-kva.example",
        ] {
            let address = ok(input);
            let url = url::Url::parse(&format!("https://{}/", address.authority())).unwrap();
            assert_eq!(
                url.host().map(|h| h.to_owned()),
                Some(address.host.url_host()),
                "{input}"
            );
            assert_eq!(
                url::Host::parse(&address.host.to_string()),
                Ok(address.host.url_host()),
                "{input}"
            );
        }
    }

    #[test]
    fn a_server_is_exactly_host_and_port() {
        let (host, port) = parse_host_port("smtp.office365.com:587").unwrap();
        assert_eq!((host, port), (Host::Name("smtp.office365.com".into()), 587));
        let (host, port) = parse_host_port("[::1]:2525").unwrap();
        assert_eq!((host, port), (Host::Ip("::1".parse().unwrap()), 2525));
        for (input, problem) in [
            (
                "smtp://smtp.office365.com:587",
                AddressError::UnsupportedScheme,
            ),
            (
                "https://smtp.office365.com:587",
                AddressError::UnsupportedScheme,
            ),
            ("smtp.office365.com:587/", AddressError::Path),
            ("smtp.office365.com:587/x", AddressError::Path),
            ("smtp.office365.com:587#x", AddressError::QueryOrFragment),
            ("user@smtp.office365.com:587", AddressError::UserInfo),
            ("smtp.office365.com", AddressError::PortMissing),
            ("::1", AddressError::PortMissing),
            ("smtp.office365.com:0", AddressError::PortZero),
            ("0x7f.1:587", AddressError::ReadAsIpv4(Ipv4Addr::LOCALHOST)),
            ("w1.9:587", AddressError::NumericLastLabel),
        ] {
            assert_eq!(parse_host_port(input), Err(problem), "{input}");
        }
    }
}
