//! Address helpers shared by every client of another server.

/// Plain text is acceptable only where the traffic cannot leave the host.
pub fn is_loopback_host(host: &str) -> bool {
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    host.trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<std::net::IpAddr>()
        .map(|ip| ip.is_loopback())
        .unwrap_or(false)
}

/// Reads a list of networks where a single address may stand for itself:
/// operators write `"127.0.0.1"` as often as `"127.0.0.1/32"`.
pub fn networks<'de, D>(deserializer: D) -> Result<Vec<ipnet::IpNet>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    use serde::de::Error;
    let written: Vec<String> = serde::Deserialize::deserialize(deserializer)?;
    written
        .iter()
        .map(|entry| {
            let entry = entry.trim();
            entry
                .parse::<ipnet::IpNet>()
                .or_else(|_| entry.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    D::Error::custom(format!(
                        "{entry:?} is neither an address nor a network (like \"192.0.2.0/24\")"
                    ))
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize)]
    struct Nets {
        #[serde(deserialize_with = "super::networks")]
        list: Vec<ipnet::IpNet>,
    }

    #[test]
    fn a_single_address_is_its_own_network() {
        let read = |toml: &str| {
            use figment::providers::Format;
            figment::Figment::from(figment::providers::Toml::string(toml))
                .extract::<Nets>()
                .map_err(|e| e.to_string())
        };
        let nets = read(r#"list = ["127.0.0.1", "10.0.0.0/8", "::1", "2001:db8::/32"]"#).unwrap();
        let shown: Vec<String> = nets.list.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            ["127.0.0.1/32", "10.0.0.0/8", "::1/128", "2001:db8::/32"]
        );
        let wrong = read(r#"list = ["10.0.0.0/33"]"#).err().unwrap();
        assert!(
            wrong
                .to_string()
                .contains("neither an address nor a network"),
            "{wrong}"
        );
    }
}
