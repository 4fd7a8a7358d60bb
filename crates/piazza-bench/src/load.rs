//! The scenarios and the load that drives them: a number of clients, each on its own
//! keep-alive connection, sending one request after another (the next as soon as the last
//! response is read) until the time is up. Each request's latency runs from writing the
//! request to reading the last byte of the response.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use piazza_domain::{ProcessId, ProposalId};

use crate::http::Connection;
use crate::random::XorShift;
use crate::seed::SEARCH_WORDS;

/// Proposals per page of the list, as `piazza-web` shows them; it decides which page is last.
const LIST_PAGE_SIZE: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    ProposalList,
    ProposalPage,
    Search,
}

impl Scenario {
    pub const ALL: [Scenario; 3] = [Scenario::ProposalList, Scenario::ProposalPage, Scenario::Search];

    pub fn name(self) -> &'static str {
        match self {
            Scenario::ProposalList => "proposal list",
            Scenario::ProposalPage => "proposal page",
            Scenario::Search => "search",
        }
    }

    /// The address of the next request a client of this scenario sends.
    fn next_path(self, rng: &mut XorShift, targets: &Targets) -> String {
        match self {
            Scenario::ProposalList => {
                let sort = rng.pick(&["newest", "supported", "shuffled"]);
                let pages = targets.proposals.len().div_ceil(LIST_PAGE_SIZE).max(1) as u64;
                // Most people look at the first pages; some jump anywhere; some go to the very end,
                // which is the most expensive page for an OFFSET query.
                let page = match rng.below(10) {
                    0..4 => 1 + rng.below(3.min(pages)),
                    4..7 => 1 + rng.below(pages),
                    _ => pages - rng.below((pages / 10).max(1)),
                };
                format!("/processes/{}/proposals?sort={sort}&page={page}", targets.process)
            }
            Scenario::ProposalPage => format!("/proposals/{}", rng.pick(&targets.proposals)),
            Scenario::Search => format!("/c/{}/search?q={}", targets.community, rng.pick(SEARCH_WORDS)),
        }
    }
}

/// What the scenarios ask for.
pub struct Targets {
    pub process: ProcessId,
    pub proposals: Vec<ProposalId>,
    pub community: String,
}

/// The outcome of one scenario on one backend.
pub struct Measurement {
    pub scenario: Scenario,
    /// Latencies of the successful (200) responses, in microseconds, sorted.
    latencies: Vec<u32>,
    /// The bodies of the successful responses, together.
    body_bytes: u64,
    /// From the first request to the end of the last response.
    pub elapsed: Duration,
    /// Every answer that was not a 200, and every failed exchange, by what went wrong.
    pub errors: BTreeMap<String, usize>,
}

impl Measurement {
    /// Successful responses per second.
    pub fn rate(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64()
    }

    /// The latency in milliseconds that the fraction `quantile` of successful responses did
    /// not exceed; none when nothing succeeded.
    pub fn percentile_ms(&self, quantile: f64) -> Option<f64> {
        if self.latencies.is_empty() {
            return None;
        }
        let rank = ((quantile * self.latencies.len() as f64).ceil() as usize).clamp(1, self.latencies.len());
        Some(f64::from(self.latencies[rank - 1]) / 1000.0)
    }

    pub fn max_ms(&self) -> Option<f64> {
        self.latencies.last().map(|&micros| f64::from(micros) / 1000.0)
    }

    /// The average body of a successful response, in KiB: a check that the pages are the full
    /// pages they should be.
    pub fn average_kib(&self) -> Option<f64> {
        (!self.latencies.is_empty()).then(|| self.body_bytes as f64 / self.latencies.len() as f64 / 1024.0)
    }

    pub fn error_count(&self) -> usize {
        self.errors.values().sum()
    }
}

/// What one client saw.
struct ClientOutcome {
    latencies: Vec<u32>,
    body_bytes: u64,
    errors: BTreeMap<String, usize>,
}

/// Runs `scenario` against the server at `address` with `clients` concurrent clients for
/// `duration`. Each client's choices come from its own sequence derived from `seed`.
pub async fn drive(
    address: SocketAddr,
    scenario: Scenario,
    targets: Arc<Targets>,
    clients: usize,
    duration: Duration,
    seed: u64,
) -> Measurement {
    let started = Instant::now();
    let deadline = started + duration;
    let tasks: Vec<_> = (0..clients)
        .map(|client| {
            let targets = Arc::clone(&targets);
            tokio::spawn(run_client(address, scenario, targets, deadline, seed.wrapping_add(client as u64)))
        })
        .collect();
    let mut latencies = Vec::new();
    let mut body_bytes = 0;
    let mut errors: BTreeMap<String, usize> = BTreeMap::new();
    for task in tasks {
        let outcome = task.await.expect("a benchmark client does not panic");
        latencies.extend(outcome.latencies);
        body_bytes += outcome.body_bytes;
        for (kind, count) in outcome.errors {
            *errors.entry(kind).or_default() += count;
        }
    }
    let elapsed = started.elapsed();
    latencies.sort_unstable();
    Measurement { scenario, latencies, body_bytes, elapsed, errors }
}

async fn run_client(
    address: SocketAddr,
    scenario: Scenario,
    targets: Arc<Targets>,
    deadline: Instant,
    seed: u64,
) -> ClientOutcome {
    let mut rng = XorShift::new(seed);
    let mut outcome = ClientOutcome { latencies: Vec::new(), body_bytes: 0, errors: BTreeMap::new() };
    let mut kept: Option<Connection> = None;
    while Instant::now() < deadline {
        let path = scenario.next_path(&mut rng, &targets);
        // Connecting is not part of a request's latency: a browser keeps its connection too.
        let mut connection = match kept.take() {
            Some(connection) => connection,
            None => match Connection::open(address).await {
                Ok(connection) => connection,
                Err(error) => {
                    *outcome.errors.entry(format!("connect: {error}")).or_default() += 1;
                    // Give a refusing server a moment instead of hammering it with connects.
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
        };
        let sent = Instant::now();
        match connection.get(&path).await {
            Ok((status, body_length)) => {
                let micros = u32::try_from(sent.elapsed().as_micros()).unwrap_or(u32::MAX);
                if status == 200 {
                    outcome.latencies.push(micros);
                    outcome.body_bytes += body_length as u64;
                } else {
                    *outcome.errors.entry(format!("HTTP {status}")).or_default() += 1;
                }
                if connection.reusable() {
                    kept = Some(connection);
                }
            }
            Err(error) => *outcome.errors.entry(error.to_string()).or_default() += 1,
        }
    }
    outcome
}
