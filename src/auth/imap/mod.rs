//! Password check by IMAP login. The `imap` crate is synchronous, so each
//! check runs on the blocking pool, under a global cap on logins in flight
//! and a deadline that covers connect, greeting, TLS and login.
//!
//! Never enable the crate's debug output: it prints the LOGIN line.

use std::io;
use std::net::{IpAddr, SocketAddr, TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use rustls::pki_types::ServerName;
use rustls::{ClientConfig, ClientConnection, StreamOwned};
use tokio::sync::Semaphore;
use zeroize::Zeroizing;

use crate::auth::{AuthError, Authenticator, FailureTiming, Usage, Verdict};
use crate::domain::{EmailAddress, Password};
use crate::request_deadline::WaitLine;
pub mod config;
mod stream;

pub use stream::ImapStream;
use stream::{is_timeout, printable, raw_command, remaining};

pub use config::{ImapMechanism, ImapSecurity, ImapSettings};

/// Response codes (RFC 5530) after which a NO means "cannot check now",
/// not "wrong password".
const OUTAGE_CODES: &[&str] = &[
    "[UNAVAILABLE]",
    "[SERVERBUG]",
    "[PRIVACYREQUIRED]",
    "[LIMIT]",
    "[INUSE]",
];
/// How long a check outside a web request waits for one of the
/// `max_in_flight` slots.
const IN_FLIGHT_WAIT: Duration = Duration::from_secs(2);
/// Checks that may wait per slot; time bounds the line first.
const WAITING_PER_SLOT: usize = 50;

#[derive(Clone)]
pub struct ImapAuthenticator {
    inner: Arc<Inner>,
}

struct Inner {
    host: String,
    port: u16,
    security: ImapSecurity,
    tls: Arc<ClientConfig>,
    connect_timeout: Duration,
    timeout: Duration,
    send_client_ip: bool,
    mechanism: ImapMechanism,
    in_flight: Semaphore,
    /// Logins waiting for `in_flight`.
    line: WaitLine,
    /// Slots only confirming logins may take when `in_flight` is full.
    confirm_reserve: Semaphore,
    failure_timing: FailureTiming,
    /// One calibrating login at a time; everyone else waits for its figure.
    calibrating: tokio::sync::Mutex<()>,
    /// A mailbox of a served domain that does not exist: logging in as it
    /// with a random password measures how long Dovecot takes to refuse.
    calibration_user: String,
}

/// Which slots a check may take.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Login,
    Confirm,
}

impl ImapAuthenticator {
    /// `calibration_user` is an address of a served domain that no
    /// mailbox has (see [`crate::domain::MailDomains::probe_address`]).
    pub fn from_settings(
        s: &ImapSettings,
        calibration_user: &str,
    ) -> Result<Self, crate::tls::TlsSetupError> {
        let mut authenticator = Self::new(ImapTarget {
            host: s.host.clone().unwrap_or_default(),
            port: s.effective_port(),
            security: s.security,
            ca_file: s.ca_file.clone(),
            connect_timeout: Duration::from_secs(s.connect_timeout_secs),
            timeout: Duration::from_secs(s.timeout_secs),
            send_client_ip: s.send_client_ip,
            mechanism: s.mechanism,
            max_in_flight: s.max_in_flight,
        })?;
        if let Some(inner) = Arc::get_mut(&mut authenticator.inner) {
            inner.calibration_user = calibration_user.to_owned();
        }
        Ok(authenticator)
    }

    pub fn new(target: ImapTarget) -> Result<Self, crate::tls::TlsSetupError> {
        let tls = crate::tls::client_config(target.ca_file.as_deref())?;
        Ok(Self {
            inner: Arc::new(Inner {
                host: target.host,
                port: target.port,
                security: target.security,
                tls,
                connect_timeout: target.connect_timeout,
                timeout: target.timeout,
                send_client_ip: target.send_client_ip,
                mechanism: target.mechanism,
                in_flight: Semaphore::new(target.max_in_flight.max(1)),
                line: WaitLine::new(
                    target.max_in_flight,
                    target.max_in_flight * WAITING_PER_SLOT,
                ),
                confirm_reserve: Semaphore::new((target.max_in_flight / 4).max(2)),
                failure_timing: FailureTiming::default(),
                calibrating: tokio::sync::Mutex::new(()),
                calibration_user: "mailpasswd-readiness-probe@invalid".to_owned(),
            }),
        })
    }

    fn server(&self) -> String {
        format!("{}:{}", self.inner.host, self.inner.port)
    }

    /// A slot for a check, waited for in turn within the request's
    /// deadline (a burst of employees is served, not refused); past it the
    /// caller answers 429. A confirming login may also take one of the
    /// slots kept for confirmations.
    async fn slot(&self, purpose: Purpose) -> Result<tokio::sync::SemaphorePermit<'_>, AuthError> {
        let acquired = match purpose {
            Purpose::Login => {
                let place = self
                    .inner
                    .line
                    .join(IN_FLIGHT_WAIT)
                    .ok_or(AuthError::Busy)?;
                tokio::time::timeout(place.wait, self.inner.in_flight.acquire()).await
            }
            Purpose::Confirm => match self.inner.in_flight.try_acquire() {
                Ok(permit) => Ok(Ok(permit)),
                Err(_) => {
                    let wait = crate::request_deadline::queue_wait(IN_FLIGHT_WAIT);
                    tokio::time::timeout(wait, self.inner.confirm_reserve.acquire()).await
                }
            },
        };
        acquired
            .map_err(|_| AuthError::Busy)?
            .map_err(|_| AuthError::Cancelled)
    }

    async fn run_blocking<T: Send + 'static>(
        &self,
        purpose: Purpose,
        work: impl FnOnce(&Inner, Instant) -> Result<T, AuthError> + Send + 'static,
    ) -> Result<T, AuthError> {
        let _permit = self.slot(purpose).await?;
        let deadline = Instant::now() + self.inner.timeout;
        let timeout = self.inner.timeout;
        let inner = Arc::clone(&self.inner);
        let started = Instant::now();
        let task = tokio::task::spawn_blocking(move || work(&inner, deadline));
        // The socket timeouts end the blocking work too; this guards the caller.
        let result = match tokio::time::timeout(timeout + Duration::from_secs(1), task).await {
            Ok(Ok(result)) => result,
            Ok(Err(_)) => Err(AuthError::Cancelled),
            Err(_) => Err(AuthError::Timeout(self.server())),
        };
        self.inner.line.served(started.elapsed());
        crate::telemetry::metrics::imap_check(started.elapsed());
        result
    }
}

/// Where and how to reach the IMAP server.
#[derive(Debug, Clone)]
pub struct ImapTarget {
    pub host: String,
    pub port: u16,
    pub security: ImapSecurity,
    pub ca_file: Option<PathBuf>,
    pub connect_timeout: Duration,
    pub timeout: Duration,
    pub send_client_ip: bool,
    pub mechanism: ImapMechanism,
    pub max_in_flight: usize,
}

impl ImapAuthenticator {
    async fn check(
        &self,
        purpose: Purpose,
        user: &str,
        password: &Password,
        client_ip: Option<IpAddr>,
    ) -> Result<Verdict, AuthError> {
        self.check_reading_quota(purpose, user, password, client_ip, false)
            .await
            .map(|(verdict, _)| verdict)
    }

    async fn check_reading_quota(
        &self,
        purpose: Purpose,
        user: &str,
        password: &Password,
        client_ip: Option<IpAddr>,
        quota: bool,
    ) -> Result<(Verdict, Option<Usage>), AuthError> {
        let user = user.to_owned();
        let password = password.clone();
        let started = Instant::now();
        let result = self
            .run_blocking(purpose, move |inner, deadline| {
                let mut session = inner.open(deadline)?;
                if inner.send_client_ip {
                    if let Some(ip) = client_ip {
                        session = send_id(session, ip, inner, deadline)?;
                    }
                }
                login(session, &user, &password, inner, deadline, quota)
            })
            .await;
        if let Ok((Verdict::Rejected, _)) = result {
            self.inner.failure_timing.observe(started.elapsed());
        }
        result
    }
}

#[async_trait]
impl Authenticator for ImapAuthenticator {
    async fn verify(
        &self,
        mailbox: &EmailAddress,
        password: &Password,
        client_ip: Option<IpAddr>,
    ) -> Result<Verdict, AuthError> {
        self.verify_reading_quota(mailbox, password, client_ip)
            .await
            .map(|(verdict, _)| verdict)
    }

    async fn verify_reading_quota(
        &self,
        mailbox: &EmailAddress,
        password: &Password,
        client_ip: Option<IpAddr>,
    ) -> Result<(Verdict, Option<Usage>), AuthError> {
        let result = self
            .check_reading_quota(Purpose::Login, mailbox.as_str(), password, client_ip, true)
            .await;
        if let Err(e) = &result {
            tracing::warn!(mailbox = %mailbox, error = %e, "IMAP check failed");
        }
        result
    }

    async fn confirm(
        &self,
        mailbox: &EmailAddress,
        password: &Password,
        client_ip: Option<IpAddr>,
    ) -> Result<Verdict, AuthError> {
        self.check(Purpose::Confirm, mailbox.as_str(), password, client_ip)
            .await
    }

    /// As long as Dovecot takes to refuse a login. Until one refusal has
    /// been seen, a login for a mailbox that does not exist (with a random
    /// password, never the one submitted) shows how long that is.
    async fn reject_unknown(&self) -> Result<(), AuthError> {
        if let Some(typical) = self.inner.failure_timing.typical() {
            tokio::time::sleep(typical).await;
            // Counted like a check, so the metrics do not tell either.
            crate::telemetry::metrics::imap_check(typical);
            return Ok(());
        }
        let waiting = Instant::now();
        let _calibrating = self.inner.calibrating.lock().await;
        if let Some(typical) = self.inner.failure_timing.typical() {
            // Another request measured it while this one waited.
            tokio::time::sleep(typical.saturating_sub(waiting.elapsed())).await;
            return Ok(());
        }
        let random = Password::parse(crate::token::random_token())
            .map_err(|e| AuthError::Protocol(e.to_string()))?;
        let user = self.inner.calibration_user.clone();
        match self.check(Purpose::Login, &user, &random, None).await? {
            Verdict::Rejected => Ok(()),
            Verdict::Accepted => Err(AuthError::Protocol(format!(
                "the IMAP server let {user} in with a random password"
            ))),
        }
    }

    async fn probe(&self) -> Result<(), AuthError> {
        self.run_blocking(Purpose::Login, |inner, deadline| {
            inner.open(deadline).map(|_| ())
        })
        .await
    }
}

type Client = imap::Client<ImapStream>;

/// A connection ready for credentials.
struct Opened {
    client: Client,
    /// A second handle on the socket, to set timeouts under the client.
    tcp: TcpStream,
    caps: Caps,
}

impl Inner {
    fn server(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }

    /// Connects and brings the session to the point where credentials may
    /// be sent: over TLS (or to loopback in plain), greeting read, current
    /// capabilities known.
    fn open(&self, deadline: Instant) -> Result<Opened, AuthError> {
        let tcp = self.connect(deadline)?;
        let handle = tcp.try_clone().map_err(|e| self.map_io(e))?;
        self.arm(&handle, deadline)?;
        let stream = match self.security {
            ImapSecurity::Tls => ImapStream::Tls(Box::new(self.wrap_tls(tcp)?)),
            ImapSecurity::Starttls | ImapSecurity::Plain => ImapStream::Plain(tcp),
        };
        let mut client = imap::Client::new(stream);
        self.arm(&handle, deadline)?;
        let greeting = client.read_greeting().map_err(|e| self.map_err(e))?;
        check_greeting(&greeting)?;
        let mut caps = self.capabilities(&mut client, &handle, deadline)?;
        if self.security == ImapSecurity::Starttls {
            if !caps.starttls {
                return Err(AuthError::StartTlsUnavailable);
            }
            let mut stream = client.into_inner().map_err(|e| self.map_err(e))?;
            self.arm(&handle, deadline)?;
            raw_command(&mut stream, "STARTTLS").map_err(|e| self.map_io(e))?;
            let ImapStream::Plain(tcp) = stream else {
                return Err(AuthError::Protocol(
                    "STARTTLS on a TLS connection".to_owned(),
                ));
            };
            client = imap::Client::new(ImapStream::Tls(Box::new(self.wrap_tls(tcp)?)));
            // What was offered in the clear cannot be trusted: ask again.
            caps = self.capabilities(&mut client, &handle, deadline)?;
        }
        Ok(Opened {
            client,
            tcp: handle,
            caps,
        })
    }

    fn connect(&self, deadline: Instant) -> Result<TcpStream, AuthError> {
        let server = self.server();
        let connect_error = |reason: String| AuthError::Connect {
            server: server.clone(),
            reason,
        };
        let addrs: Vec<SocketAddr> = (self.host.as_str(), self.port)
            .to_socket_addrs()
            .map_err(|e| connect_error(e.to_string()))?
            .collect();
        let mut last = connect_error("the name has no address".to_owned());
        for addr in addrs {
            let budget = remaining(deadline).min(self.connect_timeout);
            if budget.is_zero() {
                return Err(AuthError::Timeout(server));
            }
            match TcpStream::connect_timeout(&addr, budget) {
                Ok(tcp) => {
                    let _ = tcp.set_nodelay(true);
                    return Ok(tcp);
                }
                Err(e) if is_timeout(&e) => last = AuthError::Timeout(server.clone()),
                Err(e) => last = connect_error(e.to_string()),
            }
        }
        Err(last)
    }

    fn wrap_tls(
        &self,
        tcp: TcpStream,
    ) -> Result<StreamOwned<ClientConnection, TcpStream>, AuthError> {
        let name = ServerName::try_from(
            self.host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_owned(),
        )
        .map_err(|e| AuthError::Tls(format!("invalid server name {}: {e}", self.host)))?;
        let conn = ClientConnection::new(Arc::clone(&self.tls), name)
            .map_err(|e| AuthError::Tls(e.to_string()))?;
        let mut stream = StreamOwned::new(conn, tcp);
        // Handshake now, so certificate problems surface as TLS errors.
        while stream.conn.is_handshaking() {
            stream
                .conn
                .complete_io(&mut stream.sock)
                .map_err(|e| self.map_io(e))?;
        }
        Ok(stream)
    }

    /// Every read and write gets at most the time left until the deadline.
    fn arm(&self, tcp: &TcpStream, deadline: Instant) -> Result<(), AuthError> {
        let left = remaining(deadline);
        if left.is_zero() {
            return Err(AuthError::Timeout(self.server()));
        }
        tcp.set_read_timeout(Some(left))
            .and_then(|()| tcp.set_write_timeout(Some(left)))
            .map_err(|e| self.map_io(e))
    }

    fn capabilities(
        &self,
        client: &mut Client,
        tcp: &TcpStream,
        deadline: Instant,
    ) -> Result<Caps, AuthError> {
        self.arm(tcp, deadline)?;
        let caps = client.capabilities().map_err(|e| self.map_err(e))?;
        Ok(Caps {
            starttls: caps.has_str("STARTTLS"),
            login_disabled: caps.has_str("LOGINDISABLED"),
            auth_plain: caps.has_str("AUTH=PLAIN"),
        })
    }

    fn map_io(&self, e: io::Error) -> AuthError {
        if is_timeout(&e) {
            return AuthError::Timeout(self.server());
        }
        if let Some(tls) = e
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        {
            return AuthError::Tls(tls.to_string());
        }
        match e.kind() {
            io::ErrorKind::UnexpectedEof
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::BrokenPipe => AuthError::Bye("connection closed".to_owned()),
            _ => AuthError::Connect {
                server: self.server(),
                reason: e.to_string(),
            },
        }
    }

    fn map_err(&self, e: imap::Error) -> AuthError {
        match e {
            imap::Error::Io(io) => self.map_io(io),
            imap::Error::Bye(bye) => AuthError::Bye(bye.information),
            imap::Error::ConnectionLost => AuthError::Bye("connection closed".to_owned()),
            imap::Error::No(no) => AuthError::Protocol(format!("NO {}", no.information)),
            imap::Error::Bad(bad) => AuthError::Protocol(format!("BAD {}", bad.information)),
            other => AuthError::Protocol(other.to_string()),
        }
    }
}

struct Caps {
    starttls: bool,
    login_disabled: bool,
    auth_plain: bool,
}

fn check_greeting(line: &[u8]) -> Result<(), AuthError> {
    if line.starts_with(b"* OK") {
        Ok(())
    } else if line.starts_with(b"* BYE") {
        Err(AuthError::Bye(printable(line)))
    } else {
        Err(AuthError::Protocol(format!(
            "greeting {:?}",
            printable(line)
        )))
    }
}

/// Announces the employee's address to Dovecot (`login_trusted_networks`),
/// so its log, auth penalty and fail2ban see them and not this service.
fn send_id(
    opened: Opened,
    ip: IpAddr,
    inner: &Inner,
    deadline: Instant,
) -> Result<Opened, AuthError> {
    inner.arm(&opened.tcp, deadline)?;
    let mut stream = opened.client.into_inner().map_err(|e| inner.map_err(e))?;
    // An IP address never needs escaping inside the quotes.
    let command = format!("ID (\"x-originating-ip\" \"{ip}\")");
    match raw_command(&mut stream, &command) {
        Ok(()) => {}
        // A server without ID support says BAD/NO: harmless, go on.
        Err(e) if e.kind() == io::ErrorKind::Other => {}
        Err(e) => return Err(inner.map_io(e)),
    }
    Ok(Opened {
        client: imap::Client::new(stream),
        ..opened
    })
}

fn login(
    opened: Opened,
    user: &str,
    password: &Password,
    inner: &Inner,
    deadline: Instant,
    quota: bool,
) -> Result<(Verdict, Option<Usage>), AuthError> {
    inner.arm(&opened.tcp, deadline)?;
    let client = opened.client;
    let outcome = if opened.caps.auth_plain && inner.mechanism == ImapMechanism::Auto {
        // SASL PLAIN carries any UTF-8 password without IMAP quoting.
        let sasl = PlainSasl {
            user,
            password: password.expose(),
        };
        client.authenticate("PLAIN", &sasl).map_err(|(e, _)| e)
    } else if opened.caps.login_disabled {
        return Err(AuthError::LoginDisabled);
    } else {
        client.login(user, password.expose()).map_err(|(e, _)| e)
    };
    match outcome {
        Ok(mut session) => {
            let usage = quota.then(|| storage_usage(&mut session)).flatten();
            let _ = session.logout();
            Ok((Verdict::Accepted, usage))
        }
        Err(imap::Error::No(no)) => {
            let text = no.information.trim_start();
            if OUTAGE_CODES.iter().any(|code| text.starts_with(code)) {
                Err(AuthError::Unavailable(no.information))
            } else {
                Ok((Verdict::Rejected, None))
            }
        }
        Err(e) => Err(inner.map_err(e)),
    }
}

/// The INBOX's storage use and limit, where the server has a quota on it
/// (`GETQUOTAROOT INBOX`, RFC 9208); nothing when it has none or refuses.
fn storage_usage(session: &mut imap::Session<ImapStream>) -> Option<Usage> {
    let answer = session.get_quota_root("INBOX").ok()?;
    answer.quotas().iter().find_map(|quota| {
        quota.resources.iter().find_map(|resource| {
            (resource.name == imap::types::QuotaResourceName::Storage && resource.limit > 0)
                .then_some(Usage {
                    used_kib: resource.usage,
                    limit_kib: resource.limit,
                })
        })
    })
}

struct PlainSasl<'a> {
    user: &'a str,
    password: &'a str,
}

impl imap::Authenticator for PlainSasl<'_> {
    type Response = Zeroizing<Vec<u8>>;

    fn process(&self, _challenge: &[u8]) -> Self::Response {
        // RFC 4616: authzid NUL authcid NUL passwd, authzid left empty.
        let mut message = Vec::with_capacity(self.user.len() + self.password.len() + 2);
        message.push(0);
        message.extend_from_slice(self.user.as_bytes());
        message.push(0);
        message.extend_from_slice(self.password.as_bytes());
        Zeroizing::new(message)
    }
}
