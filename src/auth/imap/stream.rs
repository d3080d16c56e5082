//! The raw side of an IMAP connection: the stream (plain or TLS) and the
//! few commands sent outside the `imap` crate.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use rustls::{ClientConnection, StreamOwned};

/// Upper bound for one raw response line we read ourselves.
pub(super) const MAX_LINE: usize = 8192;

/// A server's line as it may appear in an error: printable, at most 120
/// characters.
pub(super) fn printable(line: &[u8]) -> String {
    String::from_utf8_lossy(line)
        .trim_end()
        .chars()
        .take(120)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

/// Sends one tagged command outside the `imap` crate (which has no
/// pre-login STARTTLS or ID for rustls streams) and reads up to its tagged
/// reply. `Ok` for a tagged OK; an `Other` error for NO/BAD.
pub(super) fn raw_command(stream: &mut ImapStream, command: &str) -> io::Result<()> {
    const TAG: &str = "mp0";
    stream.write_all(format!("{TAG} {command}\r\n").as_bytes())?;
    stream.flush()?;
    loop {
        let line = read_line(stream)?;
        if let Some(rest) = line.strip_prefix(format!("{TAG} ").as_bytes()) {
            return if rest.len() >= 2 && rest[..2].eq_ignore_ascii_case(b"OK") {
                Ok(())
            } else {
                Err(io::Error::other(format!("{command}: {}", printable(rest))))
            };
        }
        if line.starts_with(b"* BYE") {
            return Err(io::Error::new(io::ErrorKind::ConnectionReset, "BYE"));
        }
    }
}

/// Byte by byte, so nothing after the line is consumed before TLS starts.
pub(super) fn read_line(stream: &mut ImapStream) -> io::Result<Vec<u8>> {
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while line.len() < MAX_LINE {
        if stream.read(&mut byte)? == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "connection closed",
            ));
        }
        line.push(byte[0]);
        if byte[0] == b'\n' {
            return Ok(line);
        }
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidData,
        "response line too long",
    ))
}

pub(super) fn remaining(deadline: Instant) -> Duration {
    deadline.saturating_duration_since(Instant::now())
}

pub(super) fn is_timeout(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock
    )
}

/// A TCP stream, TLS-wrapped or (STARTTLS before the upgrade, or loopback
/// in plain) not.
pub enum ImapStream {
    Plain(TcpStream),
    Tls(Box<StreamOwned<ClientConnection, TcpStream>>),
}

impl Read for ImapStream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            ImapStream::Plain(s) => s.read(buf),
            ImapStream::Tls(s) => s.read(buf),
        }
    }
}

impl Write for ImapStream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            ImapStream::Plain(s) => s.write(buf),
            ImapStream::Tls(s) => s.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            ImapStream::Plain(s) => s.flush(),
            ImapStream::Tls(s) => s.flush(),
        }
    }
}
