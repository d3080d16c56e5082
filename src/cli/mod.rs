//! The command line: one line per message, for people, and exit codes from
//! sysexits.h so scripts can tell bad input from an outage. Each file
//! holds a group of subcommands; `common.rs` what they share.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod change;
mod check;
mod common;
mod links;
mod run;

use common::{one_line, AllowArg, Failure, SchemeArg};

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
        /// Also print what the guessability estimate found: its parts, their
        /// guesses and the pattern (shows parts of the password).
        #[arg(long)]
        explain: bool,
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
        Command::Serve { config } => run::serve(config),
        Command::Demo { listen } => run::demo(listen),
        Command::Healthcheck { config } => run::healthcheck(config),
        Command::Hash { scheme, config } => change::hash(scheme, config),
        Command::SetPassword {
            config,
            force,
            email,
        } => change::set_password(config, force, &email),
        Command::CheckConfig { config } => check::check_config(config),
        Command::CheckPassword {
            config,
            email,
            explain,
        } => change::check_password(config, email.as_deref(), explain),
        Command::AdminToken {
            name,
            domains,
            allow,
        } => links::admin_token(&name, &domains, &allow),
        Command::ResetLink {
            config,
            hours,
            email,
        } => links::reset_link(config, hours, &email),
    }
}
