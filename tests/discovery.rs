//! Printer discovery over real mDNS: the simulated printer advertises in one network
//! namespace and discovery runs in another, the two joined by a veth pair; and, on the
//! default namespace, advertiser and discovery on the same host.
//!
//! The namespace test re-runs this test binary inside `ip netns exec` with `ROLE` set to
//! `advertise` or `discover`, so no command-line subcommand is needed.

mod common;

use common::SKIP_NETNS as SKIP;
use printer_oauth_core::printer::discovery::{Found, discover};
use printer_oauth_sim::mdns::{PrinterAdvert, advertise};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Selects the role of a re-executed test binary.
const ROLE: &str = "PRINTER_OAUTH_DISCOVERY_ROLE";
const MODEL: &str = "EPSON WF-C5890 Series";
const UUID: &str = "cfe92100-67c4-11d4-a45f-f8d027a1b2c3";
const PORT: u16 = 8443;
const ADVERTISING: &str = "ADVERTISING";
const DISCOVERED: &str = "DISCOVERED ";

fn printer(host_name: &str, uuid: &str) -> PrinterAdvert {
    PrinterAdvert {
        instance: MODEL.into(),
        host_name: host_name.into(),
        model: MODEL.into(),
        uuid: uuid.into(),
        loopback_only: false,
    }
}

fn discover_now(duration: Duration) -> Vec<Found> {
    tokio::runtime::Runtime::new()
        .expect("tokio runtime")
        .block_on(discover(duration))
        .expect("discovery runs")
}

#[test]
fn discovers_printer_across_network_namespaces() {
    match std::env::var(ROLE).as_deref() {
        Ok("advertise") => {
            let _advert = advertise(PORT, &printer("EPSON1A2B3C", UUID)).expect("advertise");
            println!("{ADVERTISING}");
            // The parent kills this process when it is done.
            std::thread::sleep(Duration::from_secs(60));
            return;
        }
        Ok("discover") => {
            let found = discover_now(Duration::from_secs(3));
            let json = serde_json::to_string(&found).expect("JSON");
            println!("{DISCOVERED}{json}");
            return;
        }
        _ => {}
    }

    let Some(net) = Namespaces::create() else {
        return;
    };
    let started = Instant::now();
    let mut advertiser = Killed(net.run_role(&net.a, "advertise"));
    let lines = read_lines(advertiser.0.stdout.take().expect("advertiser stdout"));
    let ready = Instant::now() + Duration::from_secs(20);
    loop {
        let left = ready.saturating_duration_since(Instant::now());
        match lines.recv_timeout(left) {
            // libtest prints "test NAME ... " before the role's own output, on the same line.
            Ok(line) if line.trim_end().ends_with(ADVERTISING) => break,
            Ok(_) => {}
            Err(_) => panic!("the advertiser in {} did not start", net.a),
        }
    }
    eprintln!("advertiser ready after {:?}", started.elapsed());

    let discovering = Instant::now();
    let mut discoverer = Killed(net.run_role(&net.b, "discover"));
    let stdout = discoverer.0.stdout.take().expect("discoverer stdout");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        BufReader::new(stdout)
            .read_to_string(&mut text)
            .map(|_| text)
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        match discoverer.0.try_wait().expect("discoverer status") {
            Some(status) => break status,
            None if Instant::now() > deadline => panic!("discovery in {} hung", net.b),
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    };
    let text = reader.join().expect("reader").expect("discoverer output");
    eprintln!("discovery took {:?}", discovering.elapsed());
    assert!(status.success(), "discovery failed: {text}");
    let json = text
        .lines()
        .find_map(|l| l.split_once(DISCOVERED).map(|(_, json)| json))
        .unwrap_or_else(|| panic!("no result from discovery: {text}"));
    let found: Vec<Value> = serde_json::from_str(json).expect("discovery JSON");
    eprintln!(
        "{}",
        serde_json::to_string_pretty(&found).unwrap_or_default()
    );

    assert_eq!(found.len(), 1, "one device in the namespace: {found:?}");
    let printer = &found[0];
    assert_eq!(printer["uuid"], UUID);
    assert_eq!(printer["name"], MODEL);
    assert_eq!(printer["make_and_model"], MODEL);
    assert_eq!(printer["manufacturer"], "EPSON");
    assert_eq!(printer["port"], PORT);
    let admin_url = printer["admin_url"].as_str().unwrap_or_default();
    assert!(
        admin_url.contains("10.77.0.1"),
        "admin URL reaches the printer: {admin_url}"
    );
    assert_eq!(
        admin_url,
        format!("https://10.77.0.1:{PORT}/PRESENTATION/BONJOUR")
    );
    let services = printer["services"].as_array().cloned().unwrap_or_default();
    for service in ["_ipps._tcp", "_http._tcp"] {
        assert!(
            services.iter().any(|s| s == service),
            "{service} in {services:?}"
        );
    }
    assert!(
        printer["addresses"]
            .as_array()
            .is_some_and(|a| a.iter().any(|ip| ip == "10.77.0.1")),
        "addresses: {}",
        printer["addresses"]
    );
}

/// A same-host advertisement is found through multicast loopback.
#[test]
fn discovers_printer_on_this_host() {
    if std::env::var_os(ROLE).is_some() {
        return;
    }
    // Unique names: a demo or another test run may advertise on this host at the same time.
    let uuid = uuid::Uuid::new_v4().to_string();
    let host = format!("EPSONTEST{}", std::process::id());
    let _advert = advertise(PORT, &printer(&host, &uuid)).expect("advertise");
    let started = Instant::now();
    let found = discover_now(Duration::from_secs(3));
    eprintln!("discovery took {:?}", started.elapsed());
    let ours: Vec<&Found> = found
        .iter()
        .filter(|f| f.uuid.as_deref() == Some(&uuid))
        .collect();
    assert_eq!(ours.len(), 1, "our printer once in {found:#?}");
    let printer = ours[0];
    assert_eq!(printer.make_and_model.as_deref(), Some(MODEL));
    assert_eq!(printer.services, ["_http._tcp", "_ipps._tcp"]);
    assert_eq!(printer.host, format!("{host}.local"));
    let admin_url = printer.admin_url.as_deref().unwrap_or_default();
    assert!(
        printer
            .addresses
            .iter()
            .any(|ip| admin_url.contains(&ip.to_string())),
        "admin URL {admin_url} uses one of {:?}",
        printer.addresses
    );
}

/// Kills and reaps the child on drop.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn read_lines(stdout: impl Read + Send + 'static) -> mpsc::Receiver<String> {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    receive
}

/// Two network namespaces, `a` (10.77.0.1/24) and `b` (10.77.0.2/24), joined by a veth pair;
/// deleted on drop.
struct Namespaces {
    ip: PathBuf,
    a: String,
    b: String,
    created: Vec<String>,
}

impl Namespaces {
    /// Creates the pair, or returns `None` when it cannot and `PRINTER_OAUTH_SKIP_NETNS=1`
    /// says to skip (outside CI); panics with the reason otherwise.
    fn create() -> Option<Namespaces> {
        let give_up = |why: String| {
            if common::skip_without_netns("network-namespace discovery test", &why) {
                None
            } else {
                panic!(
                    "the discovery test needs network namespaces: {why}.\nRun it as root (or \
                     with CAP_NET_ADMIN and CAP_SYS_ADMIN) with iproute2 installed \
                     (scripts/test installs it), or set {SKIP}=1 to skip it."
                )
            }
        };
        let Some(ip) = find_ip() else {
            return give_up("the `ip` command (iproute2) is not installed".into());
        };
        let pid = std::process::id();
        let mut net = Namespaces {
            ip,
            a: format!("printer-oauth-{pid}-a"),
            b: format!("printer-oauth-{pid}-b"),
            created: Vec::new(),
        };
        for ns in [net.a.clone(), net.b.clone()] {
            if let Err(why) = net.run(&["netns", "add", &ns]) {
                return give_up(format!("`ip netns add` was refused: {why}"));
            }
            net.created.push(ns);
        }
        let (veth_a, veth_b) = (format!("poa{pid}a"), format!("poa{pid}b"));
        let (a, b) = (net.a.clone(), net.b.clone());
        let steps: [&[&str]; 7] = [
            &[
                "-n", &a, "link", "add", &veth_a, "type", "veth", "peer", "name", &veth_b, "netns",
                &b,
            ],
            &["-n", &a, "addr", "add", "10.77.0.1/24", "dev", &veth_a],
            &["-n", &b, "addr", "add", "10.77.0.2/24", "dev", &veth_b],
            &["-n", &a, "link", "set", &veth_a, "multicast", "on", "up"],
            &["-n", &b, "link", "set", &veth_b, "multicast", "on", "up"],
            &["-n", &a, "link", "set", "lo", "up"],
            &["-n", &b, "link", "set", "lo", "up"],
        ];
        for step in steps {
            if let Err(why) = net.run(step) {
                panic!("could not set up the namespaces: {why}");
            }
        }
        for (ns, veth) in [(&a, &veth_a), (&b, &veth_b)] {
            net.wait_until_up(ns, veth);
        }
        Some(net)
    }

    fn run(&self, args: &[&str]) -> Result<(), String> {
        let out = Command::new(&self.ip)
            .args(args)
            .output()
            .map_err(|e| format!("{}: {e}", self.ip.display()))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "ip {}: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            ))
        }
    }

    /// Waits until the link's carrier is up, so that mDNS daemons starting next see it.
    fn wait_until_up(&self, ns: &str, link: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let out = Command::new(&self.ip)
                .args(["-n", ns, "-br", "link", "show", link])
                .output()
                .expect("ip link show");
            if String::from_utf8_lossy(&out.stdout).contains(" UP ") {
                return;
            }
            assert!(Instant::now() < deadline, "{link} in {ns} did not come up");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// This test binary, running this test in `ns` with `role`, stdout piped.
    fn run_role(&self, ns: &str, role: &str) -> Child {
        let exe = std::env::current_exe().expect("test binary path");
        Command::new(&self.ip)
            .args(["netns", "exec", ns])
            .arg(exe)
            .args([
                "--exact",
                "discovers_printer_across_network_namespaces",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(ROLE, role)
            .stdout(Stdio::piped())
            .spawn()
            .expect("ip netns exec")
    }
}

impl Drop for Namespaces {
    fn drop(&mut self) {
        for ns in &self.created {
            if let Err(why) = self.run(&["netns", "del", ns]) {
                eprintln!("could not delete namespace {ns}: {why}");
            }
        }
    }
}

/// The `ip` command: on PATH, else where Debian puts it.
fn find_ip() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join("ip"))
        .chain(["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"].map(PathBuf::from))
        .find(|p| p.is_file())
}

/// Printers are reported as they answer, before the search ends.
#[test]
fn printers_are_reported_as_they_answer() {
    if std::env::var_os(ROLE).is_some() {
        return;
    }
    let uuid = uuid::Uuid::new_v4().to_string();
    let host = format!("EPSONLIVE{}", std::process::id());
    let _advert = advertise(PORT, &printer(&host, &uuid)).expect("advertise");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let started = Instant::now();
    let mut first_seen = None;
    let found = runtime
        .block_on(printer_oauth_core::printer::discovery::discover_live(
            Duration::from_secs(3),
            |so_far| {
                if first_seen.is_none() && so_far.iter().any(|f| f.uuid.as_deref() == Some(&uuid)) {
                    first_seen = Some(started.elapsed());
                }
            },
        ))
        .expect("discovery runs");
    let first_seen = first_seen.expect("reported while searching");
    assert!(
        first_seen < Duration::from_millis(2500),
        "seen after {first_seen:?}"
    );
    assert!(found.iter().any(|f| f.uuid.as_deref() == Some(&uuid)));
}
