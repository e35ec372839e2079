use super::*;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer as Signer, KeyPair};
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use std::net::SocketAddr;
use tokio::net::{TcpListener, TcpStream};

/// A CA named `name`: its PEM and what signs with it.
fn ca(name: &str) -> (String, Signer<'static, KeyPair>) {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.distinguished_name.push(DnType::CommonName, name);
    params
        .distinguished_name
        .push(DnType::OrganizationName, "Contoso");
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let key = KeyPair::generate().unwrap();
    let pem = params.self_signed(&key).unwrap().pem();
    (pem, Signer::new(params, key))
}

/// A TLS server on loopback whose certificate `signer` issued; it answers one handshake.
async fn server(signer: &Signer<'static, KeyPair>) -> SocketAddr {
    let key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::new(vec!["localhost".to_string()]).unwrap();
    params
        .subject_alt_names
        .push(rcgen::SanType::IpAddress([127, 0, 0, 1].into()));
    let cert = params.signed_by(&key, signer).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(
        vec![cert.der().clone()],
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
    )
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
    let (pem, signer) = ca("Contoso Inspection CA");
    let trust = SystemTrust::new(Some(pem.as_bytes())).unwrap();
    handshake(&trust, server(&signer).await).await.unwrap();
    assert_eq!(trust.take_refused(), None);
}

#[tokio::test]
async fn a_certificate_of_the_ca_file_for_another_name_is_refused() {
    let (pem, signer) = ca("Contoso Inspection CA");
    let trust = SystemTrust::new(Some(pem.as_bytes())).unwrap();
    let refused = handshake_as(&trust, server(&signer).await, "smtp.office365.com")
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
    let (_, inspector) = ca("Contoso Inspection CA");
    let (other, _) = ca("Another CA");
    let trust = SystemTrust::new(Some(other.as_bytes())).unwrap();
    let error = handshake(&trust, server(&inspector).await)
        .await
        .unwrap_err();
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
