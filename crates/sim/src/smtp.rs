//! SMTP simulator: Exchange Online's submission dialogue on loopback. Greeting, EHLO before and
//! after STARTTLS, AUTH XOAUTH2 checked against the tokens the identity simulator issued, and
//! Exchange's exact refusals: SMTP AUTH per mailbox, Send As per sender. Submission is plain
//! text then STARTTLS, as on 587 and 25; like Exchange Online, no implicit TLS (465). Accepted
//! messages are kept in the shared mailbox.

use super::Shared;
use super::directory::ReceivedMessage;
use super::knobs::Fault;
use base64::Engine;
use std::sync::Arc;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;

const HOST: &str = "SN4PR0601CA0011.outlook.office365.com";
const MAX_LINE: usize = 64 * 1024;

/// The two certificates the SMTP simulator can present.
pub struct SmtpTls {
    /// Chains to the demo CA.
    pub trusted: Arc<ServerConfig>,
    /// Self-signed, for the untrusted-certificate fault.
    pub untrusted: Arc<ServerConfig>,
}

/// Accepts connections until the task is dropped.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>, tls: Arc<SmtpTls>) {
    loop {
        let Ok((stream, peer)) = listener.accept().await else {
            continue;
        };
        let shared = shared.clone();
        let tls = tls.clone();
        tokio::spawn(async move {
            if let Err(e) = session(stream, peer.ip().to_string(), &shared, &tls).await {
                tracing::debug!(error = %e, "smtp simulator session ended");
            }
        });
    }
}

type Io = std::io::Result<()>;

struct Line<S> {
    io: BufReader<S>,
}

impl<S: AsyncRead + AsyncWrite + Unpin> Line<S> {
    async fn reply(&mut self, text: &str) -> Io {
        self.io
            .get_mut()
            .write_all(format!("{text}\r\n").as_bytes())
            .await?;
        self.io.get_mut().flush().await
    }

    /// The next command line, or None at end of stream.
    async fn read(&mut self) -> std::io::Result<Option<String>> {
        let mut line = Vec::new();
        let n = (&mut self.io)
            .take(MAX_LINE as u64)
            .read_until(b'\n', &mut line)
            .await?;
        if n == 0 {
            return Ok(None);
        }
        Ok(Some(
            String::from_utf8_lossy(&line)
                .trim_end_matches(['\r', '\n'])
                .to_string(),
        ))
    }
}

async fn session(stream: TcpStream, peer: String, shared: &Shared, tls: &SmtpTls) -> Io {
    let mut plain = Line {
        io: BufReader::new(stream),
    };
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc2822)
        .unwrap_or_default();
    plain
        .reply(&format!(
            "220 {HOST} Microsoft ESMTP MAIL Service ready at {now}"
        ))
        .await?;
    loop {
        let Some(line) = plain.read().await? else {
            return Ok(());
        };
        let verb = line
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_uppercase();
        match verb.as_str() {
            "EHLO" => plain.reply(&ehlo(&peer, false)).await?,
            "HELO" => plain.reply(&format!("250 {HOST} Hello [{peer}]")).await?,
            "STARTTLS" => {
                if shared.knobs().has(Fault::OldTls) {
                    plain.reply("421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls.").await?;
                    return Ok(());
                }
                plain.reply("220 2.0.0 SMTP server ready").await?;
                let config = if shared.knobs().has(Fault::UntrustedCertificate) {
                    &tls.untrusted
                } else {
                    &tls.trusted
                };
                let stream = TlsAcceptor::from(config.clone())
                    .accept(plain.io.into_inner())
                    .await?;
                return secure_session(
                    Line {
                        io: BufReader::new(stream),
                    },
                    &peer,
                    shared,
                )
                .await;
            }
            "AUTH" => {
                plain
                    .reply("504 5.7.4 Unrecognized authentication type")
                    .await?
            }
            "MAIL" | "RCPT" | "DATA" => {
                plain
                    .reply("530 5.7.0 Must issue a STARTTLS command first")
                    .await?
            }
            "NOOP" | "RSET" => plain.reply("250 2.0.0 OK").await?,
            "QUIT" => {
                return plain
                    .reply("221 2.0.0 Service closing transmission channel")
                    .await;
            }
            _ => plain.reply("500 5.3.3 Unrecognized command").await?,
        }
    }
}

fn ehlo(peer: &str, secure: bool) -> String {
    let mut lines = vec![
        format!("{HOST} Hello [{peer}]"),
        "SIZE 157286400".into(),
        "PIPELINING".into(),
        "DSN".into(),
        "ENHANCEDSTATUSCODES".into(),
    ];
    if secure {
        lines.push("AUTH LOGIN XOAUTH2".into());
    } else {
        lines.push("STARTTLS".into());
    }
    lines.extend([
        "8BITMIME".into(),
        "BINARYMIME".into(),
        "CHUNKING".into(),
        "SMTPUTF8".into(),
    ]);
    let last = lines.len() - 1;
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| format!("250{}{l}", if i == last { ' ' } else { '-' }))
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// The address between angle brackets of `MAIL FROM:<a@b> BODY=8BITMIME`.
fn address(line: &str) -> String {
    let start = line.find('<').map(|i| i + 1).unwrap_or(0);
    let end = line[start..]
        .find('>')
        .map(|i| start + i)
        .unwrap_or(line.len());
    line[start..end].trim().to_string()
}

/// Decodes an XOAUTH2 initial response into (user, token).
fn xoauth2(encoded: &str) -> Option<(String, String)> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let mut user = None;
    let mut token = None;
    for part in text.split('\x01') {
        if let Some(u) = part.strip_prefix("user=") {
            user = Some(u.to_string());
        } else if let Some(t) = part.strip_prefix("auth=Bearer ") {
            token = Some(t.to_string());
        }
    }
    Some((user?, token?))
}

async fn secure_session<S: AsyncRead + AsyncWrite + Unpin>(
    mut conn: Line<S>,
    peer: &str,
    shared: &Shared,
) -> Io {
    let mut user: Option<String> = None;
    let mut from: Option<String> = None;
    let mut recipients: Vec<String> = Vec::new();
    loop {
        let Some(line) = conn.read().await? else {
            return Ok(());
        };
        let mut words = line.split_whitespace();
        let verb = words.next().unwrap_or_default().to_uppercase();
        match verb.as_str() {
            "EHLO" => conn.reply(&ehlo(peer, true)).await?,
            "AUTH" => {
                let mechanism = words.next().unwrap_or_default().to_uppercase();
                if mechanism != "XOAUTH2" {
                    conn.reply("535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [SN4PR0601CA0011.namprd04.prod.outlook.com]").await?;
                    continue;
                }
                let initial = match words.next() {
                    Some(i) => i.to_string(),
                    None => {
                        conn.reply("334 ").await?;
                        conn.read().await?.unwrap_or_default()
                    }
                };
                let (reply, authed) = authenticate(&initial, shared);
                conn.reply(&reply).await?;
                if let Some(u) = authed {
                    if shared.knobs().has(Fault::DropConnection) {
                        return Ok(());
                    }
                    user = Some(u);
                }
            }
            "MAIL" => {
                let Some(u) = &user else {
                    conn.reply(&format!(
                        "530 5.7.57 Client not authenticated to send mail. [{HOST}]"
                    ))
                    .await?;
                    continue;
                };
                let sender = address(&line);
                let knobs = shared.knobs();
                if knobs.has(Fault::BadOutboundSender) {
                    conn.reply(&format!(
                        "550 5.1.8 Access denied, bad outbound sender. AS(42007) [{HOST}]"
                    ))
                    .await?;
                } else if knobs.has(Fault::ThreadLimit) {
                    conn.reply(&format!("432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded [Hostname={HOST}]")).await?;
                } else if !shared.dir().may_send_as(u, &sender) {
                    conn.reply(&format!("550 5.7.60 SMTP; Client does not have permissions to send as this sender [{HOST}]")).await?;
                } else {
                    from = Some(sender);
                    recipients.clear();
                    conn.reply("250 2.1.0 Sender OK").await?;
                }
            }
            "RCPT" => {
                if from.is_none() {
                    conn.reply("503 5.5.1 Bad sequence of commands").await?;
                } else {
                    recipients.push(address(&line));
                    conn.reply("250 2.1.5 Recipient OK").await?;
                }
            }
            "DATA" => {
                let (Some(sender), Some(u), false) = (&from, &user, recipients.is_empty()) else {
                    conn.reply("503 5.5.1 Bad sequence of commands").await?;
                    continue;
                };
                conn.reply("354 Start mail input; end with <CRLF>.<CRLF>")
                    .await?;
                let data = read_data(&mut conn).await?;
                if shared.knobs().has(Fault::SendAsDenied) {
                    conn.reply(&format!("554 5.2.252 SendAsDenied; {u} not allowed to send as {sender}; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message. [Hostname={HOST}]")).await?;
                } else {
                    shared
                        .dir()
                        .mailbox
                        .push(received(u, sender, &recipients, &data));
                    let id = uuid::Uuid::new_v4().simple().to_string().to_uppercase();
                    conn.reply(&format!("250 2.0.0 OK <{id}@{HOST}> [Hostname={HOST}]"))
                        .await?;
                }
                from = None;
                recipients.clear();
            }
            "RSET" => {
                from = None;
                recipients.clear();
                conn.reply("250 2.0.0 Resetting").await?;
            }
            "NOOP" => conn.reply("250 2.0.0 OK").await?,
            "QUIT" => {
                return conn
                    .reply("221 2.0.0 Service closing transmission channel")
                    .await;
            }
            "STARTTLS" => conn.reply("503 5.5.1 Bad sequence of commands").await?,
            _ => conn.reply("500 5.3.3 Unrecognized command").await?,
        }
    }
}

/// Checks an XOAUTH2 response: Exchange's tenant and mailbox switches first, then the token.
fn authenticate(initial: &str, shared: &Shared) -> (String, Option<String>) {
    let knobs = shared.knobs();
    let refuse = |text: &str| {
        (
            format!("535 5.7.139 Authentication unsuccessful, {text}"),
            None,
        )
    };
    let Some((user, token)) = xoauth2(initial) else {
        return ("501 5.5.124 Invalid XOAUTH2 auth data".into(), None);
    };
    if knobs.has(Fault::SmtpAuthDisabledTenant) {
        return refuse(
            "SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
        );
    }
    const MAILBOX_OFF: &str = "SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.";
    if knobs.has(Fault::SmtpAuthDisabledMailbox) {
        return refuse(MAILBOX_OFF);
    }
    if knobs.has(Fault::SecurityDefaults) {
        return refuse(
            "user is locked by your organization's security defaults policy. Contact your administrator.",
        );
    }
    if knobs.has(Fault::CriteriaNotMet) {
        return refuse(
            "the request did not meet the criteria to be authenticated successfully. Contact your administrator.",
        );
    }
    let dir = shared.dir();
    match dir.smtp_account(&token) {
        // SMTP AUTH is per mailbox: the account the token belongs to needs it.
        Some(account) if account.eq_ignore_ascii_case(&user) && dir.smtp_auth_off(account) => {
            refuse(MAILBOX_OFF)
        }
        Some(account) if account.eq_ignore_ascii_case(&user) => (
            "235 2.7.0 Authentication successful".into(),
            Some(account.to_string()),
        ),
        _ => (
            format!("535 5.7.3 Authentication unsuccessful [{HOST}]"),
            None,
        ),
    }
}

async fn read_data<S: AsyncRead + AsyncWrite + Unpin>(
    conn: &mut Line<S>,
) -> std::io::Result<String> {
    let mut data = String::new();
    while let Some(line) = conn.read().await? {
        if line == "." {
            break;
        }
        data.push_str(line.strip_prefix('.').unwrap_or(&line));
        data.push_str("\r\n");
    }
    Ok(data)
}

fn received(user: &str, from: &str, to: &[String], data: &str) -> ReceivedMessage {
    let parsed = mail_parser::MessageParser::default().parse(data.as_bytes());
    ReceivedMessage {
        smtp_user: user.to_string(),
        from: from.to_string(),
        to: to.to_vec(),
        subject: parsed
            .as_ref()
            .and_then(|m| m.subject())
            .unwrap_or_default()
            .to_string(),
        body: parsed
            .as_ref()
            .and_then(|m| m.body_text(0))
            .unwrap_or_default()
            .trim_end()
            .to_string(),
        received_at: time::OffsetDateTime::now_utc(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ehlo_offers_starttls_before_and_auth_after() {
        let before = ehlo("127.0.0.1", false);
        assert!(before.contains("250-STARTTLS") && !before.contains("AUTH"));
        let after = ehlo("127.0.0.1", true);
        assert!(after.contains("250-AUTH LOGIN XOAUTH2") && !after.contains("STARTTLS"));
        assert!(after.ends_with("250 SMTPUTF8"));
    }

    #[test]
    fn xoauth2_initial_response_decodes() {
        let raw = base64::engine::general_purpose::STANDARD
            .encode("user=a@b.com\x01auth=Bearer tok\x01\x01");
        assert_eq!(xoauth2(&raw), Some(("a@b.com".into(), "tok".into())));
        assert_eq!(xoauth2("!!"), None);
        assert_eq!(address("MAIL FROM:<a@b.com> BODY=8BITMIME"), "a@b.com");
    }
}
