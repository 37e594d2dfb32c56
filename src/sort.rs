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
    /// Sorted as std's stable sort sorts them, equal keys kept in order (the position rides
    /// along as the tie's witness).
    fn assert_sorts_as_std(keys: &[u8]) {
        let mut ours: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
        let mut std = ours.clone();
        super::sort_by_key(&mut ours, |&(key, _)| key);
        std.sort_by_key(|&(key, _)| key);
        assert_eq!(ours, std, "{keys:?}");
    }

    /// Every list of up to 7 keys from 3 values (every permutation cycle up to 7 long, with
    /// ties), then long lists from a fixed pseudo-random sequence.
    #[test]
    fn sorts_as_the_standard_stable_sort() {
        for len in 0..=7u32 {
            for code in 0..3usize.pow(len) {
                let keys: Vec<u8> = (0..len).map(|digit| (code / 3usize.pow(digit) % 3) as u8).collect();
                assert_sorts_as_std(&keys);
            }
        }
        let mut state = 0x2545_f491_u32;
        for len in [50, 199, 1000] {
            let keys: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    (state % 16) as u8
                })
                .collect();
            assert_sorts_as_std(&keys);
        }
    }
}
