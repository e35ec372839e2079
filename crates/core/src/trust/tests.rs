use super::*;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::net::SocketAddr;
use tokio::net::{TcpListener, TcpStream};

/// A made-up inspection CA (CN=Contoso Inspection CA, O=Contoso), and another CA that did not
/// issue the server's certificate (tests/fixtures/certs, written by scripts/make-test-certs).
const CONTOSO_CA: &str = include_str!("../../../../tests/fixtures/certs/contoso-ca.pem");
const ANOTHER_CA: &str = include_str!("../../../../tests/fixtures/certs/another-ca.pem");

/// A TLS server on loopback with a certificate the Contoso CA issued for localhost and
/// 127.0.0.1; it answers one handshake.
async fn server() -> SocketAddr {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/certs");
    let cert = CertificateDer::from_pem_file(format!("{dir}/localhost.pem")).unwrap();
    let key = PrivateKeyDer::from_pem_file(format!("{dir}/localhost.key")).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![cert], key)
    .unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        let _ = tokio_rustls::TlsAcceptor::from(Arc::new(config))
            .accept(stream)
            .await;
    });
    addr
}

async fn handshake(trust: &SystemTrust, addr: SocketAddr) -> std::io::Result<()> {
    handshake_as(trust, addr, "127.0.0.1").await
}

/// A handshake that expects the certificate to name `host`.
async fn handshake_as(trust: &SystemTrust, addr: SocketAddr, host: &str) -> std::io::Result<()> {
    let stream = TcpStream::connect(addr).await?;
    let name = ServerName::try_from(host.to_string()).unwrap();
    tokio_rustls::TlsConnector::from(trust.shared_config())
        .connect(name, stream)
        .await
        .map(drop)
}

#[tokio::test]
async fn the_ca_file_is_trusted_besides_the_system() {
    let trust = SystemTrust::new(Some(CONTOSO_CA.as_bytes())).unwrap();
    handshake(&trust, server().await).await.unwrap();
    assert_eq!(trust.take_refused(), None);
}

#[tokio::test]
async fn a_certificate_of_the_ca_file_for_another_name_is_refused() {
    let trust = SystemTrust::new(Some(CONTOSO_CA.as_bytes())).unwrap();
    let refused = handshake_as(&trust, server().await, "smtp.office365.com")
        .await
        .expect_err("a certificate for localhost is not smtp.office365.com's");
    // Refused for its name, by the CA file's verifier: not blamed on an unknown issuer.
    assert!(!refused_for_issuer(&refused), "{refused}");
    assert!(
        refused.to_string().to_lowercase().contains("name"),
        "{refused}"
    );
    assert_eq!(trust.take_refused(), None);
}

#[tokio::test]
async fn a_refused_certificate_names_its_issuer() {
    let trust = SystemTrust::new(Some(ANOTHER_CA.as_bytes())).unwrap();
    let error = handshake(&trust, server().await).await.unwrap_err();
    // The handshake's error carries rustls's inside an io::Error, wrapped once more here.
    let wrapped = std::io::Error::other(error);
    assert!(refused_for_issuer(&wrapped), "{wrapped:?}");
    let issuer = trust.take_refused().expect("the issuer is recorded");
    assert_eq!(issuer.name, "Contoso Inspection CA");
    assert_eq!(trust.take_refused(), None, "taken once");

    let d = inspected("login.microsoftonline.com", Some(&issuer), Lang::En);
    assert_eq!(
        (d.id, d.code.as_str()),
        ("net-tls-inspected", "tls-inspected")
    );
    assert!(
        d.cause
            .starts_with("Your network inspects encrypted traffic")
            && d.cause.ends_with(
                "Its certificate, issued by Contoso Inspection CA, is not trusted by this computer."
            ),
        "{}",
        d.cause
    );
    assert!(d.fix.contains("--ca-file"), "{}", d.fix);
    assert_eq!(
        d.detail.as_deref(),
        Some("login.microsoftonline.com: CN=Contoso Inspection CA, O=Contoso")
    );
    let hr = d.in_lang(Lang::Hr);
    assert!(
        hr.cause.contains("koji je izdao Contoso Inspection CA"),
        "{}",
        hr.cause
    );
}

#[test]
fn other_failures_are_not_blamed_on_the_issuer() {
    let expired = rustls::Error::InvalidCertificate(CertificateError::Expired);
    assert!(!refused_for_issuer(&std::io::Error::other(expired)));
    let unknown = rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer);
    assert!(refused_for_issuer(&std::io::Error::other(unknown)));
    assert!(!refused_for_issuer(&std::io::Error::other("refused")));
}

#[test]
fn a_ca_file_without_certificates_is_refused() {
    let e = SystemTrust::new(Some(b"not a certificate")).unwrap_err();
    assert!(matches!(e, TrustError::CaFile(_)), "{e:?}");
    assert_eq!(e.diagnose(Lang::En).id, "local-ca-file");
}
