//! "Did you mean …?": the catalogue name nearest to an unknown one.

use crate::catalogue;

/// Largest edit distance at which a catalogue name is still offered.
const MAX_DISTANCE: usize = 2;

/// The catalogue name to offer for the unknown hashtag `name`: the same name in lower case,
/// else the nearest name within [`MAX_DISTANCE`] edits (a swap of two neighbours is one edit;
/// ties go to the catalogue's order), else the only name that `name` begins.
pub fn suggest(name: &str) -> Option<&'static str> {
    let entries = catalogue::entries();
    let lower = name.to_ascii_lowercase();
    if let Some(entry) = catalogue::lookup(&lower) {
        return Some(entry.name);
    }
    let nearest = entries
        .iter()
        .filter_map(|entry| Some((distance_within(name, entry.name, MAX_DISTANCE)?, entry.name)))
        .min_by_key(|&(distance, _)| distance);
    if let Some((_, name)) = nearest {
        return Some(name);
    }
    let mut extensions = entries.iter().filter(|entry| entry.name.starts_with(&lower));
    match (extensions.next(), extensions.next()) {
        (Some(only), None) => Some(only.name),
        _ => None,
    }
}

/// The optimal-string-alignment distance between `a` and `b` (insertions, deletions,
/// substitutions and swaps of adjacent characters), if it is at most `limit`.
pub fn distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    // Three rows of the dynamic-programming table: two back (for swaps), previous, current.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        if current.iter().min().is_some_and(|&row_min| row_min > limit) {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|&distance| distance <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn distance_counts_a_swap_as_one_edit() {
        assert_eq!(distance_within("items_lsit", "items_list", 2), Some(1));
        assert_eq!(distance_within("items_lst", "items_list", 2), Some(1));
        assert_eq!(distance_within("itms_lst", "items_list", 2), Some(2));
        assert_eq!(distance_within("tems_lt", "items_list", 2), None);
        assert_eq!(distance_within("", "ab", 2), Some(2));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn suggestions() {
        assert_eq!(suggest("items_lst"), Some("items_list"));
        assert_eq!(suggest("Items_list"), Some("items_list"));
        assert_eq!(suggest("CUSTOMER_NAME"), Some("customer_name"));
        assert_eq!(suggest("items_amount_selected_include"), Some("items_amount_selected_include_late_penalties"));
        assert_eq!(suggest("Title"), None);
        // A prefix of several names, too far from each, is ambiguous.
        assert_eq!(suggest("contact_"), None);
    }
}
