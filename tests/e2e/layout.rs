//! The shape of the code that the README's code map promises: the
//! top-level modules of `src/` form no import cycle, `settings.rs` reaches
//! only the sections' `config` modules, and no source file or function
//! grows past what a reader takes in at once (test modules aside).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 600;
const MAX_FN_LINES: usize = 70;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A file's text without its `#[cfg(test)]` module.
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    match text.find("#[cfg(test)]") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// `crate::x` paths named in `code`, as the top-level module names.
fn crate_refs(code: &str) -> BTreeSet<String> {
    code.match_indices("crate::")
        .map(|(at, m)| {
            code[at + m.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

#[test]
fn top_level_modules_form_no_cycle() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let relative = file.strip_prefix(src()).unwrap();
        let top = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if top == "lib" || top == "main" {
            continue;
        }
        let refs = crate_refs(&code_of(file));
        graph
            .entry(top.clone())
            .or_default()
            .extend(refs.into_iter().filter(|r| *r != top));
    }
    let reaches = |from: &str, to: &str| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(node) = stack.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if next == to {
                    return true;
                }
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        false
    };
    let cycles: Vec<_> = graph
        .iter()
        .flat_map(|(a, deps)| deps.iter().map(move |b| (a, b)))
        .filter(|(a, b)| reaches(b, a))
        .collect();
    assert!(cycles.is_empty(), "import cycles: {cycles:?}");
    assert!(graph.len() > 10, "{graph:?}");
}

/// A file's module path below `src`: `web/routes/login.rs` is
/// `["web", "routes", "login"]`, `web/mod.rs` is `["web"]`.
fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| {
            c.as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_owned()
        })
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

fn ident_at(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// The first identifiers of the items in a `{a, b::c, d as e}` group.
fn group_heads(text: &str) -> Vec<String> {
    let mut depth = 0;
    let mut heads = Vec::new();
    let mut start = true;
    for (at, c) in text.char_indices() {
        match c {
            '{' => {
                depth += 1;
                start = depth == 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => start = true,
            c if start && depth == 1 && !c.is_whitespace() => {
                heads.push(ident_at(&text[at..]));
                start = false;
            }
            _ => {}
        }
    }
    heads
}

/// The module paths a file names, resolved from `crate::`, `super::`,
/// `self::` and (in a `mod.rs`) its own children, each as far as its
/// first segment below `base`.
fn named_paths(
    code: &str,
    own: &[String],
    is_mod_rs: bool,
    children: &BTreeSet<String>,
) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for line in code.lines() {
        let trimmed = line.trim_start();
        // A mod.rs declares its children and shows their items: that is
        // the module's face, not a use.
        if is_mod_rs
            && (trimmed.starts_with("mod ")
                || trimmed.starts_with("pub mod ")
                || trimmed.starts_with("pub(crate) mod ")
                || trimmed.starts_with("pub use ")
                || trimmed.starts_with("pub(crate) use "))
        {
            continue;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find(|c: char| c.is_ascii_alphabetic() || c == '_') {
            let word_start = &rest[at..];
            let word = ident_at(word_start);
            let after = &word_start[word.len()..];
            let preceded_by_path = at > 0 && rest[..at].ends_with("::");
            rest = after;
            if preceded_by_path || !after.starts_with("::") {
                continue;
            }
            let mut base: Vec<String> = match word.as_str() {
                "crate" => Vec::new(),
                "super" => own[..own.len().saturating_sub(1)].to_vec(),
                "self" => own.to_vec(),
                w if is_mod_rs && children.contains(w) => {
                    let mut p = own.to_vec();
                    p.push(w.to_owned());
                    found.push(p);
                    continue;
                }
                _ => continue,
            };
            let mut tail = &after[2..];
            // Further `super::` segments climb on.
            while let Some(next) = tail.strip_prefix("super::") {
                base.pop();
                tail = next;
            }
            if tail.starts_with('{') {
                for head in group_heads(tail) {
                    let mut p = base.clone();
                    p.push(head);
                    found.push(p);
                }
            } else {
                let mut p = base;
                p.push(ident_at(tail));
                found.push(p);
            }
        }
    }
    found
}

/// Within each module, the files (and sub-modules) do not form a cycle:
/// what several files share lives in a file of its own, below them.
#[test]
fn the_files_of_each_module_form_no_cycle() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let modules: BTreeSet<Vec<String>> = files
        .iter()
        .filter(|f| f.ends_with("mod.rs"))
        .map(|f| module_path(f.strip_prefix(src()).unwrap()))
        .collect();
    let mut cycles = Vec::new();
    for module in &modules {
        let dir = module.iter().fold(src(), |d, p| d.join(p));
        let children: BTreeSet<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "rs"))
            .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        // Names a mod.rs shows from its children (`pub use child::{A, B}`)
        // lead to that child, so a cycle cannot hide behind them.
        let mut shown: BTreeMap<String, String> = BTreeMap::new();
        for line in code_of(&dir.join("mod.rs")).lines() {
            let Some(used) = line
                .trim_start()
                .strip_prefix("pub use ")
                .or_else(|| line.trim_start().strip_prefix("pub(crate) use "))
            else {
                continue;
            };
            let child = ident_at(used);
            if !children.contains(&child) {
                continue;
            }
            let names = used.rsplit("::").next().unwrap_or("");
            let names: Vec<String> = if names.starts_with('{') {
                group_heads(names)
            } else {
                vec![ident_at(names)]
            };
            for name in names {
                shown.insert(name, child.clone());
            }
        }
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for file in files.iter().filter(|f| f.starts_with(&dir)) {
            let relative = file.strip_prefix(src()).unwrap();
            let own = module_path(relative);
            let node = file
                .strip_prefix(&dir)
                .unwrap()
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_owned();
            let is_mod_rs = file.ends_with("mod.rs");
            let own_children: BTreeSet<String> = if is_mod_rs {
                std::fs::read_dir(file.parent().unwrap())
                    .unwrap()
                    .map(|e| {
                        e.unwrap()
                            .path()
                            .file_stem()
                            .unwrap()
                            .to_string_lossy()
                            .into_owned()
                    })
                    .collect()
            } else {
                BTreeSet::new()
            };
            for path in named_paths(&code_of(file), &own, is_mod_rs, &own_children) {
                if path.len() <= module.len() || path[..module.len()] != module[..] {
                    continue;
                }
                let target = &path[module.len()];
                let target = if children.contains(target) && target != "mod" {
                    target.clone()
                } else if let Some(child) = shown.get(target) {
                    child.clone()
                } else {
                    "mod".to_owned()
                };
                if target != node {
                    graph.entry(node.clone()).or_default().insert(target);
                }
            }
        }
        let reaches = |from: &str, to: &str| {
            let mut seen = BTreeSet::new();
            let mut stack = vec![from.to_owned()];
            while let Some(n) = stack.pop() {
                for next in graph.get(&n).into_iter().flatten() {
                    if next == to {
                        return true;
                    }
                    if seen.insert(next.clone()) {
                        stack.push(next.clone());
                    }
                }
            }
            false
        };
        for (a, deps) in &graph {
            for b in deps {
                if reaches(b, a) {
                    cycles.push(format!("{}: {a} -> {b}", module.join("::")));
                }
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "cycles between the files of a module: {cycles:#?}"
    );
    assert!(modules.len() > 10, "{modules:?}");
}

#[test]
fn settings_reaches_only_the_sections_config_modules() {
    let code = code_of(&src().join("settings.rs"));
    let uses: Vec<&str> = code
        .match_indices("crate::")
        .map(|(at, _)| code[at..].split([';', ' ', '{']).next().unwrap_or(""))
        .collect();
    assert!(uses.len() >= 10, "{uses:?}");
    for path in uses {
        assert!(
            path.contains("::config::") || path.starts_with("crate::audit::AuditSettings"),
            "{path}"
        );
    }
}

#[test]
fn no_long_files_or_functions() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut long = Vec::new();
    for file in &files {
        let code = code_of(file);
        let lines: Vec<&str> = code.lines().collect();
        if lines.len() > MAX_FILE_LINES {
            long.push(format!("{}: {} lines", file.display(), lines.len()));
        }
        for (start, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            let is_fn = [
                "fn ",
                "pub fn ",
                "async fn ",
                "pub async fn ",
                "pub(super) fn ",
                "pub(super) async fn ",
                "pub(crate) fn ",
            ]
            .iter()
            .any(|p| trimmed.starts_with(p));
            if !is_fn || line.trim_end().ends_with(';') {
                continue;
            }
            let indent = &line[..line.len() - trimmed.len()];
            let close = format!("{indent}}}");
            if let Some(end) = lines[start + 1..].iter().position(|l| *l == close) {
                if end + 2 > MAX_FN_LINES {
                    long.push(format!(
                        "{}:{}: {} lines",
                        file.display(),
                        start + 1,
                        end + 2
                    ));
                }
            }
        }
    }
    assert!(long.is_empty(), "{long:#?}");
}
