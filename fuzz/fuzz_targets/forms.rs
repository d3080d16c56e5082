//! Form and JSON decoding as the routes do it, then the domain parsers:
//! never a panic, and whatever is accepted is safe to hand to IMAP and to
//! the passwd-file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailpasswd::domain::{EmailAddress, MailDomains, Password};
use mailpasswd::web::forms::{ApiRequest, LoginForm, NewPasswordForm};

fn check(email: &str, passwords: &[&str]) {
    let Ok(domains) = MailDomains::new(["example.org", "example.net"]) else {
        return;
    };
    if let Ok(address) = EmailAddress::parse(email, &domains) {
        let a = address.as_str();
        assert!(a.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b".-_@".contains(&b)));
        assert_eq!(a.matches('@').count(), 1);
    }
    for p in passwords {
        if let Ok(password) = Password::parse((*p).to_owned()) {
            assert!(!password.expose().contains(['\r', '\n', '\0']));
            assert!(password.expose().len() <= Password::MAX_BYTES);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(f) = serde_urlencoded::from_bytes::<LoginForm>(data) {
        check(&f.email, &[&f.password]);
    }
    if let Ok(f) = serde_urlencoded::from_bytes::<NewPasswordForm>(data) {
        check("", &[&f.new_password, &f.confirm_password]);
    }
    if let Ok(f) = serde_json::from_slice::<ApiRequest>(data) {
        check(&f.email, &[&f.current_password, &f.new_password]);
    }
});
