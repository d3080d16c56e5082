//! A TCP relay in front of a real database that breaks one connection at
//! the worst moment, for the failures a healthy server never shows: the
//! link dies right before the UPDATE, or right after the COMMIT was sent
//! and before its answer came back; or it holds one statement back.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    /// Drop the client's bytes that contain the trigger, then hang up.
    Before(&'static [u8]),
    /// Deliver them, then hang up before the server's answer.
    After(&'static [u8]),
    /// Hold them back this long, then go on as if nothing happened.
    Delay(&'static [u8], std::time::Duration),
}

pub struct CutRelay {
    pub port: u16,
    fired: Arc<AtomicBool>,
}

impl CutRelay {
    pub fn start(target_port: u16, cut: Cut) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let fired = Arc::new(AtomicBool::new(false));
        let fired_in = Arc::clone(&fired);
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { return };
                let Ok(server) = TcpStream::connect(("127.0.0.1", target_port)) else {
                    continue;
                };
                let fired = Arc::clone(&fired_in);
                std::thread::spawn(move || relay(client, server, cut, fired));
            }
        });
        CutRelay { port, fired }
    }

    /// Whether a connection was cut.
    pub fn fired(&self) -> bool {
        self.fired.load(Ordering::SeqCst)
    }
}

fn relay(mut client: TcpStream, mut server: TcpStream, cut: Cut, fired: Arc<AtomicBool>) {
    let (mut client_in, mut server_out) =
        (client.try_clone().unwrap(), server.try_clone().unwrap());
    // Server → client, until either side closes.
    let back = std::thread::spawn(move || {
        let _ = std::io::copy(&mut server_out, &mut client_in);
        let _ = client_in.shutdown(Shutdown::Both);
    });
    let trigger = match cut {
        Cut::Before(t) | Cut::After(t) | Cut::Delay(t, _) => t,
    };
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match client.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let chunk = &buf[..n];
        let hit =
            !fired.load(Ordering::SeqCst) && chunk.windows(trigger.len()).any(|w| w == trigger);
        if hit {
            fired.store(true, Ordering::SeqCst);
            if let Cut::Delay(_, pause) = cut {
                std::thread::sleep(pause);
                if server.write_all(chunk).is_err() {
                    break;
                }
                continue;
            }
            // The client hears nothing more (closed before the server can
            // answer); the server sees the end of the connection after
            // whatever was delivered.
            let _ = client.shutdown(Shutdown::Both);
            if matches!(cut, Cut::After(_)) {
                let _ = server.write_all(chunk);
            }
            let _ = server.shutdown(Shutdown::Write);
            break;
        }
        if server.write_all(chunk).is_err() {
            break;
        }
    }
    let _ = server.shutdown(Shutdown::Write);
    let _ = back.join();
}
