//! A throwaway OpenLDAP (Debian's `slapd`): own `slapd.conf`, own `mdb`
//! directory, own loopback port, the `ppolicy` overlay with a default
//! policy, and StartTLS with the test CA; stopped on drop. Entries are
//! added and read with `ldapadd`/`ldapsearch` from `ldap-utils`, as an
//! administrator would, never through mailpasswd's client.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::certs::{self, TestCerts};
use super::{free_port, shared_tempdir};

pub const BASE: &str = "dc=example,dc=org";
pub const PEOPLE: &str = "ou=mail,dc=example,dc=org";
pub const ROOT_DN: &str = "cn=admin,dc=example,dc=org";
const ROOT_PW: &str = "root-secret";
/// mailpasswd's service account: search and read everything, manage the
/// password (a restore must pass the policy's history and quality rules).
pub const SERVICE_DN: &str = "cn=mailpasswd,ou=services,dc=example,dc=org";
pub const SERVICE_PW: &str = "mailpasswd-service-secret";
/// Dovecot's account: reads entries and (for password lookups) passwords.
pub const DOVECOT_DN: &str = "cn=dovecot,ou=services,dc=example,dc=org";
pub const DOVECOT_PW: &str = "dovecot-lookup-secret";
/// An account that may read but not write passwords.
pub const READER_DN: &str = "cn=reader,ou=services,dc=example,dc=org";
pub const READER_PW: &str = "reader-secret";
/// The default policy's bounds, tighter than mailpasswd's own, so the
/// directory has something of its own to refuse.
pub const MIN_LENGTH: usize = 20;
pub const MAX_LENGTH: usize = 40;

/// How slapd hashes what a Password Modify hands it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectoryHash {
    /// `{CRYPT}` with `$6$` salts: SHA512-CRYPT, which Dovecot reads too.
    Sha512Crypt,
    /// Stored as typed, without a scheme: what Dovecot's password
    /// lookups (default scheme CRYPT) cannot verify.
    Cleartext,
}

pub struct Slapd {
    pub dir: tempfile::TempDir,
    pub port: u16,
    pub certs: TestCerts,
    child: Option<Child>,
}

impl Slapd {
    pub fn start() -> Self {
        Self::start_hashing(DirectoryHash::Sha512Crypt)
    }

    pub fn start_hashing(hash: DirectoryHash) -> Self {
        Self::start_with(hash, "manage")
    }

    /// The service account with `access` (instead of `manage`) to
    /// `userPassword`.
    pub fn start_with(hash: DirectoryHash, service_access: &str) -> Self {
        let dir = shared_tempdir();
        let root = dir.path();
        std::fs::create_dir(root.join("db")).unwrap();
        let certs = certs::make(root);
        let password_hash = match hash {
            DirectoryHash::Sha512Crypt => {
                "password-hash {CRYPT}\npassword-crypt-salt-format \"$6$%.16s\""
            }
            DirectoryHash::Cleartext => "password-hash {CLEARTEXT}",
        };
        let conf = format!(
            r#"include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
objectclass ( 1.3.6.1.4.1.99999.1.1 NAME 'mailRecovery' AUXILIARY MAY otherMailbox )
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload ppolicy
moduleload argon2
pidfile {r}/slapd.pid
TLSCACertificateFile {ca}
TLSCertificateFile {cert}
TLSCertificateKeyFile {key}
{password_hash}
database mdb
suffix "{BASE}"
rootdn "{ROOT_DN}"
rootpw {ROOT_PW}
directory {r}/db
overlay ppolicy
ppolicy_default "cn=default,ou=policies,{BASE}"
access to attrs=userPassword
  by dn.exact="{SERVICE_DN}" {service_access}
  by dn.exact="{DOVECOT_DN}" read
  by dn.exact="{READER_DN}" read
  by self write
  by anonymous auth
  by * none
access to attrs=otherMailbox
  by dn.exact="{SERVICE_DN}" write
  by self read
  by * none
access to *
  by dn.exact="{SERVICE_DN}" read
  by dn.exact="{DOVECOT_DN}" read
  by dn.exact="{READER_DN}" read
  by self read
  by * none
"#,
            r = root.display(),
            ca = certs.ca_pem.display(),
            cert = certs.cert_pem.display(),
            key = certs.key_pem.display(),
        );
        std::fs::write(root.join("slapd.conf"), conf).unwrap();
        let mut slapd = Slapd {
            dir,
            port: free_port(),
            certs,
            child: None,
        };
        slapd.resume();
        slapd.add(&format!(
            "dn: {BASE}\nobjectClass: dcObject\nobjectClass: organization\no: Example\ndc: example\n\n\
             dn: {PEOPLE}\nobjectClass: organizationalUnit\nou: mail\n\n\
             dn: ou=services,{BASE}\nobjectClass: organizationalUnit\nou: services\n\n\
             dn: ou=policies,{BASE}\nobjectClass: organizationalUnit\nou: policies\n\n\
             dn: cn=default,ou=policies,{BASE}\nobjectClass: organizationalRole\nobjectClass: pwdPolicy\ncn: default\n\
             pwdAttribute: userPassword\npwdMinLength: {MIN_LENGTH}\npwdMaxLength: {MAX_LENGTH}\npwdCheckQuality: 2\npwdInHistory: 5\n\n\
             dn: cn=young,ou=policies,{BASE}\nobjectClass: organizationalRole\nobjectClass: pwdPolicy\ncn: young\n\
             pwdAttribute: userPassword\npwdMinAge: 86400\n\n\
             dn: {SERVICE_DN}\nobjectClass: organizationalRole\nobjectClass: simpleSecurityObject\ncn: mailpasswd\nuserPassword: {SERVICE_PW}\n\n\
             dn: {DOVECOT_DN}\nobjectClass: organizationalRole\nobjectClass: simpleSecurityObject\ncn: dovecot\nuserPassword: {DOVECOT_PW}\n\n\
             dn: {READER_DN}\nobjectClass: organizationalRole\nobjectClass: simpleSecurityObject\ncn: reader\nuserPassword: {READER_PW}\n"
        ));
        slapd
    }

    pub fn url(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }

    /// Starts slapd (again) on its port and directory.
    pub fn resume(&mut self) {
        let root = self.dir.path();
        let child = Command::new("slapd")
            .arg("-f")
            .arg(root.join("slapd.conf"))
            .arg("-h")
            .arg(format!("ldap://127.0.0.1:{}/", self.port))
            .args(["-d", "0"])
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(root.join("slapd.log")).unwrap())
            .spawn()
            .expect("slapd not installed: run tests/run, which installs slapd");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "slapd did not start: {}",
                std::fs::read_to_string(root.join("slapd.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Stops slapd; its data stays for [`Slapd::resume`].
    pub fn halt(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn tool(&self, name: &str, args: &[&str], input: &str) -> String {
        let mut child = Command::new(name)
            .args(["-x", "-H", &self.url(), "-D", ROOT_DN, "-w", ROOT_PW])
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("ldap-utils not installed: run tests/run");
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{name} {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// `ldapadd` as the directory's administrator.
    pub fn add(&self, ldif: &str) {
        self.tool("ldapadd", &[], ldif);
    }

    /// `ldapmodify` as the directory's administrator.
    pub fn modify(&self, ldif: &str) {
        self.tool("ldapmodify", &[], ldif);
    }

    /// A mailbox entry `uid=UID,ou=mail,…` with `mail` and a SHA512-CRYPT
    /// hash of `password` (made by `slappasswd`, readable by every Dovecot
    /// style whatever slapd's own `password-hash`).
    pub fn add_mailbox(&self, uid: &str, mail: &str, password: &str) -> String {
        let dn = format!("uid={uid},{PEOPLE}");
        let hash = Command::new("slappasswd")
            .args(["-h", "{CRYPT}", "-c", "$6$%.16s", "-s", password])
            .output()
            .expect("slappasswd");
        assert!(hash.status.success());
        let hash = String::from_utf8(hash.stdout).unwrap();
        self.add(&format!(
            "dn: {dn}\nobjectClass: inetOrgPerson\nobjectClass: mailRecovery\nuid: {uid}\ncn: {uid}\nsn: {uid}\nmail: {mail}\nuserPassword: {}\n",
            hash.trim()
        ));
        dn
    }

    /// The administrator sets a password (`ldappasswd`), as a help desk would.
    pub fn set_password(&self, dn: &str, password: &str) {
        self.tool("ldappasswd", &["-s", password, dn], "");
    }

    /// The attributes of `dn` as `(name, value)`, read by the
    /// administrator (`+` includes the operational ones ppolicy keeps).
    pub fn attributes(&self, dn: &str) -> Vec<(String, String)> {
        let out = self.tool(
            "ldapsearch",
            &[
                "-LLL",
                "-o",
                "ldif-wrap=no",
                "-b",
                dn,
                "-s",
                "base",
                "*",
                "+",
            ],
            "",
        );
        out.lines()
            .filter_map(|line| {
                let (name, value) = line.split_once(':')?;
                let value = match value.strip_prefix(": ") {
                    Some(encoded) => {
                        use base64::Engine;
                        let bytes = base64::engine::general_purpose::STANDARD
                            .decode(encoded)
                            .unwrap();
                        String::from_utf8_lossy(&bytes).into_owned()
                    }
                    None => value.trim_start().to_owned(),
                };
                Some((name.to_owned(), value))
            })
            .collect()
    }

    /// The values of `userPassword` of `dn`.
    pub fn passwords(&self, dn: &str) -> Vec<String> {
        self.attributes(dn)
            .into_iter()
            .filter(|(name, _)| name == "userPassword")
            .map(|(_, value)| value)
            .collect()
    }

    /// What a write would touch: the password and ppolicy's bookkeeping.
    pub fn password_state(&self, dn: &str) -> Vec<(String, String)> {
        self.attributes(dn)
            .into_iter()
            .filter(|(name, _)| {
                matches!(
                    name.as_str(),
                    "userPassword" | "pwdChangedTime" | "pwdHistory" | "modifyTimestamp"
                )
            })
            .collect()
    }

    /// The `[store]` section for mailpasswd in `mode`.
    pub fn store_toml(&self, mode: &str) -> String {
        format!(
            "[store]\nkind = \"ldap\"\nurl = \"{}\"\nbind_dn = \"{SERVICE_DN}\"\nbind_password = \"{SERVICE_PW}\"\n\
             base_dn = \"{PEOPLE}\"\nfilter = \"(&(objectClass=inetOrgPerson)(mail=:email))\"\nmode = \"{mode}\"\n",
            self.url()
        )
    }
}

impl Drop for Slapd {
    fn drop(&mut self) {
        self.halt();
    }
}

/// How Dovecot's `ldap` passdb checks a password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DovecotStyle {
    /// `auth_bind = yes`: Dovecot binds as the user; the directory checks.
    Bind,
    /// Dovecot reads `userPassword` and checks the hash itself.
    Lookup,
}

/// The passdb (and auth cache, as in production) for `start_own`, in the
/// syntax of the Dovecot under test; `{dir}` is the instance's directory.
pub fn dovecot_passdb(slapd: &Slapd, style: DovecotStyle) -> String {
    let cache = "auth_cache_size = 1M\nauth_cache_ttl = 1h\nauth_cache_negative_ttl = 1h\n";
    if super::dovecot::is_24() {
        let (bind, password) = match style {
            DovecotStyle::Bind => ("  bind = yes\n", ""),
            DovecotStyle::Lookup => (
                "  default_password_scheme = CRYPT\n",
                "    password = %{ldap:userPassword}\n",
            ),
        };
        format!(
            "ldap_uris = {url}\nldap_auth_dn = {DOVECOT_DN}\nldap_auth_dn_password = {DOVECOT_PW}\nldap_base = {PEOPLE}\n\
             passdb ldap {{\n{bind}  filter = (&(objectClass=inetOrgPerson)(mail=%{{user}}))\n  fields {{\n    user = %{{ldap:mail}}\n{password}  }}\n}}\n{cache}",
            url = slapd.url()
        )
    } else {
        let style_lines = match style {
            DovecotStyle::Bind => "auth_bind = yes\npass_attrs = mail=user\n",
            DovecotStyle::Lookup => {
                "pass_attrs = mail=user,userPassword=password\ndefault_pass_scheme = CRYPT\n"
            }
        };
        let conf = slapd
            .dir
            .path()
            .join(format!("dovecot-ldap-{style:?}.conf.ext"));
        std::fs::write(
            &conf,
            format!(
                "uris = {url}\ndn = {DOVECOT_DN}\ndnpass = {DOVECOT_PW}\nbase = {PEOPLE}\n\
                 pass_filter = (&(objectClass=inetOrgPerson)(mail=%u))\n{style_lines}",
                url = slapd.url()
            ),
        )
        .unwrap();
        super::set_mode(&conf, 0o644);
        format!(
            "passdb {{\n  driver = ldap\n  args = {}\n}}\n{cache}",
            conf.display()
        )
    }
}
