//! A second look at a refused SMTP certificate, to name its issuer (lettre does not say who
//! issued it): STARTTLS by hand, then a handshake under the same trust, which records it.

use super::MailCheck;
use crate::trust::Issuer;
use rustls::pki_types::ServerName;
use std::io::{Error, ErrorKind};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

/// The longest reply line read.
const MAX_LINE: u64 = 4096;

/// The issuer of the certificate the server presents after STARTTLS, when this computer
/// refuses it for that issuer; None when it cannot be learned.
pub(super) async fn refused_issuer(check: &MailCheck) -> Option<Issuer> {
    let handshake = tokio::time::timeout(check.timeout, starttls(check)).await;
    match handshake {
        Ok(Err(_)) => check.trust.take_refused(),
        _ => None,
    }
}

async fn starttls(check: &MailCheck) -> Result<(), Error> {
    let stream = TcpStream::connect((check.smtp_host.as_str(), check.smtp_port)).await?;
    let mut stream = BufReader::new(stream);
    reply(&mut stream, "220").await?;
    stream
        .get_mut()
        .write_all(b"EHLO printer-oauth\r\n")
        .await?;
    reply(&mut stream, "250").await?;
    stream.get_mut().write_all(b"STARTTLS\r\n").await?;
    reply(&mut stream, "220").await?;
    let name = ServerName::try_from(check.smtp_host.clone())
        .map_err(|e| Error::new(ErrorKind::InvalidInput, e))?;
    TlsConnector::from(check.trust.shared_config())
        .connect(name, stream.into_inner())
        .await?;
    Ok(())
}

/// Reads one reply, every line of it; an error unless it carries `code`.
async fn reply(stream: &mut BufReader<TcpStream>, code: &str) -> Result<(), Error> {
    loop {
        let mut line = String::new();
        if (&mut *stream).take(MAX_LINE).read_line(&mut line).await? == 0 {
            return Err(ErrorKind::UnexpectedEof.into());
        }
        if !line.starts_with(code) {
            return Err(Error::other(format!(
                "unexpected reply: {}",
                line.trim_end()
            )));
        }
        if line.as_bytes().get(3) != Some(&b'-') {
            return Ok(());
        }
    }
}
