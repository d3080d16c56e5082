//! A tiny IMAP-ish server that misbehaves on purpose, for the faults a real
//! Dovecot will not produce. It records every byte the client sends.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Clone, Copy)]
pub enum Behaviour {
    /// Accepts and never says anything.
    StallGreeting,
    /// Answers with something that is not IMAP.
    Garbage,
    /// Greets with BYE.
    ByeGreeting,
    /// A well-formed server offering exactly these capabilities, which
    /// refuses every login attempt with BAD.
    Capabilities(&'static str),
    /// Greets fine, then answers CAPABILITY with a truncated, unparsable line and hangs up.
    BrokenCapability,
}

pub struct FaultServer {
    pub port: u16,
    received: Arc<Mutex<Vec<u8>>>,
}

impl FaultServer {
    pub fn start(behaviour: Behaviour) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&received);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let sink = Arc::clone(&sink);
                std::thread::spawn(move || serve(stream, behaviour, sink));
            }
        });
        Self { port, received }
    }

    /// A port where nothing listens.
    pub fn refused_port() -> u16 {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    }

    pub fn received(&self) -> String {
        String::from_utf8_lossy(&self.received.lock().unwrap()).into_owned()
    }
}

fn serve(mut stream: TcpStream, behaviour: Behaviour, sink: Arc<Mutex<Vec<u8>>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    match behaviour {
        Behaviour::StallGreeting => {
            std::thread::sleep(Duration::from_secs(30));
            return;
        }
        Behaviour::Garbage => {
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        }
        Behaviour::ByeGreeting => {
            let _ = stream.write_all(b"* BYE Too many connections, try again later\r\n");
            return;
        }
        Behaviour::Capabilities(_) => {
            let _ = stream.write_all(b"* OK fault server ready\r\n");
        }
        Behaviour::BrokenCapability => {
            let _ = stream.write_all(b"* OK fault server ready\r\n");
        }
    }
    let mut line = Vec::new();
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        sink.lock().unwrap().extend_from_slice(&line);
        let text = String::from_utf8_lossy(&line);
        let mut words = text.split_whitespace();
        let tag = words.next().unwrap_or("*").to_owned();
        let command = words.next().unwrap_or("").to_ascii_uppercase();
        let reply = match (behaviour, command.as_str()) {
            (Behaviour::Garbage, _) => "\x00\x01garbage\r\n".to_owned(),
            (Behaviour::BrokenCapability, "CAPABILITY") => {
                let _ = stream.write_all(b"* CAPABILITY IMAP4rev1 AUTH=");
                return;
            }
            (Behaviour::Capabilities(caps), "CAPABILITY") => {
                format!("* CAPABILITY {caps}\r\n{tag} OK done\r\n")
            }
            (_, "LOGOUT") => format!("* BYE bye\r\n{tag} OK done\r\n"),
            (_, _) => format!("{tag} BAD not here\r\n"),
        };
        if stream.write_all(reply.as_bytes()).is_err() {
            return;
        }
    }
}
