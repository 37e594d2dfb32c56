//! Stable sorting through one copy of the standard library's sort.
//!
//! `slice::sort_by` is compiled anew for every element type and comparison, about 6 KB of wasm
//! each: a dozen of them cost the package 25 KB gzip (BENCHMARKS.md, P5). Here the standard
//! sort runs on positions only, with the comparison behind a `dyn`, and the items are then moved
//! into that order. What the engine sorts is short (a letter's items, a template's diagnostics,
//! a day's actions): the indirect calls cost nothing anyone sees.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by the key `key` gives each, keeping equal items in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `compare` gives them, equal ones in their order.
pub fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Puts at each position `i` the item that was at `order[i]`, in place: each cycle of the
/// permutation is followed once, a swap per item, and marked done as it goes.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        // Position `current` holds the item that was at `start` (carried along the cycle); the
        // item it needs, from `next`, has not moved yet.
        let mut current = start;
        while order[current] != current {
            let next = order[current];
            order[current] = current;
            if next == start {
                break;
            }
            items.swap(current, next);
            current = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, equal keys included.
        #[test]
        fn sorts_as_the_standard_stable_sort(keys in proptest::collection::vec(0u8..8, 0..200)) {
            let mut ours: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std = ours.clone();
            super::sort_by_key(&mut ours, |&(key, _)| key);
            std.sort_by_key(|&(key, _)| key);
            prop_assert_eq!(ours, std);
        }
    }
}
