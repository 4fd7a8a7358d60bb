//! Configuration: flags first, then environment variables (both through clap), then an
//! optional TOML file, then defaults. Also the logging set-up.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

use crate::ServeArgs;

/// The settings a configuration file may hold; every one optional.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub data_dir: Option<PathBuf>,
    pub database: Option<String>,
    pub listen: Option<SocketAddr>,
    pub public_url: Option<String>,
    pub smtp: Option<String>,
    pub mail_from: Option<String>,
    pub log_format: Option<String>,
    pub log_file: Option<bool>,
    pub trust_proxy: Option<bool>,
    /// How many days kinds of personal data are kept (`[retention]`).
    pub retention: Option<piazza_app::privacy::Retention>,
    /// Requests a minute the read API answers from one address.
    pub api_requests_per_minute: Option<u32>,
    /// The licence of the open data, by its SPDX id.
    pub open_data_licence: Option<String>,
}

impl FileConfig {
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// The settings `serve` runs with, every choice made.
#[derive(Debug)]
pub struct Config {
    pub data_dir: PathBuf,
    pub database: Option<String>,
    pub listen: SocketAddr,
    pub demo: bool,
    pub public_url: String,
    pub smtp: Option<String>,
    pub mail_from: String,
    pub log_format: String,
    pub log_file: Option<PathBuf>,
    pub trust_proxy: bool,
    pub retention: piazza_app::privacy::Retention,
    pub api_requests_per_minute: u32,
    pub open_data_licence: String,
}

impl Config {
    pub fn merge(data_dir: PathBuf, database: Option<String>, args: ServeArgs, file: FileConfig) -> Config {
        let listen = args.listen.or(file.listen).unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080)));
        let public_url = args.public_url.or(file.public_url).unwrap_or_else(|| format!("http://{listen}"));
        let default_format = if std::io::stderr().is_terminal() { "text" } else { "json" };
        let log_file = (args.log_file || file.log_file.unwrap_or(false)).then(|| data_dir.join("logs"));
        Config {
            database,
            listen,
            demo: args.demo,
            public_url,
            smtp: args.smtp.or(file.smtp),
            mail_from: args.mail_from.or(file.mail_from).unwrap_or_else(|| "Piazza <piazza@localhost>".into()),
            log_format: args.log_format.or(file.log_format).unwrap_or_else(|| default_format.into()),
            log_file,
            trust_proxy: args.trust_proxy || file.trust_proxy.unwrap_or(false),
            retention: file.retention.unwrap_or_default(),
            api_requests_per_minute: args
                .api_requests_per_minute
                .or(file.api_requests_per_minute)
                .unwrap_or(piazza_web::DEFAULT_API_REQUESTS_PER_MINUTE),
            open_data_licence: args
                .open_data_licence
                .or(file.open_data_licence)
                .unwrap_or_else(|| piazza_web::downloads::DEFAULT_LICENCE.to_owned()),
            data_dir,
        }
    }
}

/// Sets up logging to standard error, as text or JSON lines, and optionally to a file of
/// JSON lines in `log_dir`. `RUST_LOG` overrides the default level. A second call (in tests,
/// say) leaves the first set-up in place.
pub fn init_logging(format: &str, log_dir: Option<&Path>) {
    let filter = || EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let file_layer = log_dir.and_then(|dir| {
        std::fs::create_dir_all(dir).ok()?;
        let file = std::fs::OpenOptions::new().create(true).append(true).open(dir.join("piazza.log")).ok()?;
        Some(tracing_subscriber::fmt::layer().json().with_writer(Mutex::new(file)).with_filter_boxed(filter()))
    });
    let registry = tracing_subscriber::registry().with(file_layer);
    let _ = if format == "json" {
        registry
            .with(tracing_subscriber::fmt::layer().json().with_writer(std::io::stderr).with_filter_boxed(filter()))
            .try_init()
    } else {
        registry
            .with(tracing_subscriber::fmt::layer().with_writer(std::io::stderr).with_filter_boxed(filter()))
            .try_init()
    };
}

/// Lets each layer carry its own filter without naming the layered types.
trait WithFilterBoxed<S> {
    fn with_filter_boxed(self, filter: EnvFilter) -> Box<dyn tracing_subscriber::Layer<S> + Send + Sync>;
}

impl<S, L> WithFilterBoxed<S> for L
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
    L: tracing_subscriber::Layer<S> + Send + Sync + 'static,
{
    fn with_filter_boxed(self, filter: EnvFilter) -> Box<dyn tracing_subscriber::Layer<S> + Send + Sync> {
        Box::new(self.with_filter(filter))
    }
}
