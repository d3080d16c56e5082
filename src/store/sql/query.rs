//! The operator's statements with named parameters (`:email`,
//! `:local_part`, `:domain`, `:hash`), each turned into a bound parameter
//! of the database's syntax, never into text.

use crate::domain::EmailAddress;

/// Which SQL dialect the URL names; decides placeholders and locking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Postgres,
    MySql,
    Sqlite,
}

impl Dialect {
    pub fn from_url(url: &str) -> Result<Self, String> {
        let scheme = url.split_once(':').map(|(s, _)| s).unwrap_or("");
        match scheme.to_ascii_lowercase().as_str() {
            "postgres" | "postgresql" => Ok(Dialect::Postgres),
            "mysql" | "mariadb" => Ok(Dialect::MySql),
            "sqlite" => Ok(Dialect::Sqlite),
            _ => Err(
                "store.url must start with postgres://, mysql://, mariadb:// or sqlite://"
                    .to_owned(),
            ),
        }
    }

    fn placeholder(self, position: usize) -> String {
        match self {
            Dialect::Postgres => format!("${position}"),
            Dialect::MySql | Dialect::Sqlite => "?".to_owned(),
        }
    }

    /// How a change's transaction starts. A concurrent writer to the same
    /// row makes one of the two fail (PostgreSQL's snapshot check, InnoDB's
    /// deadlock detection under SERIALIZABLE, SQLite's write lock up
    /// front) instead of silently overwriting the other.
    pub(super) fn begin_statement(self) -> &'static str {
        match self {
            Dialect::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ",
            // The isolation level is set per session when connecting.
            Dialect::MySql => "START TRANSACTION",
            Dialect::Sqlite => "BEGIN IMMEDIATE",
        }
    }
}

/// The values an operator's statement may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Param {
    Email,
    LocalPart,
    Domain,
    Hash,
    /// The recovery address a statement writes.
    Recovery,
}

impl Param {
    const ALL: [(&'static str, Param); 5] = [
        ("email", Param::Email),
        ("local_part", Param::LocalPart),
        ("domain", Param::Domain),
        ("hash", Param::Hash),
        ("recovery", Param::Recovery),
    ];

    /// Its value; `value` is the one a statement writes (a hash or a
    /// recovery address).
    pub(super) fn value<'a>(self, mailbox: &'a EmailAddress, value: &'a str) -> &'a str {
        match self {
            Param::Email => mailbox.as_str(),
            Param::LocalPart => mailbox.local_part(),
            Param::Domain => mailbox.domain(),
            Param::Hash | Param::Recovery => value,
        }
    }
}

/// An operator's statement with its named parameters replaced by the
/// dialect's placeholders, in binding order.
#[derive(Debug, Clone)]
pub struct BoundQuery {
    sql: String,
    params: Vec<Param>,
}

impl BoundQuery {
    /// Finds `:name` outside string literals, quoted identifiers and
    /// comments (`::type` casts stay). Positional placeholders are refused:
    /// they would bind nothing, or the wrong thing.
    pub fn parse(text: &str, dialect: Dialect) -> Result<Self, String> {
        let chars: Vec<char> = text.chars().collect();
        let mut sql = String::with_capacity(text.len());
        let mut params = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            if let Some(end) = verbatim_end(&chars, i, dialect)? {
                sql.extend(&chars[i..end]);
                i = end;
            } else if c == ':' && next == Some(':') {
                sql.push_str("::");
                i += 2;
            } else if c == ':' && next.is_some_and(|n| n.is_ascii_alphabetic() || n == '_') {
                let (param, end) = named_parameter(&chars, i + 1)?;
                params.push(param);
                sql.push_str(&dialect.placeholder(params.len()));
                i = end;
            } else if let Some(refusal) = foreign_placeholder(c, next, dialect) {
                return Err(refusal.to_owned());
            } else {
                sql.push(c);
                i += 1;
            }
        }
        let trimmed = sql.trim().trim_end_matches(';').trim_end();
        if trimmed.contains(';') {
            return Err("must be a single statement".to_owned());
        }
        if trimmed.is_empty() {
            return Err("is empty".to_owned());
        }
        Ok(Self {
            sql: trimmed.to_owned(),
            params,
        })
    }

    pub fn sql(&self) -> &str {
        &self.sql
    }

    pub fn params(&self) -> &[Param] {
        &self.params
    }

    pub fn uses(&self, param: Param) -> bool {
        self.params.contains(&param)
    }

    pub(crate) fn bind<'q>(
        &'q self,
        mailbox: &'q EmailAddress,
        hash: &'q str,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        self.params
            .iter()
            .fold(sqlx::query(&self.sql), |query, param| {
                query.bind(param.value(mailbox, hash))
            })
    }
}

/// Where a quoted string or a comment starting at `i` ends (it is copied
/// as it is, parameters inside included), if one starts there.
fn verbatim_end(chars: &[char], i: usize, dialect: Dialect) -> Result<Option<usize>, String> {
    let c = chars[i];
    let next = chars.get(i + 1).copied();
    match c {
        '\'' | '"' | '`' => quoted_end(chars, i, dialect)
            .map(Some)
            .ok_or_else(|| format!("unterminated {c} quote")),
        '-' if next == Some('-') => Ok(Some(
            chars[i..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |p| i + p),
        )),
        '#' if dialect == Dialect::MySql => Err("use -- or /* */ comments, not #".to_owned()),
        '/' if next == Some('*') => (i + 2..chars.len().saturating_sub(1))
            .find(|&j| chars[j] == '*' && chars[j + 1] == '/')
            .map(|j| Some(j + 2))
            .ok_or_else(|| "unterminated /* comment".to_owned()),
        _ => Ok(None),
    }
}

/// The parameter named from `start` (after the colon), and where its name ends.
fn named_parameter(chars: &[char], start: usize) -> Result<(Param, usize), String> {
    let end = (start..chars.len())
        .find(|&j| !(chars[j].is_ascii_alphanumeric() || chars[j] == '_'))
        .unwrap_or(chars.len());
    let name: String = chars[start..end].iter().collect();
    let param = Param::ALL
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, p)| *p)
        .ok_or_else(|| {
            format!(
                "unknown parameter :{name} (known: :email, :local_part, :domain, :hash, :recovery)"
            )
        })?;
    Ok((param, end))
}

/// Why a placeholder of the database's own syntax is refused: every value
/// must be one of the named parameters.
fn foreign_placeholder(c: char, next: Option<char>, dialect: Dialect) -> Option<&'static str> {
    match c {
        '?' if dialect != Dialect::Postgres => {
            Some("use named parameters (:email, :hash …) instead of ? placeholders")
        }
        '$' if next.is_some_and(|n| n.is_ascii_digit()) => {
            Some("use named parameters (:email, :hash …) instead of $1 placeholders")
        }
        '@' | '$' if dialect == Dialect::Sqlite => {
            Some("use :email-style named parameters; @name and $name are not bound")
        }
        _ => None,
    }
}

/// Index just past the closing quote that matches the one at `start`.
/// A doubled quote is an escaped quote; MySQL also escapes with `\`.
fn quoted_end(chars: &[char], start: usize, dialect: Dialect) -> Option<usize> {
    let quote = chars[start];
    let mut j = start + 1;
    while j < chars.len() {
        let c = chars[j];
        if c == '\\' && dialect == Dialect::MySql && quote != '`' {
            j += 2;
            continue;
        }
        if c == quote {
            if chars.get(j + 1) == Some(&quote) {
                j += 2;
                continue;
            }
            return Some(j + 1);
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pg(text: &str) -> BoundQuery {
        BoundQuery::parse(text, Dialect::Postgres).unwrap()
    }

    #[test]
    fn named_parameters_become_placeholders_in_binding_order() {
        let q =
            pg("UPDATE mailbox SET password = :hash WHERE username = :email AND domain = :domain");
        assert_eq!(
            q.sql(),
            "UPDATE mailbox SET password = $1 WHERE username = $2 AND domain = $3"
        );
        assert_eq!(q.params(), &[Param::Hash, Param::Email, Param::Domain]);
        let q = BoundQuery::parse(
            "SELECT password FROM users WHERE local = :local_part AND dom = :domain OR alias = :email",
            Dialect::MySql,
        )
        .unwrap();
        assert_eq!(
            q.sql(),
            "SELECT password FROM users WHERE local = ? AND dom = ? OR alias = ?"
        );
        assert_eq!(q.params(), &[Param::LocalPart, Param::Domain, Param::Email]);
    }

    #[test]
    fn quotes_comments_and_casts_are_left_alone() {
        let q = pg("SELECT ':email' || \":hash\", x::text FROM t -- :domain\n WHERE /* :hash */ u = :email");
        assert_eq!(
            q.sql(),
            "SELECT ':email' || \":hash\", x::text FROM t -- :domain\n WHERE /* :hash */ u = $1"
        );
        assert_eq!(q.params(), &[Param::Email]);
        let q = BoundQuery::parse(
            "SELECT 'it\\'s :email' FROM t WHERE u = :email",
            Dialect::MySql,
        )
        .unwrap();
        assert_eq!(q.sql(), "SELECT 'it\\'s :email' FROM t WHERE u = ?");
        let q = pg("SELECT 'it''s :email' FROM t WHERE u = :email;");
        assert_eq!(q.sql(), "SELECT 'it''s :email' FROM t WHERE u = $1");
    }

    #[test]
    fn bad_statements_are_refused_with_a_reason() {
        for (text, dialect, reason) in [
            (
                "SELECT password FROM t WHERE u = :mail",
                Dialect::Postgres,
                "unknown parameter :mail",
            ),
            (
                "SELECT password FROM t WHERE u = ?",
                Dialect::MySql,
                "instead of ?",
            ),
            (
                "SELECT password FROM t WHERE u = $1",
                Dialect::Postgres,
                "instead of $1",
            ),
            (
                "SELECT password FROM t WHERE u = @email",
                Dialect::Sqlite,
                "not bound",
            ),
            (
                "SELECT password FROM t WHERE u = ':email",
                Dialect::Postgres,
                "unterminated",
            ),
            (
                "SELECT 1; DROP TABLE t",
                Dialect::Postgres,
                "single statement",
            ),
        ] {
            let err = BoundQuery::parse(text, dialect).unwrap_err();
            assert!(err.contains(reason), "{text}: {err}");
        }
    }
}
