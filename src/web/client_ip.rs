//! The employee's address: the TCP peer, or, when the peer is one of our
//! reverse proxies, the rightmost address in the forwarding headers that is
//! not itself a trusted proxy. A direct client's headers are never believed.

use std::net::{IpAddr, SocketAddr};

use actix_web::HttpRequest;
use ipnet::IpNet;

/// Which forwarding header the trusted proxies set. Only that one is
/// read: a proxy that writes one usually passes the client's own copy of
/// the other through, and that copy says whatever the client likes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ForwardedHeader {
    #[default]
    XForwardedFor,
    Forwarded,
}

/// Headers that say a request came through a proxy.
const FORWARDING: [&str; 3] = ["x-forwarded-for", "forwarded", "x-real-ip"];

/// Where requests come from: our proxies, the header they set, and the
/// operator's own networks (monitoring, the hosting panel).
#[derive(Debug, Clone, Default)]
pub struct Peers {
    pub trusted_proxies: Vec<IpNet>,
    pub header: ForwardedHeader,
    /// `/readyz` and `/metrics` answer only these.
    pub internal: Vec<IpNet>,
}

impl Peers {
    pub fn client_ip(&self, req: &HttpRequest) -> Option<IpAddr> {
        client_ip_by(req, &self.trusted_proxies, self.header)
    }

    /// Whether the client is in one of `networks`: a request passed on by
    /// a proxy we do not trust may come from anywhere, and one whose
    /// forwarding header cannot be read may too, so neither ever is.
    pub fn comes_from(&self, req: &HttpRequest, networks: &[IpNet]) -> bool {
        let Some(peer) = req.peer_addr().map(|a| a.ip()) else {
            return false;
        };
        let forwarded = FORWARDING.iter().any(|h| req.headers().contains_key(*h));
        if forwarded && !is_trusted(peer, &self.trusted_proxies) {
            return false;
        }
        match hop(req, &self.trusted_proxies, self.header) {
            Some(Hop::Client(ip)) => is_trusted(ip, networks),
            Some(Hop::Unreadable { .. }) | None => false,
        }
    }

    /// From the operator's own networks (see [`Peers::internal`]).
    pub fn is_internal(&self, req: &HttpRequest) -> bool {
        self.comes_from(req, &self.internal)
    }
}

/// Loopback and the private ranges: where monitoring usually runs.
pub fn private_networks() -> Vec<IpNet> {
    [
        "127.0.0.0/8",
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "::1/128",
        "fc00::/7",
    ]
    .iter()
    .filter_map(|n| n.parse().ok())
    .collect()
}

pub fn client_ip(req: &HttpRequest, trusted_proxies: &[IpNet]) -> Option<IpAddr> {
    client_ip_by(req, trusted_proxies, ForwardedHeader::XForwardedFor)
}

fn client_ip_by(
    req: &HttpRequest,
    trusted_proxies: &[IpNet],
    header: ForwardedHeader,
) -> Option<IpAddr> {
    hop(req, trusted_proxies, header).map(|hop| match hop {
        Hop::Client(ip) => ip,
        // Rate limits and the audit log still need an address.
        Hop::Unreadable { peer } => peer,
    })
}

/// Where a request came from, as far as the forwarding chain tells.
enum Hop {
    Client(IpAddr),
    /// A proxy of ours passed on an entry nobody can read (a client's own
    /// garbage, an obfuscated `for=`): the client is unknown.
    Unreadable {
        peer: IpAddr,
    },
}

fn hop(req: &HttpRequest, trusted_proxies: &[IpNet], header: ForwardedHeader) -> Option<Hop> {
    let peer = req.peer_addr().map(|a| a.ip())?;
    if !is_trusted(peer, trusted_proxies) {
        return Some(Hop::Client(peer));
    }
    let name = match header {
        ForwardedHeader::XForwardedFor => "x-forwarded-for",
        ForwardedHeader::Forwarded => "forwarded",
    };
    // Entry by entry, as bytes: one unreadable entry (a client may send
    // any byte) must not hide the readable ones a proxy appended after it.
    let entries = req
        .headers()
        .get_all(name)
        .flat_map(|value| value.as_bytes().split(|b| *b == b','))
        .filter(|entry| !entry.trim_ascii().is_empty());
    let mut chain = Vec::new();
    for entry in entries {
        let text = std::str::from_utf8(entry).ok();
        let hop = match header {
            ForwardedHeader::XForwardedFor => text.and_then(parse_addr),
            // An element without `for=` names no hop at all.
            ForwardedHeader::Forwarded => match text.map(forwarded_for) {
                Some(ForwardedFor::Absent) => continue,
                Some(ForwardedFor::Named(ip)) => Some(ip),
                Some(ForwardedFor::Unreadable) | None => None,
            },
        };
        chain.push(hop);
    }
    for entry in chain.into_iter().rev() {
        match entry {
            Some(ip) if is_trusted(ip, trusted_proxies) => {}
            Some(ip) => return Some(Hop::Client(ip)),
            None => return Some(Hop::Unreadable { peer }),
        }
    }
    Some(Hop::Client(peer))
}

fn is_trusted(ip: IpAddr, trusted: &[IpNet]) -> bool {
    let ip = canonical(ip);
    trusted.iter().any(|net| net.contains(&ip))
}

/// IPv4-mapped IPv6 peers (dual-stack sockets) compare as IPv4.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

fn parse_addr(raw: &str) -> Option<IpAddr> {
    let raw = raw.trim().trim_matches('"');
    raw.parse::<IpAddr>()
        .ok()
        .or_else(|| raw.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| raw.trim_start_matches('[').split(']').next()?.parse().ok())
        .map(canonical)
}

/// What the `for=` parameter of one RFC 7239 element says.
enum ForwardedFor {
    Named(IpAddr),
    /// No `for=` at all: the element names no hop.
    Absent,
    /// A `for=` that names no address (`unknown`, an obfuscated `_name`).
    Unreadable,
}

fn forwarded_for(element: &str) -> ForwardedFor {
    let value = element.split(';').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        key.trim().eq_ignore_ascii_case("for").then_some(value)
    });
    match value {
        None => ForwardedFor::Absent,
        Some(value) => parse_addr(value).map_or(ForwardedFor::Unreadable, ForwardedFor::Named),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn direct_clients_cannot_spoof() {
        let req = TestRequest::default()
            .peer_addr("203.0.113.9:5000".parse().unwrap())
            .insert_header(("x-forwarded-for", "198.51.100.1"))
            .to_http_request();
        assert_eq!(
            client_ip(&req, &nets(&["127.0.0.1/32"])),
            Some("203.0.113.9".parse().unwrap())
        );
    }

    #[test]
    fn rightmost_untrusted_hop_behind_a_trusted_proxy() {
        let req = TestRequest::default()
            .peer_addr("127.0.0.1:5000".parse().unwrap())
            // The client claimed 1.2.3.4; nginx appended the real peer.
            .insert_header(("x-forwarded-for", "1.2.3.4, 198.51.100.7, 10.0.0.2"))
            .to_http_request();
        let trusted = nets(&["127.0.0.1/32", "10.0.0.0/8"]);
        assert_eq!(
            client_ip(&req, &trusted),
            Some("198.51.100.7".parse().unwrap())
        );
    }

    #[test]
    fn forwarded_header_with_ipv6_and_port() {
        let req = TestRequest::default()
            .peer_addr("127.0.0.1:5000".parse().unwrap())
            .insert_header(("forwarded", "for=\"[2001:db8::7]:4711\";proto=https"))
            // The client's own copy of the header the proxy does not set.
            .insert_header(("x-forwarded-for", "6.6.6.6"))
            .to_http_request();
        let peers = Peers {
            trusted_proxies: nets(&["127.0.0.1/32"]),
            header: ForwardedHeader::Forwarded,
            internal: Vec::new(),
        };
        assert_eq!(peers.client_ip(&req), Some("2001:db8::7".parse().unwrap()));
        let by_default = Peers {
            header: ForwardedHeader::XForwardedFor,
            ..peers
        };
        assert_eq!(by_default.client_ip(&req), Some("6.6.6.6".parse().unwrap()));
    }

    #[test]
    fn internal_means_our_networks_directly_or_through_a_trusted_proxy() {
        let peers = Peers {
            trusted_proxies: nets(&["10.0.0.2/32"]),
            header: ForwardedHeader::XForwardedFor,
            internal: private_networks(),
        };
        let request = |peer: &str, forwarded: Option<&str>| {
            let mut req = TestRequest::default().peer_addr(peer.parse().unwrap());
            if let Some(f) = forwarded {
                req = req.insert_header(("x-forwarded-for", f));
            }
            req.to_http_request()
        };
        assert!(peers.is_internal(&request("127.0.0.1:1", None)));
        assert!(peers.is_internal(&request("10.1.2.3:1", None)));
        assert!(!peers.is_internal(&request("198.51.100.7:1", None)));
        // Through our proxy: the client it names counts.
        assert!(!peers.is_internal(&request("10.0.0.2:1", Some("198.51.100.7"))));
        assert!(peers.is_internal(&request("10.0.0.2:1", Some("192.168.1.5"))));
        // Through a proxy we do not know: from anywhere.
        assert!(!peers.is_internal(&request("127.0.0.1:1", Some("192.168.1.5"))));
    }

    #[test]
    fn garbage_headers_fall_back_to_the_peer() {
        let req = TestRequest::default()
            .peer_addr("127.0.0.1:5000".parse().unwrap())
            .insert_header(("x-forwarded-for", "unknown, <script>"))
            .to_http_request();
        assert_eq!(
            client_ip(&req, &nets(&["127.0.0.1/32"])),
            Some("127.0.0.1".parse().unwrap())
        );
    }

    #[test]
    fn an_unreadable_entry_neither_hides_the_client_nor_makes_it_internal() {
        use actix_web::http::header::HeaderValue;
        let peers = Peers {
            trusted_proxies: nets(&["127.0.0.1/32"]),
            header: ForwardedHeader::XForwardedFor,
            internal: private_networks(),
        };
        let through_proxy = |name: &str, value: &[u8]| {
            TestRequest::default()
                .peer_addr("127.0.0.1:5000".parse().unwrap())
                .insert_header((name, HeaderValue::from_bytes(value).unwrap()))
                .to_http_request()
        };
        let client: Option<IpAddr> = Some("203.0.113.5".parse().unwrap());
        // The client's own garbage, then the address the proxy appended.
        for sent in [
            &b"\xff, 203.0.113.5"[..],
            "caf\u{e9}, 203.0.113.5".as_bytes(),
        ] {
            let req = through_proxy("x-forwarded-for", sent);
            assert_eq!(peers.client_ip(&req), client);
            assert!(!peers.is_internal(&req));
        }
        // Nothing readable to the right: the client is unknown. Limits
        // still count it by the proxy, but it is never internal.
        for sent in [&b"6.6.6.5 6.6.6.6"[..], b"unknown", b"1.1.1.1\x80"] {
            let req = through_proxy("x-forwarded-for", sent);
            assert_eq!(peers.client_ip(&req), Some("127.0.0.1".parse().unwrap()));
            assert!(!peers.is_internal(&req));
        }
        let forwarded = Peers {
            header: ForwardedHeader::Forwarded,
            ..peers
        };
        assert!(!forwarded.is_internal(&through_proxy("forwarded", b"for=_hidden")));
        let req = through_proxy("forwarded", b"for=\xff, for=203.0.113.5");
        assert_eq!(forwarded.client_ip(&req), client);
        // An element without `for=` names no hop.
        let req = through_proxy("forwarded", b"for=203.0.113.5, proto=https");
        assert_eq!(forwarded.client_ip(&req), client);
    }
}
