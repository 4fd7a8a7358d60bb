//! The `piazza` command: serves the platform and looks after its database.
//!
//! This crate only wires things together: it reads configuration, opens the database, and
//! hands over to the store, the use cases and the web interface.

mod config;
mod pb;

use std::io::{BufRead, IsTerminal, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use piazza_app::mail::{MailTransport, deliver_due_mail};
use piazza_store::Db;
use piazza_web::{AppState, WebConfig};
use tokio::sync::watch;

use crate::config::{Config, FileConfig};

#[derive(Parser)]
#[command(name = "piazza", version, about = "Co-create public services with the people who live there.")]
struct Cli {
    /// A TOML file with settings; flags and environment variables take precedence over it.
    #[arg(long, global = true, env = "PIAZZA_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
    /// Where Piazza keeps its files: the SQLite database, outgoing mail, logs.
    #[arg(long, global = true, env = "PIAZZA_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// The database: `sqlite://PATH` or `postgres://…`. Default: SQLite in the data directory.
    #[arg(long, global = true, env = "PIAZZA_DATABASE_URL", value_name = "URL")]
    database: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve Piazza over HTTP.
    Serve(ServeArgs),
    /// Bring the database schema up to date, then exit.
    Migrate,
    /// Manage instance administrators.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Work on databases as a whole.
    Db {
        #[command(subcommand)]
        command: DbCommand,
    },
    /// Write a consistent copy of the running SQLite database to DEST.
    Backup {
        /// The file to create; it must not exist.
        dest: PathBuf,
    },
    /// Participatory-budgeting files: count or recount an election.
    Pb {
        #[command(subcommand)]
        command: PbCommand,
    },
}

#[derive(Subcommand)]
enum PbCommand {
    /// Count a Pabulib file and print the winning project ids, one per line.
    Tally {
        /// The Pabulib (.pb) file.
        file: PathBuf,
        /// The counting rule: `official` (the file's own), greedy_cost, greedy_card,
        /// greedy_points, mes_cost, mes_card, mes_points, mes_cost_add1, mes_card_add1,
        /// mes_cost_add1_eqs, mes_cost_add1_greedy, mes_card_add1_greedy, phragmen or
        /// maxwelfare_cost.
        #[arg(long, default_value = "official")]
        rule: String,
        /// Print every project with its cost and why it won or lost.
        #[arg(long)]
        explain: bool,
    },
}

#[derive(clap::Args)]
struct ServeArgs {
    /// The address and port to listen on.
    #[arg(long, env = "PIAZZA_LISTEN", value_name = "ADDR")]
    listen: Option<SocketAddr>,
    /// Seed the demo communities, people and content (once), and print the demo accounts.
    #[arg(long)]
    demo: bool,
    /// The address people use to reach Piazza, for links in mail and secure cookies.
    #[arg(long, env = "PIAZZA_PUBLIC_URL", value_name = "URL")]
    public_url: Option<String>,
    /// Send mail through this SMTP relay (`smtp://[user:password@]host[:port]`) instead of
    /// writing `.eml` files into the data directory.
    #[arg(long, env = "PIAZZA_SMTP_URL", value_name = "URL")]
    smtp: Option<String>,
    /// The sender of Piazza's mail.
    #[arg(long, env = "PIAZZA_MAIL_FROM", value_name = "ADDRESS")]
    mail_from: Option<String>,
    /// `text` (default on a terminal) or `json` (default otherwise).
    #[arg(long, env = "PIAZZA_LOG_FORMAT", value_name = "FORMAT")]
    log_format: Option<String>,
    /// Also write logs, as JSON lines, to `logs/piazza.log` in the data directory.
    #[arg(long, env = "PIAZZA_LOG_FILE")]
    log_file: bool,
    /// Believe `X-Forwarded-For` from a reverse proxy in front of Piazza.
    #[arg(long, env = "PIAZZA_TRUST_PROXY")]
    trust_proxy: bool,
    /// Requests a minute the read API answers from one address before answering 429.
    #[arg(long, env = "PIAZZA_API_REQUESTS_PER_MINUTE", value_name = "N")]
    api_requests_per_minute: Option<u32>,
    /// The licence of the open data, by its SPDX id (CC-BY-4.0 unless chosen).
    #[arg(long, env = "PIAZZA_OPEN_DATA_LICENCE", value_name = "SPDX")]
    open_data_licence: Option<String>,
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an instance administrator, or make an existing account one. The password is
    /// read from a prompt, or from standard input when it is not a terminal.
    Create {
        #[arg(long)]
        username: String,
        #[arg(long)]
        display_name: Option<String>,
    },
}

#[derive(Subcommand)]
enum DbCommand {
    /// Copy all data from one database to another, keeping ids: SQLite to PostgreSQL or back.
    Copy {
        #[arg(long, value_name = "URL")]
        from: String,
        #[arg(long, value_name = "URL")]
        to: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Counting needs neither a database nor a runtime.
    if let Command::Pb { command: PbCommand::Tally { file, rule, explain } } = &cli.command {
        return match pb::tally(file, rule, *explain) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("piazza: {message}");
                ExitCode::FAILURE
            }
        };
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("the runtime starts");
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("piazza: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    let file = match &cli.config {
        Some(path) => FileConfig::load(path)?,
        None => FileConfig::default(),
    };
    let data_dir = cli.data_dir.clone().or(file.data_dir.clone()).unwrap_or_else(|| PathBuf::from("data"));
    let database = cli.database.clone().or(file.database.clone());
    match cli.command {
        Command::Serve(args) => {
            let config = Config::merge(data_dir, database, args, file);
            serve(config).await
        }
        Command::Migrate => {
            config::init_logging("text", None);
            let db = open(&data_dir, database.as_deref()).await?;
            let applied = db.migrate().await.map_err(|e| e.to_string())?;
            if std::io::stdout().is_terminal() {
                println!(
                    "{applied} migrations applied; schema version {}.",
                    db.schema_version().await.map_err(|e| e.to_string())?
                );
            }
            Ok(())
        }
        Command::Admin { command: AdminCommand::Create { username, display_name } } => {
            let db = open(&data_dir, database.as_deref()).await?;
            db.migrate().await.map_err(|e| e.to_string())?;
            let password = read_password()?;
            let display_name = display_name.unwrap_or_else(|| username.clone());
            match piazza_app::accounts::create_instance_admin(&db, &username, &display_name, &password).await {
                Ok(_) => {
                    println!("{username} is an instance administrator.");
                    Ok(())
                }
                Err(piazza_app::AppError::Invalid(errors)) => Err(errors
                    .fields
                    .iter()
                    .map(|e| {
                        format!(
                            "{}: {}",
                            e.field,
                            piazza_web::i18n::translate(piazza_domain::Locale::En, e.message_id, None)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ")),
                Err(error) => Err(error.to_string()),
            }
        }
        Command::Db { command: DbCommand::Copy { from, to } } => copy(&from, &to).await,
        Command::Pb { .. } => unreachable!("counting is handled before the runtime starts"),
        Command::Backup { dest } => {
            let db = open(&data_dir, database.as_deref()).await?;
            db.backup_to(&dest).await.map_err(|e| e.to_string())?;
            if std::io::stdout().is_terminal() {
                let size = std::fs::metadata(&dest).map(|m| m.len()).unwrap_or(0);
                println!("Backed up to {} ({size} bytes).", dest.display());
            }
            Ok(())
        }
    }
}

/// Opens the configured database, or the embedded SQLite database in the data directory.
async fn open(data_dir: &Path, database: Option<&str>) -> Result<Db, String> {
    match database {
        Some(url) => Db::connect(url).await.map_err(|e| format!("cannot open {}: {e}", redact(url))),
        None => {
            std::fs::create_dir_all(data_dir).map_err(|e| format!("cannot create {}: {e}", data_dir.display()))?;
            let path = data_dir.join("piazza.db");
            Db::open_sqlite(&path).await.map_err(|e| format!("cannot open {}: {e}", path.display()))
        }
    }
}

/// Hides a password in a database address before it is printed.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

fn read_password() -> Result<String, String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ").map_err(|e| e.to_string())?;
        let second = rpassword::prompt_password("Password again: ").map_err(|e| e.to_string())?;
        if first != second {
            return Err("the two passwords are different".into());
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(|e| e.to_string())?;
        Ok(line.trim_end_matches(['\r', '\n']).to_owned())
    }
}

async fn copy(from: &str, to: &str) -> Result<(), String> {
    let source = Db::connect(from).await.map_err(|e| format!("cannot open {}: {e}", redact(from)))?;
    let target = Db::connect(to).await.map_err(|e| format!("cannot open {}: {e}", redact(to)))?;
    let on_terminal = std::io::stderr().is_terminal();
    let mut progress = |table: &str, copied: u64, total: u64| {
        if on_terminal {
            eprint!("\r\x1b[2K{table}: {copied}/{total}");
            let _ = std::io::stderr().flush();
        }
    };
    let report = piazza_store::copy::copy_all(&source, &target, &mut progress).await.map_err(|e| e.to_string())?;
    if on_terminal {
        let rows: u64 = report.tables.iter().map(|(_, n)| n).sum();
        eprintln!("\r\x1b[2KCopied {rows} rows in {} tables.", report.tables.len());
    }
    source.close().await;
    target.close().await;
    Ok(())
}

async fn serve(config: Config) -> Result<(), String> {
    config::init_logging(&config.log_format, config.log_file.as_deref());
    let db = open(&config.data_dir, config.database.as_deref()).await?;
    db.migrate().await.map_err(|e| format!("migration failed: {e}"))?;
    if config.demo {
        let seeded = piazza_app::demo::seed(&db).await.map_err(|e| format!("demo seeding failed: {e}"))?;
        print_demo_accounts(&config, seeded)?;
    }
    let transport = match &config.smtp {
        Some(url) => MailTransport::smtp(url).map_err(|e| e.to_string())?,
        None => MailTransport::Files(config.data_dir.join("mail")),
    };
    let (stop_sender, stop) = watch::channel(false);
    let workers = vec![
        tokio::spawn(mail_worker(db.clone(), transport, config.mail_from.clone(), stop.clone())),
        tokio::spawn(housekeeping(db.clone(), config.public_url.clone(), config.retention, stop.clone())),
    ];
    let state = AppState::new(
        db.clone(),
        WebConfig {
            public_url: config.public_url.clone(),
            trust_proxy: config.trust_proxy,
            retention: config.retention,
            api_requests_per_minute: config.api_requests_per_minute,
            open_data_licence: config.open_data_licence.clone(),
        },
    );
    let app = piazza_web::router(state);
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    tracing::info!(%address, database = db.backend_name(), "Piazza is listening");
    eprintln!("Piazza is listening on http://{address}");
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| e.to_string())?;
    // Requests in flight have finished; now stop the workers and close the database.
    let _ = stop_sender.send(true);
    for worker in workers {
        let _ = worker.await;
    }
    db.close().await;
    tracing::info!("Piazza stopped");
    Ok(())
}

fn print_demo_accounts(config: &Config, seeded: bool) -> Result<(), String> {
    let accounts = piazza_app::demo::demo_accounts();
    let listing = serde_json::to_string_pretty(&accounts).map_err(|e| e.to_string())?;
    std::fs::write(config.data_dir.join("demo-accounts.json"), listing).map_err(|e| e.to_string())?;
    let mut out = String::new();
    out.push_str(if seeded { "Demo seeded. " } else { "Demo already present. " });
    out.push_str(&format!("Every demo account's password is: {}\n", piazza_app::demo::DEMO_PASSWORD));
    out.push_str(&format!("  {:<26} {:<16} {}\n", "username", "role", "community"));
    for account in &accounts {
        out.push_str(&format!(
            "  {:<26} {:<16} {}\n",
            account.username,
            account.role,
            account.community.unwrap_or("-")
        ));
    }
    eprint!("{out}");
    Ok(())
}

async fn mail_worker(db: Db, transport: MailTransport, from: String, mut stop: watch::Receiver<bool>) {
    loop {
        if let Err(error) = deliver_due_mail(&db, &transport, &from).await {
            tracing::error!(%error, "mail delivery round failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(2)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Hourly upkeep: expired sessions and old records go, personal data past its retention
/// period is forgotten, and the daily digests that are due are queued (each person gets at
/// most one a day).
async fn housekeeping(
    db: Db,
    public_url: String,
    retention: piazza_app::privacy::Retention,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        match piazza_web::notices::send_digests(&db, &public_url).await {
            Ok(queued) if queued > 0 => tracing::info!(queued, "daily digests queued"),
            Ok(_) => {}
            Err(error) => tracing::error!(%error, "daily digests failed"),
        }
        match db.prune_sessions().await {
            Ok(pruned) if pruned > 0 => tracing::info!(pruned, "expired sessions and reset links removed"),
            Ok(_) => {}
            Err(error) => tracing::error!(%error, "housekeeping failed"),
        }
        let old = piazza_domain::now() - Duration::from_secs(24 * 3600);
        if let Err(error) = db.prune_sign_in_failures(old).await {
            tracing::error!(%error, "housekeeping failed");
        }
        if let Err(error) = db.prune_submissions(old).await {
            tracing::error!(%error, "housekeeping failed");
        }
        match piazza_app::privacy::enforce(&db, &retention, piazza_domain::now()).await {
            Ok(forgotten) if forgotten != Default::default() => tracing::info!(
                mails = forgotten.mails,
                notifications = forgotten.notifications,
                meeting_needs = forgotten.meeting_needs,
                "personal data past its retention period forgotten"
            ),
            Ok(_) => {}
            Err(error) => tracing::error!(%error, "retention job failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(3600)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM, so that a service manager's stop lets requests finish.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down: finishing requests in flight");
}
