//! Drives `spin::Mutex` (the spinning mutex of the `spin` crate) from several threads with a seeded
//! schedule and prints one line per event, ordered by a global sequence number:
//!
//! ```text
//! # rust-spin-driver seed=<seed> threads=<n> ops=<m>
//! <seq> <thread> <event>
//! ```
//!
//! Events: `LockCalled` (entry of `lock`), `Locked` (exit of `lock`), `TryLockCalled` (entry of
//! `try_lock`), `TryLocked` / `TryLockFailed` (exit of `try_lock`), `Unlocking` (entry of unlock,
//! i.e. just before the guard is dropped). The sequence number of an acquire is taken after the lock
//! is held and the one of a release before it is released, so the lock's owner cannot change between
//! a holder's acquire and release numbers: the printed order is consistent with the real one. A failed
//! `try_lock` happened somewhere between its `TryLockCalled` and `TryLockFailed` numbers.
//!
//! The schedule (operation kinds, hold and idle lengths) comes from a small xorshift generator seeded
//! from the command line; thread interleaving is the real one and varies between runs.

use std::env;
use std::hint::spin_loop;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::atomic::AtomicUsize;
use std::sync::Arc;
use std::thread;

/// xorshift64*: enough spread for choosing schedules, and no crate needed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // SplitMix64 finalizer, so that neighbouring seeds give unrelated streams and 0 is avoided.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

struct Event {
    seq: u64,
    thread: usize,
    name: &'static str,
}

/// What every thread shares: the lock under test, the counter it protects, and the sequence source.
struct Shared {
    lock: spin::Mutex<u64>,
    seq: AtomicU64,
}

impl Shared {
    fn next_seq(&self) -> u64 {
        // SeqCst: the numbers of all threads form one order that agrees with each lock hand-over.
        self.seq.fetch_add(1, Ordering::SeqCst) + 1
    }
}

fn busy(iterations: u64) {
    for _ in 0..iterations {
        spin_loop();
    }
}

fn run_thread(shared: &Shared, index: usize, seed: u64, ops: usize, start: &AtomicUsize, threads: usize) -> (Vec<Event>, u64) {
    let mut rng = Rng::new(seed ^ ((index as u64 + 1) << 32));
    let mut log = Vec::with_capacity(ops * 3);
    let mut increments = 0u64;
    let record = |log: &mut Vec<Event>, name: &'static str| {
        log.push(Event { seq: shared.next_seq(), thread: index, name });
    };
    // A spinning start gate (not a parking Barrier): all threads leave it within nanoseconds, so they
    // really contend from the first operation.
    start.fetch_add(1, Ordering::SeqCst);
    while start.load(Ordering::SeqCst) < threads {
        spin_loop();
    }
    for _ in 0..ops {
        // Mostly blocking acquisitions, some attempts; holds long enough for others to spin or fail.
        let attempt = rng.below(100) < 35;
        let hold = 2_000 + rng.below(20_000);
        let idle = rng.below(8_000);
        if attempt {
            record(&mut log, "TryLockCalled");
            match shared.lock.try_lock() {
                Some(mut guard) => {
                    record(&mut log, "TryLocked");
                    *guard += 1;
                    increments += 1;
                    busy(hold);
                    record(&mut log, "Unlocking");
                    drop(guard);
                }
                None => record(&mut log, "TryLockFailed"),
            }
        } else {
            record(&mut log, "LockCalled");
            let mut guard = shared.lock.lock();
            record(&mut log, "Locked");
            *guard += 1;
            increments += 1;
            busy(hold);
            record(&mut log, "Unlocking");
            drop(guard);
        }
        busy(idle);
    }
    (log, increments)
}

fn arg(args: &[String], i: usize, name: &str) -> Result<u64, String> {
    args.get(i)
        .ok_or_else(|| format!("missing <{}>", name))?
        .parse::<i64>()
        .map(|v| v as u64)
        .map_err(|e| format!("<{}>: {}", name, e))
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().collect();
    let parsed = (|| Ok::<_, String>((arg(&args, 1, "seed")?, arg(&args, 2, "threads")?, arg(&args, 3, "ops")?)))();
    let (seed, threads, ops) = match parsed {
        Ok(v) => v,
        Err(e) => {
            eprintln!("usage: {} <seed> <threads> <ops-per-thread>: {}", args[0], e);
            return ExitCode::from(2);
        }
    };
    if threads < 1 || threads > 9 {
        eprintln!("threads must be 1..9, not {}", threads);
        return ExitCode::from(2);
    }
    let shared = Arc::new(Shared { lock: spin::Mutex::new(0), seq: AtomicU64::new(0) });
    let start = Arc::new(AtomicUsize::new(0));
    let handles: Vec<_> = (0..threads as usize)
        .map(|i| {
            let shared = Arc::clone(&shared);
            let start = Arc::clone(&start);
            thread::spawn(move || run_thread(&shared, i, seed, ops as usize, &start, threads as usize))
        })
        .collect();
    let mut events = Vec::new();
    let mut increments = 0u64;
    for h in handles {
        let (log, n) = h.join().expect("driver thread panicked");
        events.extend(log);
        increments += n;
    }
    events.sort_by_key(|e| e.seq);
    let counter = *shared.lock.lock();
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    let _ = writeln!(out, "# rust-spin-driver seed={} threads={} ops={}", seed as i64, threads, ops);
    for e in &events {
        let _ = writeln!(out, "{} t{} {}", e.seq, e.thread + 1, e.name);
    }
    // The protected counter doubles as a check that the lock really excluded: no lost increment.
    let _ = writeln!(out, "# counter={} increments={}", counter, increments);
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if counter != increments {
        eprintln!("lost increments: counter {} but {} increments", counter, increments);
        return ExitCode::from(3);
    }
    ExitCode::SUCCESS
}
