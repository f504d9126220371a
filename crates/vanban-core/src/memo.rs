//! A thread's cache of the last results of a pure function of a text: the task rules ask the same questions of the
//! same short texts from several rules and items (the units of a subject, their keys), and each answer costs
//! thousands of instructions. Bounded: past `cap` entries the cache is emptied at once, and a text longer than
//! [`MAX_KEY`] bytes is never kept (a subject is a line; a 100 MB line is computed each time, not copied).

use std::cell::RefCell;
use std::collections::HashMap;
use std::thread::LocalKey;

/// The longest text a cache keeps.
pub(crate) const MAX_KEY: usize = 1024;

/// One cache: declare it with `thread_local!` (see [`cached`]). Hashed with foldhash's fast, fixed-seed hasher: a few
/// instructions a word where the standard SipHash takes dozens, on keys of a few dozen bytes (not resistant to crafted
/// collisions, which cost at most a scan of a cache of a few hundred entries).
pub(crate) type Cache<V> = RefCell<HashMap<String, V, foldhash::fast::FixedState>>;

/// `compute()`'s value for `key`, from `cache` when this thread has computed it lately. `compute` must be a pure
/// function of `key`: the cache is only a shortcut. (The cache is not borrowed while `compute` runs, so it may
/// itself ask cached functions.)
pub(crate) fn cached<V: Clone>(cache: &'static LocalKey<Cache<V>>, key: &str, cap: usize, compute: impl FnOnce() -> V) -> V {
    if key.len() > MAX_KEY {
        return compute();
    }
    if let Some(v) = cache.with(|m| m.borrow().get(key).cloned()) {
        return v;
    }
    let v = compute();
    cache.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= cap {
            m.clear();
        }
        m.insert(key.to_string(), v.clone());
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static LENS: Cache<usize> = Default::default();
    }

    #[test]
    fn computes_once_and_stays_bounded() {
        let mut calls = 0;
        for _ in 0..3 {
            assert_eq!(cached(&LENS, "Sở Y tế", 4, || { calls += 1; "Sở Y tế".chars().count() }), 7);
        }
        assert_eq!(calls, 1);
        for i in 0..10 {
            let k = format!("k{i}");
            cached(&LENS, &k, 4, || k.len());
        }
        assert!(LENS.with(|m| m.borrow().len()) <= 4);
        // a long text is computed, not kept
        let long = "x".repeat(MAX_KEY + 1);
        cached(&LENS, &long, 4, || 0);
        assert!(LENS.with(|m| !m.borrow().contains_key(&long)));
    }
}
