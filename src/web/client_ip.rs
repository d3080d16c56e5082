//! The employee's address: the TCP peer, or, when the peer is one of our
//! reverse proxies, the rightmost address in the forwarding headers that is
//! not itself a trusted proxy. A direct client's headers are never believed.

use std::net::{IpAddr, SocketAddr};

use actix_web::HttpRequest;
use ipnet::IpNet;

pub fn client_ip(req: &HttpRequest, trusted_proxies: &[IpNet]) -> Option<IpAddr> {
    let peer = req.peer_addr().map(|a| a.ip())?;
    if !is_trusted(peer, trusted_proxies) {
        return Some(peer);
    }
    let mut chain: Vec<IpAddr> = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(parse_addr)
        .collect();
    if chain.is_empty() {
        chain = req
            .headers()
            .get_all("forwarded")
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(forwarded_for)
            .collect();
    }
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
            .to_http_request();
        assert_eq!(
            client_ip(&req, &nets(&["127.0.0.1/32"])),
            Some("2001:db8::7".parse().unwrap())
        );
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
