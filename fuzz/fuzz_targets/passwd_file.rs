//! The passwd-file parser and rewriter: never a panic, and a rewrite
//! changes exactly one line's password field and nothing else.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailpasswd::store::passwd_file::{find_password_field, rewrite};

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let user_len = (data[0] % 24) as usize + 1;
    let rest = &data[1..];
    if rest.len() < user_len {
        return;
    }
    let (user_bytes, content) = rest.split_at(user_len);
    // Users and hashes as the callers make them: no ':' and no line breaks.
    let user: String = user_bytes
        .iter()
        .map(|b| (b'a' + b % 26) as char)
        .collect();
    let new_field = "{ARGON2ID}$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
    let _ = find_password_field(content, &user);
    if let Ok((out, old)) = rewrite(content, &user, new_field) {
        let before: Vec<&[u8]> = content.split(|&b| b == b'\n').collect();
        let after: Vec<&[u8]> = out.split(|&b| b == b'\n').collect();
        assert_eq!(before.len(), after.len());
        let changed: Vec<usize> = (0..before.len()).filter(|&i| before[i] != after[i]).collect();
        assert!(changed.len() <= 1);
        for i in changed {
            let line = after[i];
            let user_end = line.iter().position(|&b| b == b':').unwrap();
            assert!(line[..user_end].eq_ignore_ascii_case(user.as_bytes()));
            assert!(line[user_end + 1..].starts_with(new_field.as_bytes()));
        }
        assert!(!old.contains(&b'\n'));
        // Only the field was swapped (plus a ':' for a line with no field).
        let grown = (out.len() + old.len()).checked_sub(content.len() + new_field.len());
        assert!(matches!(grown, Some(0 | 1)));
    }
});
