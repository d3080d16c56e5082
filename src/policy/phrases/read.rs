//! The cheapest reading of a password: every entry, personal word and
//! run found in it, then the cheapest sequence of them by dynamic
//! programming.

use fst::raw::Output;

use super::data::{key_of, log10, Data, NO_ID};
use super::parts::{Part, PartKind, PhraseHint, LIST, MAX_KEY, MAX_RUN, PART};
use super::pieces::{
    case_cost, case_of, char_cost, digits_cost, is_day, style_cost, symbols_cost, Case, DAY,
};

#[derive(Debug, Clone)]
struct Item {
    start: usize,
    end: usize,
    cost: f32,
    kind: PartKind,
    words: u8,
    id: u32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Prev {
    Start,
    Random(usize),
    Item(usize),
}

/// One way of reading the password: a separator style taken out, l33t
/// undone or not.
pub(super) struct Pass<'a> {
    /// The original characters.
    pub(super) chars: &'a [char],
    /// Lower case, the style's separator taken out, l33t undone.
    pub(super) text: Vec<char>,
    /// Index in `chars` of each character of `text`.
    pub(super) at: Vec<usize>,
    pub(super) style: Option<char>,
    pub(super) leet: usize,
}

/// The personal words as keys, cheapest first.
pub(super) fn personal_keys(personal: &[String]) -> Vec<(Vec<char>, f32)> {
    let mut keys = Vec::new();
    for (i, word) in personal.iter().enumerate() {
        let lower: String = word.to_lowercase();
        let cost = log10(i + 2);
        let compact = key_of(&lower).into_owned();
        for form in [lower, compact] {
            let chars: Vec<char> = form.chars().collect();
            if chars.len() >= 3 {
                keys.push((chars, cost));
            }
        }
    }
    keys
}

/// The best way found to reach a state, and how.
#[derive(Debug, Clone, Copy)]
struct Best {
    total: f32,
    from: Prev,
    /// The item's own cost as used (a word pair can make it cheaper).
    own: f32,
    paired: bool,
}

const UNREACHED: Best = Best {
    total: f32::INFINITY,
    from: Prev::Start,
    own: 0.0,
    paired: false,
};

/// Every dictionary entry, personal word and run of digits or symbols
/// found in the pass's text.
fn items_of(text: &[char], personal: &[(Vec<char>, f32)], data: &Data) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let bytes: Vec<([u8; 4], usize)> = text
        .iter()
        .map(|c| {
            let mut buf = [0u8; 4];
            let len = c.encode_utf8(&mut buf).len();
            (buf, len)
        })
        .collect();
    for start in 0..text.len() {
        dictionary_items(&bytes, start, data, &mut items);
        for (key, cost) in personal {
            if text[start..].starts_with(key) {
                items.push(Item {
                    start,
                    end: start + key.len(),
                    cost: *cost,
                    kind: PartKind::Personal,
                    words: 1,
                    id: NO_ID,
                });
            }
        }
        run_items(text, start, &mut items);
    }
    items.sort_by_key(|i| (i.start, i.end));
    items
}

/// The entries that start at `start`: the FST walked along the
/// characters' bytes.
fn dictionary_items(bytes: &[([u8; 4], usize)], start: usize, data: &Data, items: &mut Vec<Item>) {
    let Some(fst) = &data.fst else {
        return;
    };
    let mut node = fst.root();
    let mut out = Output::zero();
    for (end, (buf, len)) in bytes
        .iter()
        .enumerate()
        .take(bytes.len().min(start + MAX_KEY))
        .skip(start)
    {
        for &byte in &buf[..*len] {
            let Some(i) = node.find_input(byte) else {
                return;
            };
            let t = node.transition(i);
            out = out.cat(t.out);
            node = fst.node(t.addr);
        }
        if !node.is_final() {
            continue;
        }
        let index = out.cat(node.final_output()).value();
        if let Some(e) = usize::try_from(index)
            .ok()
            .and_then(|i| data.entries.get(i))
        {
            items.push(Item {
                start,
                end: end + 1,
                cost: e.cost,
                kind: e.kind,
                words: e.words,
                id: e.id,
            });
        }
    }
}

/// Runs of digits or of symbols from `start`, any stretch of them.
fn run_items(text: &[char], start: usize, items: &mut Vec<Item>) {
    let digits = text[start].is_ascii_digit();
    let symbols = !text[start].is_alphanumeric() && !text[start].is_whitespace();
    if !digits && !symbols {
        return;
    }
    let mut end = start;
    while end < text.len() && end - start < MAX_RUN {
        let c = text[end];
        let same = if digits {
            c.is_ascii_digit()
        } else {
            !c.is_alphanumeric() && !c.is_whitespace()
        };
        if !same {
            break;
        }
        end += 1;
        let run = &text[start..end];
        let (cost, kind) = if digits {
            digits_cost(run)
        } else {
            (symbols_cost(run), PartKind::Punctuation)
        };
        items.push(Item {
            start,
            end,
            cost,
            kind,
            words: 1,
            id: NO_ID,
        });
    }
}

/// One step of the cheapest reading: characters [start, end) of the
/// pass's text, the item (None: random characters) and its own cost.
struct Step {
    start: usize,
    end: usize,
    item: Option<usize>,
    own: f32,
    paired: bool,
}

/// The best ways found to each item and each position.
struct Table<'a> {
    text: &'a [char],
    items: Vec<Item>,
    /// best_item[k]: the last step was item k.
    best_item: Vec<Best>,
    /// best_random[p]: the last step took character p - 1 as random.
    best_random: Vec<Best>,
    /// ending[p]: the items that end at p.
    ending: Vec<Vec<usize>>,
}

impl Table<'_> {
    /// The ways to stand at p: at the start, after random characters,
    /// after an item.
    fn arrivals(&self, p: usize, arrive: &mut Vec<(f32, Prev)>) {
        arrive.clear();
        if p == 0 {
            arrive.push((0.0, Prev::Start));
            return;
        }
        if self.best_random[p].total.is_finite() {
            arrive.push((self.best_random[p].total, Prev::Random(p)));
        }
        for &j in &self.ending[p] {
            if self.best_item[j].total.is_finite() {
                arrive.push((self.best_item[j].total, Prev::Item(j)));
            }
        }
    }

    /// What `item` costs right after item `j`: less if it repeats a part,
    /// is a day next to a month, or follows `j` as a word pair.
    fn own_cost_after(&self, j: usize, item: &Item, data: &Data) -> (f32, bool) {
        let text = self.text;
        let items = &self.items;
        let before = &items[j];
        let mut own = item.cost;
        // A part typed once more, right after it or up to three parts
        // later ("hallohallo", "june1976june2000").
        let mut back = Prev::Item(j);
        for distance in 1..=3u8 {
            let Prev::Item(k) = back else { break };
            let earlier = &items[k];
            if text[earlier.start..earlier.end] == text[item.start..item.end] {
                own = own.min(LIST * f32::from(distance));
                break;
            }
            back = self.best_item[k].from;
        }
        // A day of the month next to a month ("13june").
        let day = |i: &Item| i.kind == PartKind::Number && is_day(&text[i.start..i.end]);
        if before.kind == PartKind::Calendar && day(item) {
            own = own.min(DAY);
        } else if day(before) && item.kind == PartKind::Calendar {
            own = own.min(item.cost - (before.cost - DAY).max(0.0));
        }
        if before.id != NO_ID && item.id != NO_ID {
            if let Some(rank) = data.pairs.get(&(before.id, item.id)) {
                let pair_cost = log10(*rank as usize) + LIST;
                if pair_cost < own {
                    return (pair_cost, true);
                }
            }
        }
        (own, false)
    }

    /// Fills the table from left to right.
    fn fill(&mut self, data: &Data) {
        let n = self.text.len();
        let mut next = 0;
        let mut arrive: Vec<(f32, Prev)> = Vec::new();
        for p in 0..n {
            self.arrivals(p, &mut arrive);
            while next < self.items.len() && self.items[next].start == p {
                for &(cost, from) in &arrive {
                    let (own, paired) = match from {
                        Prev::Item(j) => self.own_cost_after(j, &self.items[next], data),
                        _ => (self.items[next].cost, false),
                    };
                    let link = if from == Prev::Start { 0.0 } else { PART };
                    let total = cost + link + own;
                    if total < self.best_item[next].total {
                        self.best_item[next] = Best {
                            total,
                            from,
                            own,
                            paired,
                        };
                    }
                }
                next += 1;
            }
            let own = char_cost(self.text[p]);
            for &(cost, from) in &arrive {
                let link = if matches!(from, Prev::Item(_)) {
                    PART
                } else {
                    0.0
                };
                let total = cost + link + own;
                if total < self.best_random[p + 1].total {
                    self.best_random[p + 1] = Best {
                        total,
                        from,
                        own,
                        paired: false,
                    };
                }
            }
        }
    }

    /// The cheapest way to the end, walked back: items, and runs of
    /// random characters as one step each.
    fn steps(&self) -> Option<(f32, Vec<Step>)> {
        let n = self.text.len();
        let mut end = (self.best_random[n].total, Prev::Random(n));
        for &j in &self.ending[n] {
            if self.best_item[j].total < end.0 {
                end = (self.best_item[j].total, Prev::Item(j));
            }
        }
        if !end.0.is_finite() {
            return None;
        }
        let mut steps: Vec<Step> = Vec::new();
        let mut at = end.1;
        loop {
            match at {
                Prev::Start => break,
                Prev::Item(k) => {
                    let best = self.best_item[k];
                    steps.push(Step {
                        start: self.items[k].start,
                        end: self.items[k].end,
                        item: Some(k),
                        own: best.own,
                        paired: best.paired,
                    });
                    at = best.from;
                }
                Prev::Random(p) => {
                    let (step, from) = self.random_run(p);
                    steps.push(step);
                    at = from;
                }
            }
        }
        steps.reverse();
        Some((end.0, steps))
    }

    /// The run of random characters that ends at `p`, and what came
    /// before it.
    fn random_run(&self, p: usize) -> (Step, Prev) {
        let mut q = p;
        let mut own = 0.0;
        loop {
            own += self.best_random[q].own;
            match self.best_random[q].from {
                Prev::Random(r) => q = r,
                other => {
                    let step = Step {
                        start: q - 1,
                        end: p,
                        item: None,
                        own,
                        paired: false,
                    };
                    return (step, other);
                }
            }
        }
    }
}

/// The cheapest reading of one pass: its cost, parts and pattern.
pub(super) fn read(
    pass: &Pass,
    personal: &[(Vec<char>, f32)],
    data: &Data,
) -> Option<(f32, Vec<Part>, Option<PhraseHint>)> {
    let text = &pass.text;
    let n = text.len();
    if n == 0 {
        return None;
    }
    let items = items_of(text, personal, data);
    let mut ending: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    for (k, item) in items.iter().enumerate() {
        ending[item.end].push(k);
    }
    let mut table = Table {
        text,
        best_item: vec![UNREACHED; items.len()],
        best_random: vec![UNREACHED; n + 1],
        items,
        ending,
    };
    table.fill(data);
    let (cost, steps) = table.steps()?;
    let (parts, hint, cases) = describe(pass, &table.items, &steps);
    let structure = style_cost(pass.style)
        + case_cost(&cases)
        + if pass.leet > 0 {
            LIST + LIST * pass.leet as f32
        } else {
            0.0
        };
    Some((cost + structure, parts, hint))
}

/// The parts of a reading as typed, the pattern that makes up most of it,
/// and the case of each of its words.
fn describe(
    pass: &Pass,
    items: &[Item],
    steps: &[Step],
) -> (Vec<Part>, Option<PhraseHint>, Vec<Case>) {
    let mut cases = Vec::new();
    let mut parts = Vec::new();
    let mut paired_any = false;
    let mut word_parts = 0;
    let mut longest: Option<(usize, PartKind, u8)> = None;
    for step in steps {
        let typed = &pass.chars[pass.at[step.start]..pass.at[step.end - 1] + 1];
        let (kind, words) = match step.item {
            Some(k) => (items[k].kind, items[k].words),
            None => (PartKind::Random, 1),
        };
        paired_any |= step.paired;
        let wordlike = !matches!(
            kind,
            PartKind::Year
                | PartKind::Date
                | PartKind::Number
                | PartKind::Punctuation
                | PartKind::Random
        );
        if wordlike {
            word_parts += 1;
            if let Some(case) = case_of(typed, words) {
                cases.push(case);
            }
            let len = step.end - step.start;
            if longest.is_none_or(|(longest, _, _)| len > longest) {
                longest = Some((len, kind, words));
            }
        }
        parts.push(Part {
            kind,
            text: typed.iter().collect(),
            guesses_log10: f64::from(step.own),
        });
    }
    let hint = longest.map(|(_, kind, words)| match kind {
        PartKind::Phrase if words > 1 => PhraseHint::Phrase,
        PartKind::Place | PartKind::Club => PhraseHint::PlaceOrClub,
        PartKind::Name => PhraseHint::Name,
        PartKind::Calendar => PhraseHint::Calendar,
        PartKind::NumberWords => PhraseHint::NumberWords,
        PartKind::Sequence => PhraseHint::Sequence,
        PartKind::Keyboard => PhraseHint::KeyboardRow,
        PartKind::Personal => PhraseHint::Personal,
        _ if paired_any => PhraseHint::Phrase,
        _ if word_parts > 1 => PhraseHint::FrequentWords,
        _ => PhraseHint::WordWithSuffix,
    });
    (parts, hint, cases)
}
