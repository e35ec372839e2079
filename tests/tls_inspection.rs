//! Microsoft behind TLS inspection: the pre-flight through a real TLS-inspecting proxy,
//! mitmproxy, as a company's network would put it between this computer and Microsoft. The
//! identity simulator sits behind it under a name only the proxy resolves; the proxy answers
//! for that name with a certificate from its own CA. scripts/test installs mitmproxy and names
//! its `mitmdump` in PRINTER_OAUTH_MITMDUMP; a plain `cargo test` leaves these tests out.

mod common;

use common::{Options, demo, preflight_args, run};
use printer_oauth_core::i18n::Lang;
use printer_oauth_sim::Fault;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// The sign-in's host name: reserved (`.test`, RFC 6761), so only the proxy can reach it.
const HOST: &str = "login.printer-oauth.test";
const AUTHORITY: &str = "https://login.printer-oauth.test";

/// A running mitmdump: a regular HTTP(S) proxy that inspects TLS with its own CA and sends
/// [`HOST`] on to the identity simulator.
struct Inspector {
    _child: Child,
    port: u16,
    dir: tempfile::TempDir,
    /// What mitmdump printed: one line per request it passed on.
    log: Arc<Mutex<String>>,
}

/// mitmdump, as scripts/test installs it: fails, saying what to do, when it is not there.
fn require_mitmdump() -> PathBuf {
    let path = std::env::var_os("PRINTER_OAUTH_MITMDUMP").map(PathBuf::from);
    match path {
        Some(p) if p.is_file() => p,
        _ => panic!(
            "this test needs mitmproxy's mitmdump: run it through scripts/test, which installs \
             it, or set PRINTER_OAUTH_MITMDUMP to a mitmdump"
        ),
    }
}

impl Inspector {
    async fn start(identity: SocketAddr) -> Inspector {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut child = Command::new(require_mitmdump())
            .args(["--listen-host", "127.0.0.1", "--listen-port", "0"])
            .args(["--set", &format!("confdir={}", dir.path().display())])
            // The name resolves nowhere: connect onwards only once the request is read.
            .args(["--set", "connection_strategy=lazy"])
            .args([
                "--map-remote",
                &format!("|^https://{}|http://{identity}", HOST.replace('.', r"\.")),
            ])
            // Full request URLs and headers; never the bodies.
            .args(["--flow-detail", "2"])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .expect("mitmdump starts");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let listening = async {
            while let Some(line) = lines.next_line().await.expect("mitmdump output") {
                if let Some(at) = line.split("proxy listening at 127.0.0.1:").nth(1) {
                    return at.trim_end_matches('.').parse::<u16>().expect("a port");
                }
            }
            panic!("mitmdump ended before it listened")
        };
        let port = tokio::time::timeout(Duration::from_secs(60), listening)
            .await
            .expect("mitmdump listens within 60 s");
        let log = Arc::new(Mutex::new(String::new()));
        let kept = log.clone();
        tokio::spawn(async move {
            while let Ok(Some(line)) = lines.next_line().await {
                let mut log = kept.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        Inspector {
            _child: child,
            port,
            dir,
            log,
        }
    }

    /// The proxy's CA certificate (PEM), which mitmdump made on its first start.
    fn ca(&self) -> PathBuf {
        self.dir.path().join("mitmproxy-ca-cert.pem")
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Waits until mitmdump has printed `text`, and fails after 10 s with what it printed.
    async fn saw(&self, text: &str) {
        for _ in 0..100 {
            if self.log.lock().unwrap().contains(text) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "mitmdump did not pass on {text}:\n{}",
            self.log.lock().unwrap()
        );
    }
}

/// The environment of a run through `proxy` (none when None), with `system_store` as the
/// system's whole certificate store.
fn env<'a>(proxy: Option<&'a str>, system_store: &'a Path) -> Vec<(&'a str, &'a str)> {
    vec![
        ("HTTPS_PROXY", proxy.unwrap_or("")),
        ("ALL_PROXY", ""),
        ("NO_PROXY", "localhost,127.0.0.1"),
        (
            "SSL_CERT_FILE",
            system_store.to_str().expect("a UTF-8 path"),
        ),
        ("SSL_CERT_DIR", ""),
    ]
}

/// Asserts that the sign-in's device code and token requests went through the proxy.
async fn signed_in_through(inspector: &Inspector, demo: &printer_oauth_sim::Demo) {
    let ready = demo.ready();
    let base = format!("http://{}/{}/oauth2/v2.0", demo.identity, ready.tenant);
    inspector.saw(&format!("POST {base}/devicecode")).await;
    inspector.saw(&format!("POST {base}/token")).await;
}

fn assert_sent(run: &common::Run, demo: &printer_oauth_sim::Demo) {
    assert_eq!(run.code, 0, "stdout {} stderr {}", run.stdout, run.stderr);
    let kinds = run.kinds();
    assert_eq!(&kinds[kinds.len() - 2..], ["signed-in", "mail-sent"]);
    assert_eq!(demo.shared.dir().mailbox.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs mitmproxy: scripts/test installs it and runs it"]
async fn preflight_through_an_inspecting_proxy_trusted_by_this_computer() {
    let demo = demo(&[]).await;
    let inspector = Inspector::start(demo.identity).await;
    let proxy = inspector.url();
    let ca = inspector.ca();
    // The proxy's CA is in the system's store; --ca-file stays the demo's (for its SMTP).
    let run = run(
        &preflight_args(&demo, &["--authority", AUTHORITY]),
        Options {
            env: &env(Some(&proxy), &ca),
            ..Options::default()
        },
    )
    .await;
    assert_sent(&run, &demo);
    signed_in_through(&inspector, &demo).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs mitmproxy: scripts/test installs it and runs it"]
async fn an_inspecting_proxy_this_computer_does_not_trust_is_named() {
    let demo = demo(&[]).await;
    let inspector = Inspector::start(demo.identity).await;
    let proxy = inspector.url();
    // The system's store holds the demo's CA only, not the proxy's.
    let store = demo.ca_file.clone();
    for lang in Lang::ALL {
        let run = run(
            &preflight_args(&demo, &["--authority", AUTHORITY]),
            Options {
                lang,
                env: &env(Some(&proxy), &store),
                ..Options::default()
            },
        )
        .await;
        assert_eq!(run.code, 4, "stdout {} stderr {}", run.stdout, run.stderr);
        let d = run.diagnosis();
        assert_eq!(
            (d["id"].as_str(), d["code"].as_str()),
            (Some("net-tls-inspected"), Some("tls-inspected")),
            "{d}"
        );
        assert_eq!(d["detail"], format!("{HOST}: CN=mitmproxy, O=mitmproxy"));
        let cause = d["cause"].as_str().unwrap();
        let named = match lang {
            Lang::En => "Its certificate, issued by mitmproxy, is not trusted by this computer.",
            Lang::Hr => {
                "Certifikat mreže, koji je izdao mitmproxy, ovo računalo ne smatra pouzdanim."
            }
        };
        assert!(
            cause.starts_with(&lang.text("diag-net-tls-inspected-cause")) && cause.ends_with(named),
            "{cause}"
        );
        assert!(d["fix"].as_str().unwrap().contains("--ca-file"));
        // The same words for people, on standard error.
        assert!(run.stderr.contains(cause), "{}", run.stderr);
        assert!(!run.kinds().contains(&"code"), "no sign-in began");
    }
    assert!(demo.shared.dir().grants.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs mitmproxy: scripts/test installs it and runs it"]
async fn the_sign_in_reaches_microsoft_only_through_the_proxy_trusting_the_ca_file() {
    let demo = demo(&[]).await;
    let inspector = Inspector::start(demo.identity).await;
    let proxy = inspector.url();
    // The proxy's CA comes with --ca-file (beside the demo's), not from the system's store.
    let bundle = inspector.dir.path().join("bundle.pem");
    let pem = [
        std::fs::read_to_string(&demo.ca_file).unwrap(),
        std::fs::read_to_string(inspector.ca()).unwrap(),
    ]
    .concat();
    std::fs::write(&bundle, pem).unwrap();
    let bundle = bundle.display().to_string();
    let store = demo.ca_file.clone();
    let args = preflight_args(&demo, &["--authority", AUTHORITY, "--ca-file", &bundle]);

    let direct = run(
        &args,
        Options {
            env: &env(None, &store),
            ..Options::default()
        },
    )
    .await;
    assert_eq!(direct.code, 4, "{}", direct.stderr);
    assert_eq!(direct.diagnosis()["id"], "net-unreachable");

    let through = run(
        &args,
        Options {
            env: &env(Some(&proxy), &store),
            ..Options::default()
        },
    )
    .await;
    assert_sent(&through, &demo);
    signed_in_through(&inspector, &demo).await;
}

/// No proxy is needed here: the SMTP simulator presents a certificate from an issuer this
/// computer does not know, as a network inspecting SMTP's STARTTLS would.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_untrusted_smtp_certificate_names_its_issuer() {
    for lang in Lang::ALL {
        let demo = demo(&[Fault::UntrustedCertificate]).await;
        let run = run(
            &preflight_args(&demo, &[]),
            Options {
                lang,
                ..Options::default()
            },
        )
        .await;
        assert_eq!(run.code, 4, "{}", run.stderr);
        assert!(run.kinds().contains(&"signed-in"));
        let d = run.diagnosis();
        assert_eq!(d["id"], "net-tls-inspected", "{d}");
        assert_eq!(
            d["detail"],
            format!("{}: CN=untrusted smtp simulator", demo.smtp.ip())
        );
        let named = match lang {
            Lang::En => "issued by untrusted smtp simulator, is not trusted",
            Lang::Hr => "koji je izdao untrusted smtp simulator, ovo računalo ne smatra",
        };
        assert!(d["cause"].as_str().unwrap().contains(named), "{d}");
        assert!(demo.shared.dir().mailbox.is_empty());
    }
}

/// A CA of nobody's, as a PEM file in `dir`.
fn unrelated_ca(dir: &Path) -> String {
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "Unrelated CA");
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    let cert = params
        .self_signed(&rcgen::KeyPair::generate().unwrap())
        .unwrap();
    let path = dir.join("unrelated-ca.pem");
    std::fs::write(&path, cert.pem()).unwrap();
    path.display().to_string()
}

// The mail check trusts --ca-file's roots, then the system's verifier, in two tries (lettre
// takes one or the other): these need no proxy.

/// A pre-flight against a new demo whose `--ca-file` is a CA of nobody's; the system's store
/// holds the demo's CA when `system_trusts_demo`, else that same unrelated CA.
async fn preflight_with_an_unrelated_ca_file(
    system_trusts_demo: bool,
) -> (printer_oauth_sim::Demo, common::Run) {
    let demo = demo(&[]).await;
    let dir = tempfile::tempdir().unwrap();
    let unrelated = unrelated_ca(dir.path());
    let store: PathBuf = if system_trusts_demo {
        demo.ca_file.clone()
    } else {
        unrelated.clone().into()
    };
    let run = run(
        &preflight_args(&demo, &["--ca-file", &unrelated]),
        Options {
            env: &env(None, &store),
            ..Options::default()
        },
    )
    .await;
    (demo, run)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_smtp_server_the_system_trusts_is_reached_when_the_ca_file_names_another() {
    let (demo, run) = preflight_with_an_unrelated_ca_file(true).await;
    assert_sent(&run, &demo);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_smtp_server_neither_the_ca_file_nor_the_system_trusts_gets_nothing() {
    let (demo, run) = preflight_with_an_unrelated_ca_file(false).await;
    assert_eq!(run.code, 4, "stdout {} stderr {}", run.stdout, run.stderr);
    let d = run.diagnosis();
    assert_eq!(d["id"], "net-tls-inspected", "{d}");
    assert!(
        d["detail"].as_str().unwrap().starts_with("127.0.0.1: "),
        "{d}"
    );
    assert!(demo.shared.dir().mailbox.is_empty(), "nothing was sent");
}
