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
    /// a proxy we do not trust may come from anywhere, so it never is.
    pub fn comes_from(&self, req: &HttpRequest, networks: &[IpNet]) -> bool {
        let Some(peer) = req.peer_addr().map(|a| a.ip()) else {
            return false;
        };
        let forwarded = FORWARDING.iter().any(|h| req.headers().contains_key(*h));
        if forwarded && !is_trusted(peer, &self.trusted_proxies) {
            return false;
        }
        self.client_ip(req)
            .is_some_and(|ip| is_trusted(ip, networks))
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
    let peer = req.peer_addr().map(|a| a.ip())?;
    if !is_trusted(peer, trusted_proxies) {
        return Some(peer);
    }
    let values = |name: &str| -> Vec<String> {
        req.headers()
            .get_all(name)
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::to_owned)
            .collect()
    };
    let chain: Vec<IpAddr> = match header {
        ForwardedHeader::XForwardedFor => values("x-forwarded-for")
            .iter()
            .filter_map(|v| parse_addr(v))
            .collect(),
        ForwardedHeader::Forwarded => values("forwarded")
            .iter()
            .filter_map(|v| forwarded_for(v))
            .collect(),
    };
    Some(
        chain
            .into_iter()
            .rev()
            .find(|ip| !is_trusted(*ip, trusted_proxies))
            .unwrap_or(peer),
    )
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

/// The `for=` parameter of one RFC 7239 element.
fn forwarded_for(element: &str) -> Option<IpAddr> {
    element.split(';').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("for")
            .then(|| parse_addr(value))
            .flatten()
    })
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
}
