//! A flush by a program (`doveadm auth cache flush`, or a wrapper).

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use async_trait::async_trait;

use super::{AuthCacheFlusher, FlushError, SessionKicker};
use crate::domain::EmailAddress;

/// Kills a flush command's whole process group unless disarmed: on a
/// timeout, and when the waiting request is dropped (a client gone away),
/// so a `sudo`/`ssh` wrapper cannot leave the real command running.
struct ProcessGroupGuard(Option<rustix::process::Pid>);

impl Drop for ProcessGroupGuard {
    fn drop(&mut self) {
        if let Some(group) = self.0.take() {
            let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
        }
    }
}

/// A program run with the mailbox as its last argument, directly (no
/// shell), e.g. `doveadm auth cache flush` or a wrapper via sudo/ssh.
pub struct FlushCommand {
    program: PathBuf,
    args: Vec<String>,
    timeout: Duration,
}

impl FlushCommand {
    pub fn new(program: PathBuf, args: Vec<String>, timeout: Duration) -> Self {
        Self {
            program,
            args,
            timeout,
        }
    }

    fn failure(&self, reason: impl Into<String>) -> FlushError {
        FlushError::Command {
            program: self.program.display().to_string(),
            reason: reason.into(),
        }
    }
}

#[async_trait]
impl AuthCacheFlusher for FlushCommand {
    async fn flush(&self, mailbox: &EmailAddress) -> Result<(), FlushError> {
        self.run(mailbox, &[0]).await
    }

    /// The program exists and may be executed; running it would flush.
    async fn probe(&self) -> Result<(), FlushError> {
        self.executable()
    }
}

/// `doveadm kick` ends the sessions; Dovecot 2.3 exits 68 when there
/// were none, which is fine too.
#[async_trait]
impl SessionKicker for FlushCommand {
    async fn kick(&self, mailbox: &EmailAddress) -> Result<(), FlushError> {
        self.run(mailbox, &[0, 68]).await
    }

    async fn probe(&self) -> Result<(), FlushError> {
        self.executable()
    }
}

impl FlushCommand {
    /// Runs the program for `mailbox`; an exit code in `ok` is success.
    async fn run(&self, mailbox: &EmailAddress, ok: &[i32]) -> Result<(), FlushError> {
        let mut child = tokio::process::Command::new(&self.program)
            .args(&self.args)
            .arg(mailbox.as_str())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            // Its own process group, so a timeout also stops what it
            // started (the doveadm under a sudo, an ssh), not just itself.
            .process_group(0)
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| self.failure(format!("cannot start: {e}")))?;
        let mut group = ProcessGroupGuard(
            child
                .id()
                .and_then(|id| rustix::process::Pid::from_raw(id as i32)),
        );
        // Read a little of stderr on the side; a grandchild that keeps the
        // pipe open (an ssh master, say) must not hold up the answer.
        let stderr = child.stderr.take();
        let reader = tokio::spawn(async move {
            let mut text = Vec::new();
            if let Some(stderr) = stderr {
                use tokio::io::AsyncReadExt;
                let _ = stderr.take(4096).read_to_end(&mut text).await;
            }
            text
        });
        let status = match tokio::time::timeout(self.timeout, child.wait()).await {
            Ok(status) => {
                // It ended by itself: whatever it left running is its business.
                group.0 = None;
                status.map_err(|e| self.failure(e.to_string()))?
            }
            Err(_) => {
                drop(group);
                return Err(self.failure(format!(
                    "did not finish within {} s",
                    self.timeout.as_secs()
                )));
            }
        };
        if status.code().is_some_and(|code| ok.contains(&code)) {
            return Ok(());
        }
        let stderr = tokio::time::timeout(Duration::from_millis(200), reader)
            .await
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default();
        let stderr = String::from_utf8_lossy(&stderr);
        let first_line = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        Err(self.failure(format!("{status} {}", first_line.trim())))
    }

    /// The program exists and may be executed.
    fn executable(&self) -> Result<(), FlushError> {
        let found = if self.program.components().count() > 1 {
            Some(self.program.clone())
        } else {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|dir| dir.join(&self.program))
                    .find(|candidate| candidate.is_file())
            })
        };
        let Some(path) = found else {
            return Err(self.failure("not found in PATH"));
        };
        use std::os::unix::fs::PermissionsExt;
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_file() && meta.permissions().mode() & 0o111 != 0 => Ok(()),
            Ok(_) => Err(self.failure("is not an executable file")),
            Err(e) => Err(self.failure(e.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shell(script: &str, timeout: Duration) -> FlushCommand {
        FlushCommand {
            program: PathBuf::from("/bin/sh"),
            args: vec!["-c".to_owned(), script.to_owned(), "flush".to_owned()],
            timeout,
        }
    }

    fn mailbox() -> EmailAddress {
        let domains = crate::domain::MailDomains::new(["example.org"]).unwrap();
        EmailAddress::parse("max@example.org", &domains).unwrap()
    }

    fn alive(pid: u32) -> bool {
        // A killed process may linger as a zombie until someone reaps it.
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .map(|stat| {
                !stat
                    .rsplit(')')
                    .next()
                    .unwrap_or("")
                    .trim_start()
                    .starts_with('Z')
            })
            .unwrap_or(false)
    }

    #[tokio::test]
    async fn a_failing_command_is_named_with_its_first_error_line() {
        let command = shell(
            "echo >&2; echo \"doveadm: auth-master: connect failed\" >&2; exit 75",
            Duration::from_secs(5),
        );
        let err = command.flush(&mailbox()).await.unwrap_err().to_string();
        assert!(
            err.contains("75") && err.contains("auth-master: connect failed"),
            "{err}"
        );
    }

    #[tokio::test]
    async fn the_mailbox_is_the_last_argument_never_shell_text() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("arg");
        let command = shell(
            &format!("printf %s \"$1\" > '{}'", out.display()),
            Duration::from_secs(5),
        );
        command.flush(&mailbox()).await.unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "max@example.org");
    }

    /// A shell that starts `sleep 300` in the background and waits for
    /// it, and where the sleep's pid will be written.
    fn parent_of_a_sleeper(timeout: Duration) -> (FlushCommand, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let pid_file = dir.path().join("grandchild");
        let command = shell(
            &format!(
                "sleep 300 & echo $! > '{0}.tmp' && mv '{0}.tmp' '{0}'; wait",
                pid_file.display()
            ),
            timeout,
        );
        (command, dir)
    }

    /// The sleeper's pid (waiting for the shell to write it), once it has
    /// died; panics if it is still alive after a few seconds.
    async fn sleeper_is_gone(dir: &tempfile::TempDir) {
        let pid_file = dir.path().join("grandchild");
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        let grandchild: u32 = loop {
            if let Ok(text) = std::fs::read_to_string(&pid_file) {
                break text.trim().parse().unwrap();
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the shell never started its sleep"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        while alive(grandchild) {
            assert!(
                std::time::Instant::now() < deadline,
                "sleep {grandchild} outlived the flush command"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    #[tokio::test]
    async fn a_command_past_its_timeout_is_stopped_with_what_it_started() {
        let (command, dir) = parent_of_a_sleeper(Duration::from_secs(2));
        let started = std::time::Instant::now();
        let err = command.flush(&mailbox()).await.unwrap_err().to_string();
        assert!(err.contains("did not finish within 2 s"), "{err}");
        assert!(started.elapsed() < Duration::from_secs(6));
        sleeper_is_gone(&dir).await;
    }

    /// The request waiting for the flush goes away (a client disconnects):
    /// the command and what it started go with it.
    #[tokio::test]
    async fn a_flush_abandoned_by_its_caller_is_stopped_with_what_it_started() {
        let (command, dir) = parent_of_a_sleeper(Duration::from_secs(60));
        let abandoned =
            tokio::time::timeout(Duration::from_secs(2), command.flush(&mailbox())).await;
        assert!(
            abandoned.is_err(),
            "the flush ended by itself: {abandoned:?}"
        );
        sleeper_is_gone(&dir).await;
    }
}
