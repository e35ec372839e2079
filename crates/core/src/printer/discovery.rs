//! Finding printers: multicast DNS service discovery (DNS-SD over mDNS) on the local network.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::IpAddr;
use std::time::Duration;

use mdns_sd::{IfKind, ResolvedService, ServiceDaemon, ServiceEvent};
use serde::Serialize;

const IPPS: &str = "_ipps._tcp.local.";
const IPP: &str = "_ipp._tcp.local.";
const PDL: &str = "_pdl-datastream._tcp.local.";
const PRINTER: &str = "_printer._tcp.local.";
const HTTP: &str = "_http._tcp.local.";

/// The service types browsed, in order of preference when one device offers several.
/// macOS asks the user before these are browsed: packaging/macos/Info.plist lists them.
pub const SERVICE_TYPES: [&str; 5] = [IPPS, IPP, PDL, PRINTER, HTTP];

/// TXT keys that mark an `_http._tcp` service as a printer's.
const PRINTER_TXT_KEYS: [&str; 5] = ["ty", "product", "usb_mfg", "pdl", "adminurl"];

/// One device found on the network, merged over all the services it advertises.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Found {
    /// The instance name, without the service type (`EPSON WF-C5890 Series`).
    pub name: String,
    /// The mDNS host name (`EPSON1A2B3C.local`), without the trailing dot.
    pub host: String,
    /// Every address seen for the device, sorted, IPv4 first.
    pub addresses: Vec<IpAddr>,
    /// The port of the admin page (`adminurl`), else of the HTTPS (`_ipps`) service, else of
    /// the first service seen.
    pub port: u16,
    /// The web admin page (TXT `adminurl`). A `.local` host in it is replaced with the
    /// device's preferred address, so it works without an mDNS-aware resolver.
    pub admin_url: Option<String>,
    /// From TXT `ty`, else `usb_MFG` + `usb_MDL`, else `product` without parentheses.
    pub make_and_model: Option<String>,
    /// From TXT `usb_MFG`, else the first word of `make_and_model`.
    pub manufacturer: Option<String>,
    /// TXT `UUID`, as advertised.
    pub uuid: Option<String>,
    /// The service types seen (`_http._tcp`, `_ipps._tcp`, ...), sorted.
    pub services: Vec<String>,
}

/// Why discovery could not run.
#[derive(Debug, thiserror::Error)]
pub enum DiscoveryError {
    /// The mDNS daemon could not start (no sockets, no thread).
    #[error("the mDNS daemon could not start: {0}")]
    Daemon(#[source] mdns_sd::Error),
    /// The daemon refused to browse a service type.
    #[error("could not browse {service}: {source}")]
    Browse {
        service: &'static str,
        #[source]
        source: mdns_sd::Error,
    },
}

/// Browses the printer service types for `duration` and returns one entry per device,
/// sorted by name.
pub async fn discover(duration: Duration) -> Result<Vec<Found>, DiscoveryError> {
    discover_live(duration, |_| {}).await
}

/// Like [`discover`], and calls `on_update` with the devices found so far each time the list
/// changes, so that a window can show printers as they answer.
pub async fn discover_live(
    duration: Duration,
    mut on_update: impl FnMut(&[Found]) + Send,
) -> Result<Vec<Found>, DiscoveryError> {
    let daemon = ServiceDaemon::new().map_err(DiscoveryError::Daemon)?;
    let result = browse_all(&daemon, duration, &mut on_update).await;
    if let Ok(status) = daemon.shutdown() {
        // Waiting lets the daemon close its sockets before the next discovery binds them.
        let _ = tokio::time::timeout(Duration::from_secs(1), status.recv_async()).await;
    }
    result
}

async fn browse_all(
    daemon: &ServiceDaemon,
    duration: Duration,
    on_update: &mut (impl FnMut(&[Found]) + Send),
) -> Result<Vec<Found>, DiscoveryError> {
    // Loopback is on by default in mdns-sd 0.21; say so explicitly, so that an advertisement
    // from this host is seen wherever multicast loops back.
    daemon
        .enable_interface(vec![IfKind::LoopbackV4, IfKind::LoopbackV6])
        .map_err(DiscoveryError::Daemon)?;
    // Every service type's events into one channel, in the order they arrive.
    let (tx, mut events) = tokio::sync::mpsc::unbounded_channel();
    for service in SERVICE_TYPES {
        let receiver = daemon
            .browse(service)
            .map_err(|source| DiscoveryError::Browse { service, source })?;
        let tx = tx.clone();
        tokio::spawn(async move {
            while let Ok(event) = receiver.recv_async().await {
                if tx.send(event).is_err() {
                    break;
                }
            }
        });
    }
    drop(tx);
    let deadline = tokio::time::Instant::now() + duration;
    let mut latest: HashMap<String, Record> = HashMap::new();
    let mut shown: Vec<Found> = Vec::new();
    while let Ok(Some(event)) = tokio::time::timeout_at(deadline, events.recv()).await {
        if record(&mut latest, event) {
            let found = merge(latest.values().cloned().collect());
            if found != shown {
                on_update(&found);
                shown = found;
            }
        }
    }
    for service in SERVICE_TYPES {
        let _ = daemon.stop_browse(service);
    }
    Ok(merge(latest.into_values().collect()))
}

/// Applies one mDNS event to the resolved instances (the latest record of each instance still
/// present, with the addresses of all its resolutions); whether anything changed.
fn record(latest: &mut HashMap<String, Record>, event: ServiceEvent) -> bool {
    match event {
        ServiceEvent::ServiceResolved(service) => {
            let Some(record) = Record::from_resolved(&service) else {
                return false;
            };
            let key = service.fullname.to_lowercase();
            let mut addresses = latest
                .remove(&key)
                .map(|old| old.addresses)
                .unwrap_or_default();
            addresses.extend(record.addresses.iter().copied());
            addresses.sort();
            addresses.dedup();
            latest.insert(
                key,
                Record {
                    addresses,
                    ..record
                },
            );
            true
        }
        ServiceEvent::ServiceRemoved(_, fullname) => {
            latest.remove(&fullname.to_lowercase()).is_some()
        }
        _ => false,
    }
}

/// One resolved service instance, as plain data: the input of [`merge`].
#[derive(Debug, Clone, PartialEq)]
struct Record {
    /// The service type with domain (`_ipps._tcp.local.`).
    service: String,
    /// The instance name without the service type.
    instance: String,
    /// The host name, without the trailing dot.
    host: String,
    port: u16,
    addresses: Vec<IpAddr>,
    /// TXT properties, keys in lower case.
    txt: BTreeMap<String, String>,
}

impl Record {
    fn from_resolved(service: &ResolvedService) -> Option<Record> {
        if !service.is_valid() {
            return None;
        }
        let ty = service.ty_domain.as_str();
        let fullname = service.fullname.as_str();
        let instance = fullname
            .len()
            .checked_sub(ty.len() + 1)
            .filter(|&cut| {
                fullname.is_char_boundary(cut)
                    && fullname[cut..].eq_ignore_ascii_case(&format!(".{ty}"))
            })
            .map_or(fullname, |cut| &fullname[..cut]);
        let txt = service
            .txt_properties
            .iter()
            .map(|p| {
                let value = p.val().map(String::from_utf8_lossy).unwrap_or_default();
                (p.key().to_ascii_lowercase(), value.trim().to_string())
            })
            .collect();
        Some(Record {
            service: ty.to_ascii_lowercase(),
            instance: instance.to_string(),
            host: service.host.trim_end_matches('.').to_string(),
            port: service.port,
            addresses: service.addresses.iter().map(|a| a.to_ip_addr()).collect(),
            txt,
        })
    }

    fn txt(&self, key: &str) -> Option<&str> {
        self.txt
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    fn is_printer_service(&self) -> bool {
        self.service != HTTP
    }

    /// The normalized TXT `UUID` (lower case, without `urn:uuid:`).
    fn uuid_key(&self) -> Option<String> {
        let uuid = self.txt("uuid")?.to_ascii_lowercase();
        Some(uuid.strip_prefix("urn:uuid:").unwrap_or(&uuid).to_string())
    }

    fn preference(&self) -> usize {
        SERVICE_TYPES
            .iter()
            .position(|s| *s == self.service)
            .unwrap_or(SERVICE_TYPES.len())
    }
}

/// What makes records the same device.
#[derive(Debug, PartialEq, Eq)]
enum Key {
    Uuid(String),
    Host(String),
    Addresses(Vec<IpAddr>),
}

/// Keeps printers only and merges the records into one entry per device, sorted by name.
///
/// An `_http._tcp` record counts when its TXT has a printer key or its host also offers a
/// printer service. Records with a UUID group by it; a record without one joins the single
/// UUID group on its host (a print server with several queues has several: then it stands
/// alone), else groups by host name, else by address set.
fn merge(mut records: Vec<Record>) -> Vec<Found> {
    let printer_hosts: BTreeSet<String> = records
        .iter()
        .filter(|r| r.is_printer_service() && !r.host.is_empty())
        .map(|r| r.host.to_ascii_lowercase())
        .collect();
    records.retain(|r| {
        r.is_printer_service()
            || PRINTER_TXT_KEYS.iter().any(|k| r.txt(k).is_some())
            || printer_hosts.contains(&r.host.to_ascii_lowercase())
    });
    records.sort_by(|a, b| {
        (a.preference(), &a.instance, &a.host).cmp(&(b.preference(), &b.instance, &b.host))
    });
    let (with_uuid, without_uuid): (Vec<Record>, Vec<Record>) =
        records.into_iter().partition(|r| r.uuid_key().is_some());

    let mut groups: Vec<(Key, Vec<Record>)> = Vec::new();
    for record in with_uuid {
        let key = Key::Uuid(record.uuid_key().unwrap_or_default());
        push_to_group(&mut groups, key, record);
    }
    for record in without_uuid {
        let host = record.host.to_ascii_lowercase();
        let on_host: Vec<usize> = groups
            .iter()
            .enumerate()
            .filter(|(_, (key, members))| {
                matches!(key, Key::Uuid(_))
                    && !host.is_empty()
                    && members.iter().any(|m| m.host.eq_ignore_ascii_case(&host))
            })
            .map(|(i, _)| i)
            .collect();
        if let [only] = on_host[..] {
            groups[only].1.push(record);
            continue;
        }
        let key = if host.is_empty() {
            let mut addresses = record.addresses.clone();
            addresses.sort();
            addresses.dedup();
            Key::Addresses(addresses)
        } else {
            Key::Host(host)
        };
        push_to_group(&mut groups, key, record);
    }

    let mut found: Vec<Found> = groups
        .into_iter()
        .map(|(_, mut members)| {
            members.sort_by_key(Record::preference);
            found_from(&members)
        })
        .collect();
    found.sort_by(|a, b| (&a.name, &a.host).cmp(&(&b.name, &b.host)));
    found
}

fn push_to_group(groups: &mut Vec<(Key, Vec<Record>)>, key: Key, record: Record) {
    match groups.iter_mut().find(|(k, _)| *k == key) {
        Some((_, members)) => members.push(record),
        None => groups.push((key, vec![record])),
    }
}

/// One device from its records, most preferred service first (never empty).
fn found_from(members: &[Record]) -> Found {
    let txt = |key: &str| members.iter().find_map(|r| r.txt(key));
    let name = members
        .first()
        .map(|r| r.instance.clone())
        .unwrap_or_default();
    let host = members
        .iter()
        .map(|r| r.host.as_str())
        .find(|h| !h.is_empty())
        .unwrap_or_default()
        .to_string();
    let mut addresses: Vec<IpAddr> = members
        .iter()
        .flat_map(|r| r.addresses.iter().copied())
        .collect();
    addresses.sort();
    addresses.dedup();

    let admin_url = txt("adminurl").and_then(|raw| admin_url(raw, &host, &addresses));
    let port = admin_url
        .as_deref()
        .and_then(|u| url::Url::parse(u).ok()?.port_or_known_default())
        .or_else(|| members.iter().find(|r| r.service == IPPS).map(|r| r.port))
        .or_else(|| members.first().map(|r| r.port))
        .unwrap_or_default();

    let make_and_model = txt("ty")
        .map(str::to_string)
        .or_else(|| {
            let mfg = txt("usb_mfg")?;
            let mdl = txt("usb_mdl")?;
            Some(if mdl.to_lowercase().starts_with(&mfg.to_lowercase()) {
                mdl.to_string()
            } else {
                format!("{mfg} {mdl}")
            })
        })
        .or_else(|| {
            let product = txt("product")?
                .trim_matches(|c| c == '(' || c == ')')
                .trim();
            (!product.is_empty()).then(|| product.to_string())
        });
    let manufacturer = txt("usb_mfg").map(str::to_string).or_else(|| {
        make_and_model
            .as_deref()?
            .split_whitespace()
            .next()
            .map(str::to_string)
    });

    let services: BTreeSet<String> = members
        .iter()
        .map(|r| r.service.trim_end_matches(".local.").to_string())
        .collect();
    Found {
        name,
        host,
        addresses,
        port,
        admin_url,
        make_and_model,
        manufacturer,
        uuid: txt("uuid").map(str::to_string),
        services: services.into_iter().collect(),
    }
}

/// The admin URL from TXT, when it is an http(s) URL; a `.local` (or the device's own) host
/// name in it is replaced with the device's preferred address.
fn admin_url(raw: &str, host: &str, addresses: &[IpAddr]) -> Option<String> {
    let mut url = url::Url::parse(raw).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    if let Some(url::Host::Domain(name)) = url.host() {
        let name = name.trim_end_matches('.');
        let is_mdns = name.to_ascii_lowercase().ends_with(".local")
            || (!host.is_empty() && name.eq_ignore_ascii_case(host));
        if let Some(ip) = is_mdns.then(|| preferred_address(addresses)).flatten() {
            url.set_ip_host(ip).ok()?;
        }
    }
    Some(url.to_string())
}

/// The address to reach the device by: routable IPv4, then routable IPv6, then IPv4
/// link-local, then loopback. IPv6 link-local needs a zone and is never chosen.
fn preferred_address(addresses: &[IpAddr]) -> Option<IpAddr> {
    let rank = |ip: &IpAddr| match ip {
        IpAddr::V4(v4) if v4.is_loopback() => Some(3),
        IpAddr::V4(v4) if v4.is_link_local() => Some(2),
        IpAddr::V4(_) => Some(0),
        IpAddr::V6(v6) if v6.is_loopback() => Some(3),
        IpAddr::V6(v6) if v6.is_unicast_link_local() => None,
        IpAddr::V6(_) => Some(1),
    };
    addresses
        .iter()
        .filter_map(|ip| Some((rank(ip)?, *ip)))
        .min()
        .map(|(_, ip)| ip)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(
        service: &str,
        instance: &str,
        host: &str,
        port: u16,
        txt: &[(&str, &str)],
    ) -> Record {
        Record {
            service: service.to_string(),
            instance: instance.to_string(),
            host: host.to_string(),
            port,
            addresses: vec!["192.168.1.20".parse().unwrap()],
            txt: txt
                .iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v.to_string()))
                .collect(),
        }
    }

    fn epson_txt() -> Vec<(&'static str, &'static str)> {
        vec![
            ("txtvers", "1"),
            ("ty", "EPSON WF-C5890 Series"),
            ("product", "(EPSON WF-C5890 Series)"),
            ("usb_MFG", "EPSON"),
            ("usb_MDL", "WF-C5890 Series"),
            ("UUID", "cfe92100-67c4-11d4-a45f-f8d027a1b2c3"),
            (
                "adminurl",
                "https://EPSON1A2B3C.local.:443/PRESENTATION/BONJOUR",
            ),
            ("pdl", "application/pdf,image/urf"),
            ("rp", "ipp/print"),
        ]
    }

    #[test]
    fn one_device_over_several_services() {
        let mut ipps = record(
            IPPS,
            "EPSON WF-C5890 Series",
            "EPSON1A2B3C.local",
            631,
            &epson_txt(),
        );
        ipps.addresses = vec![
            "fe80::1".parse().unwrap(),
            "192.168.1.20".parse().unwrap(),
            "2001:db8::20".parse().unwrap(),
        ];
        let http = record(
            HTTP,
            "EPSON WF-C5890 Series",
            "EPSON1A2B3C.local",
            443,
            &[
                ("UUID", "CFE92100-67C4-11D4-A45F-F8D027A1B2C3"),
                ("ty", "EPSON WF-C5890 Series"),
            ],
        );
        let pdl = record(PDL, "EPSON WF-C5890 Series", "EPSON1A2B3C.local", 9100, &[]);
        let found = merge(vec![http, pdl, ipps]);
        assert_eq!(
            found,
            vec![Found {
                name: "EPSON WF-C5890 Series".into(),
                host: "EPSON1A2B3C.local".into(),
                addresses: vec![
                    "192.168.1.20".parse().unwrap(),
                    "2001:db8::20".parse().unwrap(),
                    "fe80::1".parse().unwrap(),
                ],
                port: 443,
                admin_url: Some("https://192.168.1.20/PRESENTATION/BONJOUR".into()),
                make_and_model: Some("EPSON WF-C5890 Series".into()),
                manufacturer: Some("EPSON".into()),
                uuid: Some("cfe92100-67c4-11d4-a45f-f8d027a1b2c3".into()),
                services: vec![
                    "_http._tcp".into(),
                    "_ipps._tcp".into(),
                    "_pdl-datastream._tcp".into()
                ],
            }]
        );
    }

    #[test]
    fn plain_web_servers_are_dropped() {
        let nas = record(HTTP, "NAS", "nas.local", 80, &[("path", "/")]);
        assert!(merge(vec![nas]).is_empty());
    }

    #[test]
    fn http_is_kept_for_printer_txt_or_printer_host() {
        let by_txt = record(
            HTTP,
            "Old Printer",
            "old.local",
            80,
            &[("product", "(Old Printer 9)")],
        );
        let by_host = record(HTTP, "Brother web", "brother.local", 80, &[]);
        let brother_ipp = record(IPP, "Brother HL-L2350DW", "brother.local", 631, &[]);
        let found = merge(vec![by_txt, by_host, brother_ipp]);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].name, "Brother HL-L2350DW");
        assert_eq!(found[0].services, vec!["_http._tcp", "_ipp._tcp"]);
        assert_eq!(found[0].port, 631);
        assert_eq!(found[1].make_and_model.as_deref(), Some("Old Printer 9"));
        assert_eq!(found[1].manufacturer.as_deref(), Some("Old"));
    }

    #[test]
    fn print_server_queues_stay_apart() {
        let a = record(IPP, "Office A", "cups.local", 631, &[("UUID", "aaaa")]);
        let b = record(IPP, "Office B", "cups.local", 631, &[("UUID", "bbbb")]);
        let web = record(HTTP, "cups", "cups.local", 631, &[]);
        let found = merge(vec![a, b, web]);
        let names: Vec<&str> = found.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Office A", "Office B", "cups"]);
    }

    #[test]
    fn without_uuid_or_host_the_addresses_decide() {
        let a = record(PRINTER, "LPR", "", 515, &[]);
        let b = record(PDL, "Raw", "", 9100, &[]);
        let found = merge(vec![a, b]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].services,
            vec!["_pdl-datastream._tcp", "_printer._tcp"]
        );
        assert_eq!(found[0].name, "Raw");
    }

    #[test]
    fn model_from_usb_keys_or_product() {
        let usb = record(
            IPP,
            "X",
            "x.local",
            631,
            &[("usb_MFG", "HP"), ("usb_MDL", "LaserJet M404")],
        );
        let product = record(
            IPP,
            "Y",
            "y.local",
            631,
            &[("product", "(Canon iR-ADV C5535)")],
        );
        let found = merge(vec![usb, product]);
        assert_eq!(found[0].make_and_model.as_deref(), Some("HP LaserJet M404"));
        assert_eq!(found[0].manufacturer.as_deref(), Some("HP"));
        assert_eq!(
            found[1].make_and_model.as_deref(),
            Some("Canon iR-ADV C5535")
        );
        assert_eq!(found[1].manufacturer.as_deref(), Some("Canon"));
        assert_eq!(found[1].admin_url, None);
    }

    #[test]
    fn admin_url_keeps_real_dns_names_and_drops_junk() {
        let addrs: Vec<IpAddr> = vec!["10.0.0.9".parse().unwrap()];
        assert_eq!(
            admin_url("https://printer.example.com/", "p.local", &addrs).as_deref(),
            Some("https://printer.example.com/")
        );
        assert_eq!(
            admin_url("http://P.local.:8080/x", "p.local", &addrs).as_deref(),
            Some("http://10.0.0.9:8080/x")
        );
        assert_eq!(admin_url("not a url", "p.local", &addrs), None);
        assert_eq!(admin_url("ftp://p.local/", "p.local", &addrs), None);
        let v6: Vec<IpAddr> = vec!["fe80::2".parse().unwrap(), "fd00::9".parse().unwrap()];
        assert_eq!(
            admin_url("https://p.local/", "p.local", &v6).as_deref(),
            Some("https://[fd00::9]/")
        );
    }
}
