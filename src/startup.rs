//! Builds the running parts from a `Settings` value.

use std::sync::Arc;
use std::time::Duration;

use crate::auth;
use crate::change::{ChangeService, ConfirmPolicy};
use crate::domain::MailDomains;
use crate::hash::Hasher;
use crate::policy::PasswordPolicy;
use crate::settings::Settings;
use crate::state::{MemoryState, RedisState, StateStore};
use crate::store;

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("{0}")]
    Config(String),
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Tls(#[from] crate::tls::TlsSetupError),
    #[error(transparent)]
    Policy(#[from] crate::policy::PolicySetupError),
    #[error("auth_cache: {0}")]
    CacheFlush(#[from] crate::auth_cache::FlushError),
}

/// The parts every front end (CLI, web) shares.
pub struct Core {
    pub domains: MailDomains,
    pub hasher: Hasher,
    pub changes: Arc<ChangeService>,
    /// Sessions, limits and change locks: this process's, or the Redis
    /// every replica shares.
    pub shared: Arc<dyn StateStore>,
    /// Signs CSRF tokens, device cookies and reset links.
    pub secret: [u8; 32],
    /// The forgotten-password flow, when it is on.
    pub recovery: Option<crate::recovery::Recovery>,
    pub audit: Arc<crate::audit::Audit>,
}

/// A section that fails its check at build time; `Settings::load` has
/// normally named the problem already.
fn checked<T>(section: Result<T, Vec<String>>) -> Result<T, BuildError> {
    section.map_err(|problems| BuildError::Config(problems.join("; ")))
}

pub fn build_core(settings: &Settings) -> Result<Core, BuildError> {
    build_core_with_clock(settings, Arc::new(crate::clock::SystemClock))
}

pub fn build_core_with_clock(
    settings: &Settings,
    clock: Arc<dyn crate::clock::Clock>,
) -> Result<Core, BuildError> {
    let domains = checked(settings.mail.check())?;
    let hash_config = checked(settings.hash.check())?;
    let policy = PasswordPolicy::from_settings(
        &settings.policy,
        hash_config.max_password_bytes(),
        settings.ui.provider_name.as_deref(),
    )?;
    let hasher = Hasher::new(hash_config);
    let recovery_config = checked(settings.recovery.check(&settings.store))?;
    let (store, recovery_addresses) = store::with_recovery(
        checked(settings.store.check())?,
        &domains,
        recovery_config.as_ref().map(|c| c.place.clone()),
    )?;
    let recovery = recovery_config
        .zip(recovery_addresses)
        .map(|(config, addresses)| crate::recovery::Recovery { addresses, config });
    let authenticator =
        auth::from_settings(&settings.auth, &domains, Arc::clone(&store), hasher.clone())?;
    let confirm = ConfirmPolicy {
        enabled: settings.auth.confirm,
        timeout: Duration::from_secs(settings.auth.confirm_timeout_secs),
        ..ConfirmPolicy::default()
    };
    let cache_flush = crate::auth_cache::from_config(checked(settings.auth_cache.check())?)?;
    let kicker = crate::auth_cache::kicker_from_config(checked(settings.mail_sessions.check())?)?;
    for warning in settings.warnings() {
        tracing::warn!("{warning}");
    }
    let secret = settings.server.secret_key().unwrap_or_else(|| {
        use rand::RngCore;
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        bytes
    });
    let shared = shared_state(settings, &clock, &domains, secret)?;
    let audit = Arc::new(match &settings.audit.path {
        Some(path) => crate::audit::Audit::to_file(path)
            .map_err(|e| BuildError::Config(format!("audit.path {}: {e}", path.display())))?,
        None => crate::audit::Audit::to_stderr(),
    });
    let changes = Arc::new(
        ChangeService::new(authenticator, store, hasher.clone(), policy, confirm)
            .with_cache_flush(cache_flush)
            .with_mail_sessions(kicker)
            .with_shared_state(shared.clone(), shared.clone(), shared.clone())
            .with_audit(Arc::clone(&audit))
            .with_notifier(notifier(settings)?.map(Arc::new))
            .with_clock(clock),
    );
    Ok(Core {
        domains,
        hasher,
        changes,
        shared,
        secret,
        recovery,
        audit,
    })
}

/// The notification mailer, when `[notify]` is enabled.
pub fn notifier(settings: &Settings) -> Result<Option<crate::notify::Notifier>, BuildError> {
    checked(settings.notify.check())?
        .map(|config| {
            crate::notify::Notifier::new(
                config,
                settings.ui.provider_name.clone(),
                settings.ui.support_contact.clone(),
                settings
                    .ui
                    .zone()
                    .map_err(crate::notify::NotifyError::Config)?,
            )
        })
        .transpose()
        .map_err(|e| BuildError::Config(e.to_string()))
}

/// Memory for one process, or the Redis every replica shares.
fn shared_state(
    settings: &Settings,
    clock: &Arc<dyn crate::clock::Clock>,
    domains: &crate::domain::MailDomains,
    secret: [u8; 32],
) -> Result<Arc<dyn StateStore>, BuildError> {
    Ok(match checked(settings.state.check())? {
        None => MemoryState::swept(Arc::clone(clock)),
        Some(redis) => Arc::new(redis_state(&redis, clock, domains, secret)?),
    })
}

/// The Redis every replica shares, keyed and sealed under `server.secret`
/// (required with Redis, so every replica has the same).
pub fn redis_state(
    redis: &crate::state::RedisConfig,
    clock: &Arc<dyn crate::clock::Clock>,
    domains: &crate::domain::MailDomains,
    secret: [u8; 32],
) -> Result<RedisState, BuildError> {
    RedisState::new(
        redis,
        Arc::clone(clock),
        domains.clone(),
        secret,
        crate::state::MAX_SESSIONS,
    )
    .map_err(|e| BuildError::Config(e.to_string()))
}

/// Everything the handlers share, built from the settings.
fn web_state(
    settings: &Settings,
    clock: Arc<dyn crate::clock::Clock>,
) -> Result<actix_web::web::Data<crate::web::AppState>, BuildError> {
    let public_url = settings.server.public_url();
    let core = build_core_with_clock(settings, Arc::clone(&clock))?;
    let cookies = crate::web::CookieRules::new(&public_url);
    let languages = checked(settings.ui.languages())?;
    let admin_domains = core.domains.clone();
    let ui = crate::web::UiFacts {
        support: settings.ui.support_contact.clone(),
        webmail: settings.ui.webmail_url.as_ref().map(ToString::to_string),
        hint_domain: core
            .domains
            .iter()
            .next()
            .unwrap_or("example.org")
            .to_owned(),
        session_minutes: settings.session.ttl_secs.div_ceil(60),
        time_zone: settings.ui.zone().map_err(BuildError::Config)?,
        languages: languages.0,
        default_language: languages.1,
        recovery: core.recovery.is_some(),
    };
    let login_pages =
        crate::web::LoginPageCache::new(&cookies.prefix, settings.ui.provider_name.as_deref(), &ui);
    // A reservation outlives the longest check: the IMAP budget (or a
    // hash's wait), plus the wait for a free slot.
    let hold = Duration::from_secs(settings.auth.imap.timeout_secs.max(10) + 5);
    let limiter =
        crate::web::limits::Limiter::new(core.shared.clone(), settings.rate_limit.clone(), hold);
    Ok(actix_web::web::Data::new(crate::web::AppState {
        changes: core.changes,
        domains: core.domains,
        sessions: crate::web::session::SessionStore::new(
            core.shared.clone(),
            Duration::from_secs(settings.session.ttl_secs),
            Arc::clone(&clock),
        ),
        shared: core.shared,
        cookies,
        public_url,
        provider: settings.ui.provider_name.clone(),
        ui,
        peers: crate::web::client_ip::Peers {
            trusted_proxies: settings.server.trusted_proxies.clone(),
            header: settings.server.client_ip_header,
            internal: settings.server.internal_networks.clone(),
        },
        login_pages,
        limiter,
        audit: core.audit,
        signer: crate::token::Signer::new(core.secret),
        clock,
        readiness: crate::web::Readiness::default(),
        logins_in_flight: Default::default(),
        admin: settings
            .admin
            .tokens_file
            .as_deref()
            .map(|path| crate::admin::AdminTokens::new(path, &admin_domains)),
        admin_per_minute: settings.admin.per_token_per_minute,
        admin_from: settings.admin.allow_from.clone(),
        recovery: core.recovery,
    }))
}

/// The whole web service, bound and ready to run.
pub struct Application {
    port: u16,
    server: actix_web::dev::Server,
}

impl Application {
    pub async fn build(settings: Settings) -> Result<Self, BuildError> {
        Self::build_with_clock(settings, Arc::new(crate::clock::SystemClock)).await
    }

    /// Binds `server.listen` (port 0 picks a free port). Without a
    /// configured `public_url`, links and redirects use the bound address.
    pub async fn build_with_clock(
        mut settings: Settings,
        clock: Arc<dyn crate::clock::Clock>,
    ) -> Result<Self, BuildError> {
        let listener = std::net::TcpListener::bind(settings.server.listen).map_err(|e| {
            BuildError::Config(format!("cannot listen on {}: {e}", settings.server.listen))
        })?;
        let bound = listener
            .local_addr()
            .map_err(|e| BuildError::Config(format!("cannot read the bound address: {e}")))?;
        if settings.server.public_url.is_none() {
            settings.server.listen = bound;
        }
        let state = web_state(&settings, clock)?;
        // Only the service: a CLI command should not pay for loading the
        // estimator's lists unless it checks a password.
        state.changes.policy().warm_up();
        let https = state.cookies.secure;
        let prefix = state.cookies.prefix.clone();
        let timeout = Duration::from_secs(settings.server.request_timeout_secs);
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        let server = actix_web::HttpServer::new(move || {
            actix_web::App::new()
                .app_data(state.clone())
                .app_data(crate::web::BodyTimeout(timeout))
                .wrap(actix_web::middleware::from_fn(crate::web::body_deadline))
                .wrap(crate::web::security_headers(https))
                .wrap(actix_web::middleware::from_fn(
                    crate::web::own_header_values,
                ))
                .configure(crate::web::configure(prefix.clone()))
        })
        .workers(workers)
        .client_request_timeout(timeout)
        .client_disconnect_timeout(Duration::from_secs(1))
        .max_connections(settings.server.max_connections.div_ceil(workers))
        .listen(listener)
        .map_err(|e| BuildError::Config(format!("cannot serve on {bound}: {e}")))?
        .run();
        Ok(Self {
            port: bound.port(),
            server,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until SIGINT/SIGTERM; in-flight requests finish first.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}
