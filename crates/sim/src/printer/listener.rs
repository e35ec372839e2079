//! The printer's web server socket: HTTPS with its own certificate (or plain HTTP with the
//! `printer-http-only` knob), and the restart: every open connection is cut, the port refuses
//! connections for the restart time, then the server listens on the same port again.

use crate::{Fault, Shared};
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, mpsc, watch};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_util::either::Either;
use tokio_util::sync::{CancellationToken, WaitForCancellationFutureOwned};

/// Whether the printer's web server listens, and how many restarts it came back from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrinterServer {
    pub up: bool,
    pub restarts: u32,
}

/// Cuts connections and asks the accept loop to restart.
pub struct Gate {
    current: Mutex<CancellationToken>,
    restart: Notify,
    server: watch::Sender<PrinterServer>,
}

impl Gate {
    /// A gate for a server that listens from the start.
    pub fn new() -> Gate {
        let up = PrinterServer {
            up: true,
            restarts: 0,
        };
        Gate {
            current: Mutex::default(),
            restart: Notify::new(),
            server: watch::channel(up).0,
        }
    }

    /// The server's state from now on, for whoever waits on a restart.
    pub fn server(&self) -> watch::Receiver<PrinterServer> {
        self.server.subscribe()
    }

    fn token(&self) -> CancellationToken {
        self.current
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Closes every open connection and takes the server down for the restart time.
    pub fn restart(&self) {
        let old = std::mem::take(&mut *self.current.lock().unwrap_or_else(|e| e.into_inner()));
        old.cancel();
        self.restart.notify_one();
    }
}

/// One accepted connection; it reads end-of-stream once the server restarts.
pub struct Conn {
    io: Either<tokio_rustls::server::TlsStream<TcpStream>, TcpStream>,
    cut: Pin<Box<WaitForCancellationFutureOwned>>,
}

impl AsyncRead for Conn {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        if self.cut.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Ok(()));
        }
        Pin::new(&mut self.io).poll_read(cx, buf)
    }
}

impl AsyncWrite for Conn {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        if self.cut.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Err(std::io::ErrorKind::BrokenPipe.into()));
        }
        Pin::new(&mut self.io).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
}

/// What `axum::serve` accepts from: connections handed over by [`accept_loop`].
pub struct Incoming {
    rx: mpsc::Receiver<(Conn, SocketAddr)>,
    addr: SocketAddr,
}

impl axum::serve::Listener for Incoming {
    type Io = Conn;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Conn, SocketAddr) {
        match self.rx.recv().await {
            Some(conn) => conn,
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<SocketAddr> {
        Ok(self.addr)
    }
}

/// Accepts on `listener`, does the TLS handshake in its own task and hands connections over.
pub fn incoming(
    listener: TcpListener,
    shared: Arc<Shared>,
    gate: Arc<Gate>,
    tls: Arc<ServerConfig>,
) -> std::io::Result<(Incoming, impl Future<Output = ()> + Send + 'static)> {
    let addr = listener.local_addr()?;
    let (tx, rx) = mpsc::channel(64);
    let accept = accept_loop(listener, addr, shared, gate, TlsAcceptor::from(tls), tx);
    Ok((Incoming { rx, addr }, accept))
}

async fn accept_loop(
    mut listener: TcpListener,
    addr: SocketAddr,
    shared: Arc<Shared>,
    gate: Arc<Gate>,
    tls: TlsAcceptor,
    tx: mpsc::Sender<(Conn, SocketAddr)>,
) {
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = gate.restart.notified() => {
                drop(listener);
                gate.server.send_modify(|s| s.up = false);
                tokio::time::sleep(shared.knobs().printer_restart).await;
                listener = rebind(addr).await;
                gate.server.send_modify(|s| {
                    s.up = true;
                    s.restarts += 1;
                });
                continue;
            }
        };
        let Ok((stream, peer)) = accepted else {
            tokio::time::sleep(Duration::from_millis(20)).await;
            continue;
        };
        let cut = Box::pin(gate.token().cancelled_owned());
        let plain = shared.knobs().has(Fault::PrinterHttpOnly);
        let tls = tls.clone();
        let tx = tx.clone();
        tokio::spawn(async move {
            let io = if plain {
                Either::Right(stream)
            } else {
                match tokio::time::timeout(Duration::from_secs(10), tls.accept(stream)).await {
                    Ok(Ok(stream)) => Either::Left(stream),
                    _ => return,
                }
            };
            let _ = tx.send((Conn { io, cut }, peer)).await;
        });
    }
}

/// Listens on the same address again (the port was ours a moment ago).
async fn rebind(addr: SocketAddr) -> TcpListener {
    loop {
        match TcpListener::bind(addr).await {
            Ok(listener) => return listener,
            Err(e) => {
                tracing::debug!(error = %e, "printer simulator could not listen again yet");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
}
