//! What the native benchmark examples read off this process and their samples. Shared by
//! `examples/bench_agenda.rs` and `examples/bench_curves.rs`; each uses part of it.
#![allow(dead_code)]

/// Memory of this process in MB, from Linux's /proc/self/status: `VmHWM` (peak resident) or
/// `VmRSS` (resident now); 0 elsewhere.
pub fn memory_mb(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .unwrap_or(0.0);
    (kb / 1024.0 * 100.0).round() / 100.0
}

/// The middle of `values` (the upper one of an even count), sorting them.
pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}
