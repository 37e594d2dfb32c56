//! The portfolio's lookups: positions by id, and each customer's items, specific actions,
//! history entries and confirmations. Built at load (`load.rs`), so that finding a customer's
//! entries does not scan the portfolio and the agenda stays linear in its size; kept up to date
//! by [`super::Portfolio::add_history`] and [`super::Portfolio::add_confirmation`].

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

use super::Customer;

#[derive(Clone, Debug, Default)]
pub(super) struct Index {
    pub users: Positions,
    pub customers: Positions,
    pub items: Positions,
    pub scenarios: Positions,
    pub statuses: Positions,
    /// For each customer (by position), its items' positions in portfolio order.
    pub items_of_customer: Vec<Vec<usize>>,
    pub specific_actions_of_customer: Vec<Vec<usize>>,
    pub history_of_customer: Vec<Vec<usize>>,
    pub confirmations_of_customer: Vec<Vec<usize>>,
    /// How many entries of `history` and `confirmations` the index covers: entries pushed
    /// straight onto those public lists are found by a scan of the rest.
    pub history_indexed: usize,
    pub confirmations_indexed: usize,
}

impl Index {
    /// The positions listed for `customer` in one of the per-customer lists.
    pub fn of<'i>(&self, customers: &[Customer], lists: &'i [Vec<usize>], customer: &str) -> &'i [usize] {
        let at = self.customers.position(customers, customer, |c| &c.id);
        at.and_then(|at| lists.get(at)).map_or(&[], Vec::as_slice)
    }
}

/// The positions of a list's elements by their id, without copying the ids: the table holds
/// positions, hashed by the id they point at (a million items cost 8 bytes each, not a string).
#[derive(Clone, Debug, Default)]
pub(super) struct Positions {
    table: HashTable<usize>,
}

impl Positions {
    /// The positions of `ids`, which are unique (loading checked it).
    pub fn new<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Positions {
        let mut table = HashTable::with_capacity(ids.len());
        let hashes: Vec<u64> = ids.map(|id| FxBuildHasher.hash_one(id)).collect();
        for (at, &hash) in hashes.iter().enumerate() {
            table.insert_unique(hash, at, |&other| hashes[other]);
        }
        Positions { table }
    }

    /// The position of the element of `list` whose id (`id_of`) is `id`.
    pub fn position<T>(&self, list: &[T], id: &str, id_of: fn(&T) -> &str) -> Option<usize> {
        let hash = FxBuildHasher.hash_one(id);
        self.table.find(hash, |&at| list.get(at).is_some_and(|element| id_of(element) == id)).copied()
    }

    /// The element of `list` whose id is `id`.
    pub fn find<'l, T>(&self, list: &'l [T], id: &str, id_of: fn(&T) -> &str) -> Option<&'l T> {
        self.position(list, id, id_of).and_then(|at| list.get(at))
    }
}

/// The entries of `list` for `customer`: the indexed positions, then the entries past
/// `indexed` (appended without the index), each checked against the customer.
pub(super) fn of_customer<'p, T>(
    list: &'p [T],
    positions: &'p [usize],
    indexed: usize,
    customer: &'p str,
    owner: fn(&T) -> &str,
) -> impl Iterator<Item = &'p T> + 'p {
    let tail = list.get(indexed..).unwrap_or(&[]);
    positions.iter().filter_map(|&at| list.get(at)).chain(tail).filter(move |entry| owner(entry) == customer)
}

/// Appends `entry` to `list`, listing it under its customer (by position, if known) while the
/// index covers the whole list; once entries were pushed straight onto the list, the new one
/// joins them in the scanned tail instead.
pub(super) fn push_indexed<T>(
    list: &mut Vec<T>,
    entry: T,
    customer: Option<usize>,
    positions: &mut [Vec<usize>],
    indexed: &mut usize,
) {
    let at = list.len();
    if *indexed == at {
        if let Some(customer) = customer {
            positions[customer].push(at);
        }
        *indexed = at + 1;
    }
    list.push(entry);
}
