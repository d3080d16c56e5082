//! The command line: one line per message, for people, and exit codes from
//! sysexits.h so scripts can tell bad input from an outage.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::change::{Authority, ChangeFailure, Origin, Told, Why};
use crate::domain::{EmailAddress, Password};
use crate::hash::{HashScheme, HashSettings};
use crate::settings::{Settings, SettingsError, CONFIG_ENV, DEFAULT_CONFIG_PATH};
use crate::startup::{build_core, Application, BuildError};

const EX_DATAERR: u8 = 65;
const EX_SOFTWARE: u8 = 70;
const EX_UNAVAILABLE: u8 = 69;
const EX_TEMPFAIL: u8 = 75;
const EX_CONFIG: u8 = 78;

#[derive(Parser)]
#[command(
    name = "mailpasswd",
    version,
    about = "Self-service mailbox password change for Dovecot"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web service.
    Serve {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Run the real service on 127.0.0.1:8080 with a temporary demo mailbox (no mail server needed).
    Demo {
        /// Where to listen instead of 127.0.0.1:8080.
        #[arg(long)]
        listen: Option<std::net::SocketAddr>,
    },
    /// Exit 0 when the running service answers /healthz (for container HEALTHCHECK).
    Healthcheck {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Read a password from stdin and print a Dovecot hash (like `doveadm pw`).
    Hash {
        #[arg(long, value_enum)]
        scheme: Option<SchemeArg>,
        /// Take the hash parameters from this configuration file.
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Read a new password from stdin and write it for EMAIL, as the web flow does.
    SetPassword {
        #[arg(long)]
        config: Option<PathBuf>,
        /// Skip the password policy (the write and the confirmation still happen).
        #[arg(long)]
        force: bool,
        email: String,
    },
    /// Read a password from stdin and print every rule of the policy it breaks, or "ok".
    CheckPassword {
        #[arg(long)]
        config: Option<PathBuf>,
        /// Judge it as the password of this mailbox (its name and domain count).
        #[arg(long)]
        email: Option<String>,
    },
    /// Check the configuration and probe the credential store and the IMAP server.
    CheckConfig {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Print a new admin API token (once) and the [[token]] block to add to admin.tokens_file.
    AdminToken {
        /// Shown in audit lines, e.g. the customer number in the panel.
        #[arg(long)]
        name: String,
        /// A domain the token may act on (repeat for several).
        #[arg(long = "domain", required = true)]
        domains: Vec<String>,
        /// What it may do (repeat; default all): set-password, reset-link, end-sessions.
        #[arg(long = "allow", value_enum)]
        allow: Vec<AllowArg>,
    },
    /// Print a one-time reset link for EMAIL (signed with server.secret).
    ResetLink {
        #[arg(long)]
        config: Option<PathBuf>,
        /// How long the link works (1 to 72 hours).
        #[arg(long, default_value_t = 24)]
        hours: u32,
        email: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum AllowArg {
    SetPassword,
    ResetLink,
    EndSessions,
}

impl From<AllowArg> for crate::admin::Action {
    fn from(a: AllowArg) -> Self {
        match a {
            AllowArg::SetPassword => crate::admin::Action::SetPassword,
            AllowArg::ResetLink => crate::admin::Action::ResetLink,
            AllowArg::EndSessions => crate::admin::Action::EndSessions,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum SchemeArg {
    #[value(name = "ARGON2ID", alias = "argon2id")]
    Argon2id,
    #[value(name = "SHA512-CRYPT", alias = "sha512-crypt")]
    Sha512Crypt,
    #[value(name = "BLF-CRYPT", alias = "blf-crypt")]
    BlfCrypt,
}

impl From<SchemeArg> for HashScheme {
    fn from(s: SchemeArg) -> Self {
        match s {
            SchemeArg::Argon2id => HashScheme::Argon2id,
            SchemeArg::Sha512Crypt => HashScheme::Sha512Crypt,
            SchemeArg::BlfCrypt => HashScheme::BlfCrypt,
        }
    }
}

/// A message for the operator and the exit code that goes with it.
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    fn new(code: u8, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

impl From<SettingsError> for Failure {
    fn from(e: SettingsError) -> Self {
        Failure::new(EX_CONFIG, e.to_string())
    }
}

impl From<BuildError> for Failure {
    fn from(e: BuildError) -> Self {
        Failure::new(EX_CONFIG, e.to_string())
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let quiet = !matches!(cli.command, Command::Serve { .. } | Command::Demo { .. });
    // A command for people says what matters in its one line; MAILPASSWD_LOG
    // turns the log on.
    crate::telemetry::init(if quiet { "off" } else { "info" });
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("mailpasswd: {}", one_line(&f.message));
            ExitCode::from(f.code)
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Serve { config } => serve(config),
        Command::Demo { listen } => demo(listen),
        Command::Healthcheck { config } => healthcheck(config),
        Command::Hash { scheme, config } => hash(scheme, config),
        Command::SetPassword {
            config,
            force,
            email,
        } => set_password(config, force, &email),
        Command::CheckConfig { config } => check_config(config),
        Command::CheckPassword { config, email } => check_password(config, email.as_deref()),
        Command::AdminToken {
            name,
            domains,
            allow,
        } => admin_token(&name, &domains, &allow),
        Command::ResetLink {
            config,
            hours,
            email,
        } => reset_link(config, hours, &email),
    }
}

fn config_path(explicit: Option<PathBuf>) -> PathBuf {
    explicit
        .or_else(|| std::env::var_os(CONFIG_ENV).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from(DEFAULT_CONFIG_PATH))
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(EX_SOFTWARE, format!("cannot start: {e}")))
}

/// One password from stdin: the whole input less one trailing line break.
fn read_password() -> Result<Password, Failure> {
    let mut input = String::new();
    std::io::stdin()
        .take(Password::MAX_BYTES as u64 + 3)
        .read_to_string(&mut input)
        .map_err(|e| {
            Failure::new(
                EX_DATAERR,
                format!("cannot read the password from stdin: {e}"),
            )
        })?;
    if input.ends_with('\n') {
        input.pop();
        if input.ends_with('\r') {
            input.pop();
        }
    }
    Password::parse(input).map_err(|e| Failure::new(EX_DATAERR, e.to_string()))
}

fn hash(scheme: Option<SchemeArg>, config: Option<PathBuf>) -> Result<(), Failure> {
    let mut settings = match config {
        Some(path) => Settings::load(&path)?.hash,
        None => HashSettings::default(),
    };
    if let Some(scheme) = scheme {
        settings.scheme = scheme.into();
    }
    let config = settings
        .check()
        .map_err(|problems| Failure::new(EX_CONFIG, problems.join("; ")))?;
    let password = read_password()?;
    if let Some(max) = config.max_password_bytes() {
        if password.expose().len() > max {
            return Err(Failure::new(
                EX_DATAERR,
                format!("BLF-CRYPT uses only the first {max} bytes; choose a shorter password or another scheme"),
            ));
        }
    }
    let hashed = config
        .hash_blocking(&password)
        .map_err(|e| Failure::new(EX_SOFTWARE, e.to_string()))?;
    println!("{}", hashed.as_str());
    Ok(())
}

fn set_password(config: Option<PathBuf>, force: bool, email: &str) -> Result<(), Failure> {
    let settings = Settings::load(&config_path(config))?;
    let rt = runtime()?;
    rt.block_on(async {
        let core = build_core(&settings)?;
        let mailbox = EmailAddress::parse(email, &core.domains)
            .map_err(|e| Failure::new(EX_DATAERR, format!("{email:?}: {e}")))?;
        let password = read_password()?;
        let origin = Origin::cli();
        let authority = Authority::Operator {
            mailbox: &mailbox,
            enforce_policy: !force,
        };
        match core.changes.change(authority, &password, &origin).await {
            Ok(changed) => {
                if changed.confirmed {
                    println!("The password of {mailbox} was changed; the mail server accepts it now.");
                } else {
                    println!("The password of {mailbox} was written (not confirmed by a login: auth.confirm = false).");
                }
                // The process ends here: the mail goes out first.
                if let Some(mail) = changed.notification {
                    if !mail.await.unwrap_or(false) {
                        eprintln!("mailpasswd: the notification mail could not be sent (see the log)");
                    }
                }
                Ok(())
            }
            Err(failure) => Err(change_failure(&failure)),
        }
    })
}

/// The person's words for a change that did not happen, in English, with
/// the cause, and the exit code that tells a script what kind it was.
fn change_failure(failure: &ChangeFailure) -> Failure {
    let words = crate::web::Failure::from_told(failure.told.clone()).message(crate::i18n::Lang::En);
    let (code, message) = match &failure.told {
        Told::Refused(violations) => (
            EX_DATAERR,
            format!(
                "password refused, nothing changed: {} (use --force to skip the policy)",
                violations
                    .iter()
                    .map(|v| crate::i18n::violation(crate::i18n::Lang::En, v))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
        ),
        Told::Unknown => (
            EX_SOFTWARE,
            format!("OUTCOME UNKNOWN: {words} ({})", failure.error),
        ),
        Told::NothingChanged(why) => {
            let code = match why {
                Why::NotInStore => EX_DATAERR,
                Why::Internal => EX_SOFTWARE,
                Why::Unavailable => EX_UNAVAILABLE,
                Why::NotSaved => EX_TEMPFAIL,
                _ => EX_TEMPFAIL,
            };
            (
                code,
                format!("nothing changed: {words} ({})", failure.error),
            )
        }
    };
    Failure::new(code, message)
}

fn admin_token(name: &str, domains: &[String], allow: &[AllowArg]) -> Result<(), Failure> {
    if name.trim().is_empty() || name.contains(['\n', '"']) {
        return Err(Failure::new(EX_DATAERR, "--name must be a plain name"));
    }
    let mut checked = Vec::new();
    for domain in domains {
        let domain = domain.trim().to_ascii_lowercase();
        let plain = !domain.is_empty()
            && domain.contains('.')
            && domain
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
        if !plain {
            return Err(Failure::new(
                EX_DATAERR,
                format!("{domain:?} is not a domain"),
            ));
        }
        checked.push(domain);
    }
    let actions: Vec<crate::admin::Action> = if allow.is_empty() {
        crate::admin::Action::ALL.to_vec()
    } else {
        allow.iter().map(|a| (*a).into()).collect()
    };
    let (token, block) = crate::admin::new_token(name.trim(), &checked, &actions);
    println!("The token (shown only now; give it to the control panel):\n\n  {token}\n");
    println!("Add this to admin.tokens_file (it is re-read at once):\n\n{block}");
    Ok(())
}

fn reset_link(config: Option<PathBuf>, hours: u32, email: &str) -> Result<(), Failure> {
    if !(1..=72).contains(&hours) {
        return Err(Failure::new(EX_DATAERR, "--hours must be between 1 and 72"));
    }
    let settings = Settings::load(&config_path(config))?;
    if settings.server.secret.is_none() {
        return Err(Failure::new(
            EX_CONFIG,
            "server.secret (or server.secret_file) must be set: the link is signed with it, and the service must know the same secret",
        ));
    }
    let rt = runtime()?;
    rt.block_on(async {
        let core = build_core(&settings)?;
        let mailbox = EmailAddress::parse(email, &core.domains)
            .map_err(|e| Failure::new(EX_DATAERR, format!("{email:?}: {e}")))?;
        let stored = core.changes.store().lookup(&mailbox).await.map_err(|e| {
            let code = match e {
                crate::store::StoreError::UnknownUser(_) => EX_DATAERR,
                _ => EX_UNAVAILABLE,
            };
            Failure::new(code, e.to_string())
        })?;
        let signer = crate::token::Signer::new(core.secret);
        let expires =
            std::time::SystemTime::now() + std::time::Duration::from_secs(u64::from(hours) * 3600);
        let token = signer.issue_reset(&crate::token::ResetClaim {
            mailbox: mailbox.as_str().to_owned(),
            expires: expires
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_secs(),
            fingerprint: signer.fingerprint(stored.as_str()),
        });
        let base = settings.server.public_url();
        println!("{}/reset/{token}", base.as_str().trim_end_matches('/'));
        let at = jiff::Timestamp::try_from(expires)
            .map(|t| t.to_string())
            .unwrap_or_default();
        eprintln!("valid until {at}, once; any change of the password ends it");
        Ok(())
    })
}

fn check_password(config: Option<PathBuf>, email: Option<&str>) -> Result<(), Failure> {
    let settings = Settings::load(&config_path(config))?;
    let domains = settings
        .mail
        .check()
        .map_err(|problems| Failure::new(EX_CONFIG, problems.join("; ")))?;
    let mailbox = email
        .map(|e| {
            EmailAddress::parse(e, &domains)
                .map_err(|err| Failure::new(EX_DATAERR, format!("{e:?}: {err}")))
        })
        .transpose()?;
    let max_bytes = settings
        .hash
        .check()
        .map_err(|problems| Failure::new(EX_CONFIG, problems.join("; ")))?
        .max_password_bytes();
    let policy = crate::policy::PasswordPolicy::from_settings(
        &settings.policy,
        max_bytes,
        settings.ui.provider_name.as_deref(),
    )
    .map_err(|e| Failure::new(EX_CONFIG, e.to_string()))?;
    let password = read_password()?;
    let violations = runtime()?
        .block_on(std::sync::Arc::new(policy).evaluate(&password, None, mailbox.as_ref()))
        .map_err(|e| Failure::new(EX_UNAVAILABLE, e.to_string()))?;
    if violations.is_empty() {
        println!("ok");
        return Ok(());
    }
    for violation in &violations {
        println!(
            "{}: {}",
            violation.code(),
            crate::i18n::violation(crate::i18n::Lang::En, violation)
        );
    }
    Err(Failure::new(
        EX_DATAERR,
        format!("the password breaks {} rule(s)", violations.len()),
    ))
}

fn check_config(config: Option<PathBuf>) -> Result<(), Failure> {
    let path = config_path(config);
    let settings = Settings::load(&path)?;
    println!("ok: {} parses", path.display());
    let rt = runtime()?;
    // Each part on its own, so that one run names every problem.
    rt.block_on(async {
        let mut problems = Vec::new();
        probe_policy(&settings, &mut problems).await;
        probe_shared_state(&settings, &mut problems).await;
        if let Err(e) = crate::startup::notifier(&settings) {
            problems.push(e.to_string());
        }
        let store = settings
            .mail
            .check()
            .and_then(|domains| Ok((settings.store.check()?, domains)))
            .map_err(|found| crate::store::StoreError::Config(found.join("; ")))
            .and_then(|(config, domains)| crate::store::from_config(config, &domains));
        match &store {
            Ok(store) => match store.probe().await {
                Ok(()) => println!("ok: credential store is readable and writable"),
                Err(e) => problems.push(format!("credential store: {e}")),
            },
            Err(e) => problems.push(format!("credential store: {e}")),
        }
        for warning in settings.warnings() {
            println!("note: {warning}");
        }
        if let (Some(path), Ok(domains)) = (&settings.admin.tokens_file, settings.mail.check()) {
            match crate::admin::AdminTokens::new(path, &domains).problem() {
                None => println!(
                    "ok: admin tokens in {} are readable and valid",
                    path.display()
                ),
                Some(problem) => problems.push(problem),
            }
        }
        let flusher = settings
            .auth_cache
            .check()
            .map_err(|found| crate::auth_cache::FlushError::Setup(found.join("; ")))
            .and_then(crate::auth_cache::from_config);
        match flusher {
            Ok(Some(flusher)) => match flusher.probe().await {
                Ok(()) => match flusher.describe().await {
                    Some(what) => println!("ok: Dovecot's auth cache can be flushed ({what})"),
                    None => println!("ok: Dovecot's auth cache can be flushed"),
                },
                Err(e) => problems.push(format!("auth_cache: {e}")),
            },
            Ok(None) => {}
            Err(e) => problems.push(format!("auth_cache: {e}")),
        }
        let kicker = settings
            .mail_sessions
            .check()
            .map_err(|found| crate::auth_cache::FlushError::Setup(found.join("; ")))
            .and_then(crate::auth_cache::kicker_from_config);
        match kicker {
            Ok(Some(kicker)) => match kicker.probe().await {
                Ok(()) => println!("ok: open mail sessions can be ended (doveadm kick)"),
                Err(e) => problems.push(format!("mail_sessions: {e}")),
            },
            Ok(None) => {}
            Err(e) => problems.push(format!("mail_sessions: {e}")),
        }
        if settings.auth.method == crate::auth::AuthMethod::Imap {
            let probe = settings.mail.check().map(|d| d.probe_address().to_string());
            match crate::auth::ImapAuthenticator::from_settings(
                &settings.auth.imap,
                probe
                    .as_deref()
                    .unwrap_or("mailpasswd-readiness-probe@invalid"),
            ) {
                Ok(imap) => match crate::auth::Authenticator::probe(&imap).await {
                    Ok(()) => println!("ok: {} answers", auth_name(&settings)),
                    Err(e) => problems.push(e.to_string()),
                },
                Err(e) => problems.push(e.to_string()),
            }
        }
        match problems.len() {
            0 => Ok(()),
            1 => Err(Failure::new(EX_UNAVAILABLE, problems.remove(0))),
            n => Err(Failure::new(
                EX_UNAVAILABLE,
                format!("{n} problems: {}", problems.join("; ")),
            )),
        }
    })
}

/// The operator's password list readable, the breached-password source
/// answering.
async fn probe_policy(settings: &Settings, problems: &mut Vec<String>) {
    match crate::policy::PasswordPolicy::from_settings(&settings.policy, None, None) {
        Err(e) => problems.push(e.to_string()),
        Ok(policy) => {
            if let Some(breached) = policy.breached() {
                match breached.probe().await {
                    Ok(what) => println!("ok: breached passwords: {what}"),
                    Err(e) => problems.push(e.to_string()),
                }
            }
        }
    }
}

/// Redis answering and taking writes, when the replicas share it.
async fn probe_shared_state(settings: &Settings, problems: &mut Vec<String>) {
    use crate::state::StateStore;
    let (Ok(Some(redis)), Ok(domains)) = (settings.state.check(), settings.mail.check()) else {
        return;
    };
    let clock: std::sync::Arc<dyn crate::clock::Clock> =
        std::sync::Arc::new(crate::clock::SystemClock);
    let Some(secret) = settings.server.secret_key() else {
        return;
    };
    match crate::startup::redis_state(&redis, &clock, &domains, secret) {
        Ok(state) => match state.ready().await {
            Ok(()) => println!("ok: shared state (Redis) answers and takes writes"),
            Err(e) => problems.push(format!("shared state: {e}")),
        },
        Err(e) => problems.push(format!("shared state: {e}")),
    }
}

fn auth_name(settings: &Settings) -> String {
    match settings.auth.method {
        crate::auth::AuthMethod::Imap => format!(
            "IMAP server {}:{}",
            settings.auth.imap.host.as_deref().unwrap_or("?"),
            settings.auth.imap.effective_port()
        ),
        crate::auth::AuthMethod::Store => "store authenticator".to_owned(),
    }
}

fn one_line(message: &str) -> String {
    message.replace(['\r', '\n'], " ")
}

fn serve(config: Option<PathBuf>) -> Result<(), Failure> {
    let settings = Settings::load(&config_path(config))?;
    run_app(settings, None)
}

fn run_app(settings: Settings, banner: Option<String>) -> Result<(), Failure> {
    let rt = runtime()?;
    rt.block_on(async {
        let app = Application::build(settings).await?;
        match banner {
            Some(text) => println!("{text}"),
            None => tracing::info!(port = app.port(), "mailpasswd listening"),
        }
        app.run_until_stopped()
            .await
            .map_err(|e| Failure::new(EX_SOFTWARE, format!("the server stopped: {e}")))
    })
}

/// A throwaway passwd-file with one mailbox whose password is printed.
fn demo(listen: Option<std::net::SocketAddr>) -> Result<(), Failure> {
    let io = |e: std::io::Error| Failure::new(EX_SOFTWARE, format!("cannot prepare the demo: {e}"));
    let dir = tempfile::Builder::new()
        .prefix("mailpasswd-demo-")
        .tempdir()
        .map_err(io)?;
    let password = demo_passphrase();
    let suggestion = demo_passphrase();
    let hash = HashSettings::default()
        .check()
        .map_err(|problems| Failure::new(EX_SOFTWARE, problems.join("; ")))?
        .hash_blocking(
            &Password::parse(password.clone())
                .map_err(|e| Failure::new(EX_SOFTWARE, e.to_string()))?,
        )
        .map_err(|e| Failure::new(EX_SOFTWARE, e.to_string()))?;
    let passwd = dir.path().join("users");
    std::fs::write(
        &passwd,
        format!(
            "# mailpasswd demo\ndemo@example.org:{}::::::\n",
            hash.as_str()
        ),
    )
    .map_err(io)?;
    let toml = format!(
        r#"[server]
listen = "127.0.0.1:8080"

[mail]
domains = ["example.org"]

[auth]
method = "store"

[store]
kind = "passwd-file"
path = "{}"

[ui]
provider_name = "mailpasswd demo"
"#,
        passwd.display()
    );
    let mut settings = Settings::from_toml_str(&toml)?;
    if let Some(listen) = listen {
        settings.server.listen = listen;
    }
    let url = settings.server.public_url();
    let banner = format!(
        "mailpasswd demo: open {url}\n  address:  demo@example.org\n  password: {password}\n  a new password to try: {suggestion}\n  passwd-file: {} (removed on exit)\nStop with Ctrl-C.",
        passwd.display()
    );
    let result = run_app(settings, Some(banner));
    drop(dir);
    result
}

/// A password for the demo that the default policy accepts, as the demo
/// mailbox's current or new password alike.
fn demo_passphrase() -> String {
    use crate::policy::suggest::{passphrase, Words};
    let policy = crate::policy::PasswordPolicy::new(15, 128, None)
        .with_context_words(["mailpasswd demo", "example"]);
    let mailbox = crate::domain::MailDomains::new(["example.org"])
        .ok()
        .and_then(|domains| EmailAddress::parse("demo@example.org", &domains).ok());
    let mut candidate = passphrase(4, "-", Words::German);
    for _ in 0..20 {
        let accepted = Password::parse(candidate.clone())
            .is_ok_and(|p| policy.check(&p, None, mailbox.as_ref()).is_empty());
        if accepted {
            break;
        }
        candidate = passphrase(4, "-", Words::German);
    }
    candidate
}

/// GET /healthz on the configured listen address, without a TLS stack or
/// an HTTP client library: the container image needs nothing else.
fn healthcheck(config: Option<PathBuf>) -> Result<(), Failure> {
    use std::io::{Read as _, Write as _};
    use std::net::{IpAddr, SocketAddr, TcpStream};
    use std::time::Duration;

    let settings = Settings::load(&config_path(config))?;
    let mut addr: SocketAddr = settings.server.listen;
    if addr.ip().is_unspecified() {
        addr.set_ip(match addr.ip() {
            IpAddr::V4(_) => IpAddr::from([127, 0, 0, 1]),
            IpAddr::V6(_) => IpAddr::from([0, 0, 0, 0, 0, 0, 0, 1]),
        });
    }
    let path = format!("{}/healthz", settings.path_prefix());
    let unhealthy = |why: String| Failure::new(1, format!("unhealthy: {why}"));
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(3))
        .map_err(|e| unhealthy(format!("cannot connect to {addr}: {e}")))?;
    let _ = stream.set_read_timeout(Some(Duration::from_secs(3)));
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .map_err(|e| unhealthy(e.to_string()))?;
    let mut response = Vec::new();
    let _ = stream.take(4096).read_to_end(&mut response);
    let status_line = String::from_utf8_lossy(&response);
    let status_line = status_line.lines().next().unwrap_or("");
    if status_line.starts_with("HTTP/1.1 200") {
        println!("healthy");
        Ok(())
    } else {
        Err(unhealthy(format!("{addr}{path} answered {status_line:?}")))
    }
}
