//! Piazza's load benchmark.
//!
//! It measures how fast the real web application serves its busiest read-only pages when one
//! community has grown large. For each backend (SQLite always, PostgreSQL when an address is
//! given) it creates a fresh database, runs the migrations, seeds the demo, and adds to the
//! demo's city of Lorenza a process with 10,000 proposals and 100,000 comments. It then serves
//! the application in this process on a local port and lets 50 concurrent clients, each on its
//! own keep-alive HTTP/1.1 connection, request one kind of page after another for ten seconds:
//!
//! - the proposal list, `/processes/{id}/proposals`, in each order and on first, random and last pages;
//! - a proposal with its comment thread, `/proposals/{id}`;
//! - the community search, `/c/lorenza/search?q=…`, for words the seeded text contains.
//!
//! It prints, per backend and page, successful responses per second, the 50th, 90th and 99th
//! percentile and the highest latency, how many requests failed (any answer but 200), the
//! average size of a page, and whether the 99th percentile meets the aim of 50 ms.
//!
//! Run it optimised, or it measures the compiler's debug code:
//!
//! ```text
//! cargo run --release -p piazza-bench -- --postgres postgres://postgres@127.0.0.1:5432/postgres
//! ```
//!
//! The clients run on the same machine and runtime as the server and take part of its CPU, as
//! they would not in production; the figures are therefore a floor. `BENCHMARKS.md` records
//! what was measured.

mod http;
mod load;
mod random;
mod seed;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use piazza_store::Db;
use piazza_web::{AppState, WebConfig};
use tokio::sync::oneshot;

use crate::load::{Measurement, Scenario, Targets};

/// The product's aim: the 99th percentile of every page under 50 ms with 50 clients.
const AIM_P99_MS: f64 = 50.0;

#[derive(Parser)]
#[command(version, about = "Seeds a large community and measures Piazza's busiest pages under concurrent clients.")]
struct Options {
    /// A PostgreSQL server to measure too, such as postgres://postgres@127.0.0.1:5432/postgres.
    /// A fresh database piazza_bench_<pid> is created on it and dropped at the end.
    #[arg(long, env = "PIAZZA_BENCH_POSTGRES")]
    postgres: Option<String>,
    /// Measure PostgreSQL only.
    #[arg(long)]
    skip_sqlite: bool,
    /// Concurrent clients, each with its own connection.
    #[arg(long, env = "PIAZZA_BENCH_CLIENTS", default_value_t = 50)]
    clients: usize,
    /// Seconds each page is measured for.
    #[arg(long, env = "PIAZZA_BENCH_SECONDS", default_value_t = 10.0)]
    seconds: f64,
    /// Seconds of load before each measurement, not counted, so that caches and connection
    /// pools are warm as on a running site.
    #[arg(long, env = "PIAZZA_BENCH_WARMUP_SECONDS", default_value_t = 2.0)]
    warmup_seconds: f64,
    /// Proposals in the large process.
    #[arg(long, default_value_t = 10_000)]
    proposals: usize,
    /// Comments spread over those proposals.
    #[arg(long, default_value_t = 100_000)]
    comments: usize,
    /// Leave the seeded databases in place afterwards, to look at query plans; their
    /// addresses are printed.
    #[arg(long)]
    keep: bool,
}

/// The SQLite database's file name inside its temporary directory.
const SQLITE_FILE: &str = "piazza.sqlite";

/// Where a backend's database lives, so that it can be removed afterwards.
enum Store {
    Sqlite { directory: PathBuf },
    Postgres { admin_url: String, database_url: String },
}

/// Everything measured on one backend.
struct BackendReport {
    backend: &'static str,
    demo_seconds: f64,
    bulk_seconds: f64,
    proposals: usize,
    comments: usize,
    measurements: Vec<Measurement>,
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = Options::parse();
    let seconds_valid = options.seconds.is_finite() && options.seconds > 0.0;
    let warmup_valid = options.warmup_seconds.is_finite() && options.warmup_seconds >= 0.0;
    if options.clients == 0 || options.proposals == 0 || !seconds_valid || !warmup_valid {
        eprintln!("piazza-bench: clients, proposals and seconds must be positive, warm-up seconds not negative");
        return ExitCode::FAILURE;
    }
    let mut stores = Vec::new();
    if !options.skip_sqlite {
        let directory = std::env::temp_dir().join(format!("piazza-bench-{}", std::process::id()));
        stores.push(Store::Sqlite { directory });
    }
    if let Some(admin_url) = &options.postgres {
        match piazza_store::bulk::create_postgres_bench_database(admin_url).await {
            Ok(database_url) => stores.push(Store::Postgres { admin_url: admin_url.clone(), database_url }),
            Err(error) => {
                eprintln!("piazza-bench: cannot create a database on {admin_url}: {error}");
                return ExitCode::FAILURE;
            }
        }
    } else if options.skip_sqlite {
        eprintln!("piazza-bench: with --skip-sqlite, give --postgres");
        return ExitCode::FAILURE;
    }
    let mut reports = Vec::new();
    let mut failed = false;
    for store in stores {
        let outcome = measure(&store, &options).await;
        // Unless kept on purpose, the database goes whatever happened, so that failed runs
        // leave nothing behind.
        if options.keep {
            eprintln!("piazza-bench: kept the database at {}", store.address());
        } else if let Err(error) = remove(&store).await {
            eprintln!("piazza-bench: could not remove the benchmark database: {error}");
        }
        match outcome {
            Ok(report) => reports.push(report),
            Err(error) => {
                eprintln!("piazza-bench: {error}");
                failed = true;
            }
        }
    }
    print_summary(&reports, &options);
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

impl Store {
    fn address(&self) -> String {
        match self {
            Store::Sqlite { directory } => format!("sqlite://{}", directory.join(SQLITE_FILE).display()),
            Store::Postgres { database_url, .. } => database_url.clone(),
        }
    }
}

async fn open(store: &Store) -> Result<Db, String> {
    match store {
        Store::Sqlite { directory } => {
            std::fs::create_dir_all(directory).map_err(|e| format!("cannot create {}: {e}", directory.display()))?;
            Db::open_sqlite(&directory.join(SQLITE_FILE)).await.map_err(|e| format!("cannot open SQLite: {e}"))
        }
        Store::Postgres { database_url, .. } => {
            Db::connect(database_url).await.map_err(|e| format!("cannot connect to {database_url}: {e}"))
        }
    }
}

async fn remove(store: &Store) -> Result<(), String> {
    match store {
        Store::Sqlite { directory } => std::fs::remove_dir_all(directory).map_err(|e| e.to_string()),
        Store::Postgres { admin_url, database_url } => {
            piazza_store::bulk::drop_postgres_bench_database(admin_url, database_url).await.map_err(|e| e.to_string())
        }
    }
}

/// Seeds one backend, serves the application on it, and measures every scenario.
async fn measure(store: &Store, options: &Options) -> Result<BackendReport, String> {
    let db = open(store).await?;
    let backend = db.backend_name();
    eprintln!("[{backend}] migrating and seeding the demo");
    let started = Instant::now();
    db.migrate().await.map_err(|e| format!("migration failed: {e}"))?;
    piazza_app::demo::seed(&db).await.map_err(|e| format!("demo seeding failed: {e}"))?;
    let demo_seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "[{backend}] seeding {} proposals and {} comments into Lorenza",
        group_digits(options.proposals),
        group_digits(options.comments)
    );
    let started = Instant::now();
    let seeded = seed::seed_large_process(&db, options.proposals, options.comments).await?;
    db.settle_after_bulk_load().await.map_err(|e| format!("settling after the bulk load failed: {e}"))?;
    let bulk_seconds = started.elapsed().as_secs_f64();
    eprintln!("[{backend}] seeded in {bulk_seconds:.1} s (demo {demo_seconds:.1} s)");

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(|e| format!("cannot listen: {e}"))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    let app = piazza_web::router(AppState::new(
        db.clone(),
        WebConfig {
            public_url: "http://127.0.0.1".into(),
            trust_proxy: false,
            retention: piazza_app::privacy::Retention::default(),
            api_requests_per_minute: piazza_web::DEFAULT_API_REQUESTS_PER_MINUTE,
            open_data_licence: piazza_web::downloads::DEFAULT_LICENCE.to_owned(),
        },
    ));
    let (stop, stopped) = oneshot::channel::<()>();
    // The application reads the client's address for sign-in throttling, as `piazza serve` gives it.
    let server = tokio::spawn(async move {
        axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(async {
                // A dropped sender means the benchmark is over just as well as a sent stop.
                let _ = stopped.await;
            })
            .await
    });

    let targets = Arc::new(Targets {
        process: seeded.process,
        proposals: seeded.proposals.clone(),
        community: "lorenza".to_owned(),
    });
    let mut measurements = Vec::new();
    for (number, scenario) in Scenario::ALL.into_iter().enumerate() {
        let seed = 1_000 * number as u64;
        if options.warmup_seconds > 0.0 {
            let warmup = Duration::from_secs_f64(options.warmup_seconds);
            load::drive(address, scenario, Arc::clone(&targets), options.clients, warmup, seed + 500).await;
        }
        let duration = Duration::from_secs_f64(options.seconds);
        let measurement = load::drive(address, scenario, Arc::clone(&targets), options.clients, duration, seed).await;
        eprintln!("{}", row(backend, &measurement));
        measurements.push(measurement);
    }

    let _ = stop.send(());
    match server.await {
        Ok(Ok(())) => {}
        Ok(Err(error)) => eprintln!("[{backend}] the server stopped with an error: {error}"),
        Err(error) => eprintln!("[{backend}] the server task failed: {error}"),
    }
    db.close().await;
    Ok(BackendReport {
        backend,
        demo_seconds,
        bulk_seconds,
        proposals: seeded.proposals.len(),
        comments: seeded.comments,
        measurements,
    })
}

const HEADER: &str = "backend   page            req/s    p50 ms   p90 ms   p99 ms   max ms   errors   KiB  p99 < 50 ms";

/// One line of the table.
fn row(backend: &str, measurement: &Measurement) -> String {
    let ms = |value: Option<f64>| value.map_or_else(|| "-".to_owned(), |v| format!("{v:.1}"));
    let p99 = measurement.percentile_ms(0.99);
    let aim = match p99 {
        Some(p99) if measurement.error_count() == 0 && p99 < AIM_P99_MS => "met",
        Some(p99) if p99 < AIM_P99_MS => "met, with errors",
        Some(_) => "missed",
        None => "no successes",
    };
    format!(
        "{backend:<9} {:<13} {:>7.0} {:>8} {:>8} {:>8} {:>8} {:>8} {:>5}  {aim}",
        measurement.scenario.name(),
        measurement.rate(),
        ms(measurement.percentile_ms(0.50)),
        ms(measurement.percentile_ms(0.90)),
        ms(p99),
        ms(measurement.max_ms()),
        measurement.error_count(),
        measurement.average_kib().map_or_else(|| "-".to_owned(), |kib| format!("{kib:.0}")),
    )
}

fn print_summary(reports: &[BackendReport], options: &Options) {
    if reports.is_empty() {
        return;
    }
    println!();
    println!(
        "{} clients, {} s per page after {} s of warm-up",
        options.clients, options.seconds, options.warmup_seconds
    );
    println!();
    for report in reports {
        println!(
            "{}: demo seeded in {:.1} s; {} proposals and {} comments seeded in {:.1} s",
            report.backend,
            report.demo_seconds,
            group_digits(report.proposals),
            group_digits(report.comments),
            report.bulk_seconds
        );
    }
    println!();
    println!("{HEADER}");
    for report in reports {
        for measurement in &report.measurements {
            println!("{}", row(report.backend, measurement));
        }
    }
    let failures: Vec<String> = reports
        .iter()
        .flat_map(|report| {
            report.measurements.iter().flat_map(move |measurement| {
                measurement.errors.iter().map(move |(kind, count)| {
                    format!("  {} {}: {count} × {kind}", report.backend, measurement.scenario.name())
                })
            })
        })
        .collect();
    if !failures.is_empty() {
        println!();
        println!("errors:");
        for failure in failures {
            println!("{failure}");
        }
    }
}

/// 100000 as "100,000", for counts people read.
fn group_digits(number: usize) -> String {
    let digits = number.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (position, digit) in digits.chars().enumerate() {
        if position > 0 && (digits.len() - position).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}
