//! The login between the two steps: a random token (256 bits) in an
//! HttpOnly, SameSite=Strict cookie names a session kept in the state
//! store. A token is used once: each try of the second form takes the
//! session out, and a failed try puts it back under a fresh token. The
//! lifetime is absolute from the login, whatever happens in between.

use std::sync::Arc;
use std::time::Duration;

use crate::change::VerifiedMailbox;
use crate::clock::Clock;
use crate::state::{Outcome, Session, Sessions, StateError};
use crate::token::random_token;

pub struct SessionStore {
    state: Arc<dyn Sessions>,
    ttl: Duration,
    clock: Arc<dyn Clock>,
}

impl SessionStore {
    pub fn new(state: Arc<dyn Sessions>, ttl: Duration, clock: Arc<dyn Clock>) -> Self {
        Self { state, ttl, clock }
    }

    /// A new session for a mailbox that just logged in; returns its token.
    pub async fn create(&self, verified: VerifiedMailbox) -> Result<String, StateError> {
        self.insert(Session {
            verified: Arc::new(verified),
            created: self.clock.now(),
        })
        .await
    }

    async fn insert(&self, session: Session) -> Result<String, StateError> {
        let token = random_token();
        self.state.put_session(&token, session, self.ttl).await?;
        Ok(token)
    }

    /// The mailbox of a live session, leaving it in place.
    pub async fn peek(&self, token: &str) -> Result<Option<Arc<VerifiedMailbox>>, StateError> {
        Ok(self
            .state
            .peek_session(token)
            .await?
            .map(|session| session.verified))
    }

    /// Takes a live session out; nobody else can use this token again.
    pub async fn take(&self, token: &str) -> Result<Option<Session>, StateError> {
        self.state.take_session(token).await
    }

    /// Puts a session back after a failed try, under a fresh token.
    pub async fn put_back(&self, session: Session) -> Result<String, StateError> {
        self.insert(session).await
    }

    /// Remembers what became of a session a form took out: until the
    /// session would have ended, at least a minute.
    pub async fn remember(
        &self,
        token: &str,
        session: &Session,
        outcome: Outcome,
    ) -> Result<(), StateError> {
        let ends = session.created + self.ttl;
        let left = ends
            .duration_since(self.clock.now())
            .unwrap_or_default()
            .max(Duration::from_secs(60));
        self.state.put_outcome(token, outcome, left).await
    }

    /// What became of the session `token` named, if it was taken lately.
    pub async fn outcome(&self, token: &str) -> Result<Option<Outcome>, StateError> {
        self.state.outcome(token).await
    }

    pub async fn remove(&self, token: &str) -> Result<(), StateError> {
        self.state.remove_session(token).await
    }
}
