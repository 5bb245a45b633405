//! Where a load's CPU time went: the machine's busy and idle time from `/proc/stat`, and each
//! process tree's user + system time from `/proc/<pid>/stat` (a server, PostgreSQL's postmaster
//! with its backends, nginx with its workers), so a report can say what limited the rate.

use std::collections::HashMap;

/// CPU time in clock ticks, taken at one moment.
#[derive(Debug, Clone)]
pub struct Sample {
    /// Every core's time, busy or idle.
    total: u64,
    idle: u64,
    /// Each watched group's processes' time.
    groups: Vec<u64>,
}

/// Shares of the whole machine (all cores = 1.0) between two samples.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shares {
    /// One share per watched group, in the order they were given.
    pub groups: Vec<f64>,
    /// Busy time outside the groups: the load generator, the kernel's network work, the rest.
    pub other: f64,
    pub idle: f64,
}

/// Samples the machine and the process trees rooted at each group's pids.
pub fn sample(groups: &[Vec<u32>]) -> Sample {
    let (total, idle) = machine();
    let parents = parents();
    Sample {
        total,
        idle,
        groups: groups
            .iter()
            .map(|roots| roots.iter().map(|&pid| tree_ticks(pid, &parents)).sum())
            .collect(),
    }
}

/// What share of the machine each group, the rest and idleness took from `before` to `after`.
pub fn shares(before: &Sample, after: &Sample) -> Shares {
    let total = after.total.saturating_sub(before.total).max(1) as f64;
    let groups: Vec<f64> = after
        .groups
        .iter()
        .zip(&before.groups)
        .map(|(a, b)| a.saturating_sub(*b) as f64 / total)
        .collect();
    let idle = after.idle.saturating_sub(before.idle) as f64 / total;
    let other = (1.0 - idle - groups.iter().sum::<f64>()).max(0.0);
    Shares {
        groups,
        other,
        idle,
    }
}

/// The first line of `/proc/stat`: all cores' ticks, and the idle ones (idle + iowait).
fn machine() -> (u64, u64) {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let ticks: Vec<u64> = stat
        .lines()
        .next()
        .unwrap_or("")
        .split_whitespace()
        .skip(1)
        .filter_map(|v| v.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal (guest time is already in user).
    let total = ticks.iter().take(8).sum();
    let idle = ticks.get(3).copied().unwrap_or(0) + ticks.get(4).copied().unwrap_or(0);
    (total, idle)
}

/// A process's `/proc/<pid>/stat` fields after the command name: (ppid, utime + stime).
fn stat(pid: u32) -> Option<(u32, u64)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces; the fields follow the last ')'.
    let fields: Vec<&str> = text.rsplit_once(')')?.1.split_whitespace().collect();
    let ppid = fields.get(1)?.parse().ok()?;
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((ppid, utime + stime))
}

/// Every live process's parent.
fn parents() -> HashMap<u32, u32> {
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| Some((pid, stat(pid)?.0)))
        .collect()
}

/// `root` and every live process under it.
pub fn tree(root: u32) -> Vec<u32> {
    tree_in(root, &parents())
}

/// `root` and every process under it in `parents`.
fn tree_in(root: u32, parents: &HashMap<u32, u32>) -> Vec<u32> {
    let mut found = Vec::new();
    let mut stack = vec![root];
    while let Some(pid) = stack.pop() {
        found.push(pid);
        stack.extend(
            parents
                .iter()
                .filter(|&(_, &parent)| parent == pid)
                .map(|(&child, _)| child),
        );
    }
    found
}

/// The CPU time of `root` and every live descendant of it.
fn tree_ticks(root: u32, parents: &HashMap<u32, u32>) -> u64 {
    tree_in(root, parents)
        .into_iter()
        .map(|pid| stat(pid).map_or(0, |(_, ticks)| ticks))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_seen_busy_and_the_shares_add_up() {
        let me = std::process::id();
        let before = sample(&[vec![me]]);
        let started = std::time::Instant::now();
        let mut x = 0u64;
        while started.elapsed() < std::time::Duration::from_millis(300) {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
        }
        assert_ne!(x, 42);
        let s = shares(&before, &sample(&[vec![me]]));
        assert!(s.groups[0] > 0.0, "{s:?}");
        let sum = s.groups[0] + s.other + s.idle;
        assert!((sum - 1.0).abs() < 0.05 || s.other == 0.0, "{s:?}");
    }
}
