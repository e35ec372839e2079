//! The simulated printer's mDNS advertisement: `_ipps._tcp` and `_http._tcp` with the TXT
//! records an Epson WF-C5890 publishes, on this machine's addresses.

use std::time::Duration;

use mdns_sd::{IfKind, ServiceDaemon, ServiceInfo};

/// What the simulated printer advertises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterAdvert {
    /// The instance name (`EPSON WF-C5890 Series`).
    pub instance: String,
    /// The mDNS host name (`EPSON1A2B3C.local.`; `.local.` is added when missing).
    pub host_name: String,
    /// The make and model (`EPSON WF-C5890 Series`).
    pub model: String,
    /// The printer's UUID.
    pub uuid: String,
    /// Advertise on the loopback interface only (a simulator that listens on loopback).
    pub loopback_only: bool,
}

/// A running advertisement. Dropping it unregisters the services (goodbye packets) and stops
/// the mDNS daemon.
pub struct Advertisement {
    daemon: ServiceDaemon,
    fullnames: Vec<String>,
}

/// How long Drop waits for each goodbye and for the daemon to stop.
const STOP_WAIT: Duration = Duration::from_millis(500);

/// Advertises the simulated printer on `port` on every address of this machine (loopback
/// included; only loopback with `loopback_only`), as `_ipps._tcp` and `_http._tcp`.
pub fn advertise(port: u16, info: &PrinterAdvert) -> Result<Advertisement, String> {
    let host_name = mdns_host_name(&info.host_name);
    let admin_url = format!(
        "https://{}:{port}/PRESENTATION/BONJOUR",
        host_name.trim_end_matches('.')
    );
    let manufacturer = info.model.split_whitespace().next().unwrap_or_default();
    let model = info
        .model
        .strip_prefix(manufacturer)
        .map_or(info.model.as_str(), str::trim_start);
    let product = format!("({})", info.model);
    let ipps_txt = [
        ("txtvers", "1"),
        ("ty", info.model.as_str()),
        ("product", product.as_str()),
        ("usb_MFG", manufacturer),
        ("usb_MDL", model),
        ("UUID", info.uuid.as_str()),
        ("adminurl", admin_url.as_str()),
        ("pdl", "application/pdf,image/urf"),
        ("rp", "ipp/print"),
    ];
    let http_txt = [
        ("adminurl", admin_url.as_str()),
        ("ty", info.model.as_str()),
        ("usb_MFG", manufacturer),
        ("UUID", info.uuid.as_str()),
    ];
    let services = [
        ("_ipps._tcp.local.", &ipps_txt[..]),
        ("_http._tcp.local.", &http_txt[..]),
    ]
    .into_iter()
    .map(|(ty, txt)| {
        ServiceInfo::new(ty, &info.instance, &host_name, (), port, txt)
            .map(ServiceInfo::enable_addr_auto)
            .map_err(|e| format!("invalid mDNS service {ty}: {e}"))
    })
    .collect::<Result<Vec<_>, _>>()?;

    let daemon = ServiceDaemon::new().map_err(|e| format!("mDNS daemon did not start: {e}"))?;
    if info.loopback_only {
        daemon
            .disable_interface(IfKind::All)
            .and_then(|()| daemon.enable_interface(vec![IfKind::LoopbackV4, IfKind::LoopbackV6]))
            // Loopback's addresses never change: no check for new ones every 5 s, so that an
            // idle demo does not wake.
            .and_then(|()| daemon.set_ip_check_interval(0))
            .map_err(|e| format!("mDNS interfaces: {e}"))?;
    }
    let mut advertisement = Advertisement {
        daemon,
        fullnames: Vec::new(),
    };
    for service in services {
        let fullname = service.get_fullname().to_string();
        advertisement
            .daemon
            .register(service)
            .map_err(|e| format!("could not register {fullname}: {e}"))?;
        advertisement.fullnames.push(fullname);
    }
    Ok(advertisement)
}

/// `name` as an mDNS host name ending in `.local.`.
fn mdns_host_name(name: &str) -> String {
    let name = name.trim_end_matches('.');
    let name = name.strip_suffix(".local").unwrap_or(name);
    format!("{name}.local.")
}

impl Drop for Advertisement {
    fn drop(&mut self) {
        for fullname in &self.fullnames {
            if let Ok(status) = self.daemon.unregister(fullname) {
                let _ = status.recv_timeout(STOP_WAIT);
            }
        }
        if let Ok(status) = self.daemon.shutdown() {
            let _ = status.recv_timeout(STOP_WAIT);
        }
    }
}
