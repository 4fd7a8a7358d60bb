//! Test support. Every test runs against a fresh SQLite database, and against a fresh
//! PostgreSQL database too when `PIAZZA_TEST_DATABASE_URL` points at a server. The app is
//! driven in process, through the same router that serves real requests.

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode, header};
use piazza_store::Db;
use piazza_web::{AppState, WebConfig};
use tokio::sync::Mutex;
use tower::ServiceExt;

pub const POSTGRES_URL_VARIABLE: &str = "PIAZZA_TEST_DATABASE_URL";

/// The address of the PostgreSQL server for tests, if one is configured.
pub fn postgres_admin_url() -> Option<String> {
    std::env::var(POSTGRES_URL_VARIABLE).ok().filter(|url| !url.is_empty())
}

/// A new empty directory under the system's temporary directory, removed by [`TempDir`]'s drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let path = std::env::temp_dir().join(format!(
            "piazza-{label}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("the temporary directory is writable");
        TempDir(path)
    }

    pub fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A database made for one test, dropped when the test ends, even when it fails.
pub struct TestDb {
    pub db: Db,
    pub backend: &'static str,
    pub url: String,
    _dir: Option<TempDir>,
    postgres_admin: Option<String>,
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = TempDir::new("sqlite");
        let path = dir.path().join("piazza.db");
        let url = format!("sqlite://{}", path.display());
        let db = Db::open_sqlite(&path).await.expect("a temporary SQLite database opens");
        db.migrate().await.expect("migrations apply on SQLite");
        TestDb { db, backend: "sqlite", url, _dir: Some(dir), postgres_admin: None }
    }

    pub async fn postgres(admin_url: &str) -> TestDb {
        let url = piazza_store::testing::create_postgres_test_database(admin_url)
            .await
            .expect("a PostgreSQL test database can be created");
        let db = Db::connect(&url).await.expect("the PostgreSQL test database opens");
        TestDb { db, backend: "postgres", url, _dir: None, postgres_admin: Some(admin_url.to_owned()) }
    }

    /// One database per configured backend: SQLite always, PostgreSQL when configured.
    pub async fn all() -> Vec<TestDb> {
        let mut databases = vec![TestDb::sqlite().await];
        if let Some(admin) = postgres_admin_url() {
            databases.push(TestDb::postgres(&admin).await);
        }
        databases
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(admin) = self.postgres_admin.take() {
            let url = self.url.clone();
            // Drop runs outside async code; a thread with its own runtime removes the database.
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
                if let Ok(runtime) = runtime {
                    let _ = runtime.block_on(piazza_store::testing::drop_postgres_database(&admin, &url));
                }
            })
            .join();
        }
    }
}

/// The app under test, on one backend.
#[derive(Clone)]
pub struct TestApp {
    pub db: Db,
    pub backend: &'static str,
    router: Router,
    _database: Arc<TestDb>,
}

pub const TEST_HOST: &str = "piazza.test";

impl TestApp {
    pub fn new(database: TestDb) -> TestApp {
        Self::with_api_limit(database, piazza_web::DEFAULT_API_REQUESTS_PER_MINUTE)
    }

    /// An app whose read API answers at most `api_requests_per_minute` from one address.
    pub fn with_api_limit(database: TestDb, api_requests_per_minute: u32) -> TestApp {
        // Warnings and errors the app logs appear in the output of the test that caused them.
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("warn"))
            .with_test_writer()
            .try_init();
        let state = AppState::new(
            database.db.clone(),
            WebConfig {
                public_url: format!("http://{TEST_HOST}"),
                trust_proxy: false,
                retention: piazza_app::privacy::Retention::default(),
                api_requests_per_minute,
                open_data_licence: piazza_web::downloads::DEFAULT_LICENCE.to_owned(),
            },
        );
        TestApp {
            db: database.db.clone(),
            backend: database.backend,
            router: piazza_web::router(state),
            _database: Arc::new(database),
        }
    }

    /// A browser of its own: its own cookies, from its own address.
    pub fn client(&self) -> TestClient {
        self.client_from([203, 0, 113, 7])
    }

    pub fn client_from(&self, address: [u8; 4]) -> TestClient {
        TestClient {
            router: self.router.clone(),
            cookies: Arc::new(Mutex::new(Vec::new())),
            address: SocketAddr::from((address, 40000)),
            headers: Vec::new(),
        }
    }

    /// A client signed in as `username` with `password`, reading in English whatever the
    /// account's own language, so that tests can look for English text.
    pub async fn signed_in(&self, username: &str, password: &str) -> TestClient {
        let client = self.client();
        let response = client.post("/signin", &[("username", username), ("password", password), ("next", "/")]).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{username} could not sign in: {}", response.body);
        let switched = client.post("/language", &[("lang", "en"), ("return_to", "/")]).await;
        assert_eq!(switched.status, StatusCode::SEE_OTHER);
        client
    }

    /// Creates an account through the registration form and returns its signed-in client.
    pub async fn register(&self, username: &str) -> TestClient {
        let client = self.client();
        let response = client
            .post(
                "/register",
                &[
                    ("username", username),
                    ("display_name", username),
                    ("email", &format!("{username}@example.org")),
                    ("password", PASSWORD),
                    ("password_confirmation", PASSWORD),
                ],
            )
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "registration of {username} failed: {}", response.body);
        client
    }

    /// Creates an instance administrator directly and returns a signed-in client for them.
    pub async fn instance_admin(&self, username: &str) -> TestClient {
        piazza_app::accounts::create_instance_admin(&self.db, username, username, PASSWORD)
            .await
            .expect("the administrator is created");
        self.signed_in(username, PASSWORD).await
    }
}

/// The password test accounts share.
pub const PASSWORD: &str = "a long enough password";

/// Runs `test` once on each configured backend with a fresh app, naming the backend when it
/// fails.
pub async fn on_each_backend<F, Fut>(test: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: Future<Output = ()>,
{
    for database in TestDb::all().await {
        let backend = database.backend;
        eprintln!("-- on {backend}");
        test(TestApp::new(database)).await;
    }
}

#[derive(Clone)]
pub struct TestClient {
    router: Router,
    cookies: Arc<Mutex<Vec<(String, String)>>>,
    address: SocketAddr,
    headers: Vec<(String, String)>,
}

#[derive(Debug)]
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// The body as sent, for downloads that are not text.
    pub bytes: Vec<u8>,
}

impl TestResponse {
    pub fn location(&self) -> &str {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).map(str::to_owned).collect()
    }

    #[track_caller]
    pub fn assert_contains(&self, needle: &str) {
        assert!(self.body.contains(needle), "expected {needle:?} in the page ({}):\n{}", self.status, self.body);
    }

    #[track_caller]
    pub fn assert_lacks(&self, needle: &str) {
        assert!(!self.body.contains(needle), "did not expect {needle:?} in the page ({}):\n{}", self.status, self.body);
    }
}

impl TestClient {
    /// Sends this header with every request, as a browser sends `Accept-Language`.
    pub fn with_header(mut self, name: &str, value: &str) -> TestClient {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    pub async fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().await.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        let request = Request::get(path);
        self.send(request, Body::empty()).await
    }

    /// Submits a form from a page of this site, as a browser does.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ORIGIN, format!("http://{TEST_HOST}"))
            .header("sec-fetch-site", "same-origin");
        self.send(request, Body::from(encode_form(fields))).await
    }

    /// Sends a body of any type from a page of this site, as a misbehaving client might.
    pub async fn post_raw(&self, path: &str, content_type: &str, body: &str) -> TestResponse {
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, content_type)
            .header(header::ORIGIN, format!("http://{TEST_HOST}"))
            .header("sec-fetch-site", "same-origin");
        self.send(request, Body::from(body.to_owned())).await
    }

    /// Submits a form the way another site's page would.
    pub async fn post_from_origin(&self, path: &str, origin: &str, fields: &[(&str, &str)]) -> TestResponse {
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ORIGIN, origin);
        self.send(request, Body::from(encode_form(fields))).await
    }

    /// Follows a redirect the way a browser would, with a GET.
    pub async fn follow(&self, response: &TestResponse) -> TestResponse {
        assert!(response.status.is_redirection(), "expected a redirect, got {}: {}", response.status, response.body);
        self.get(response.location()).await
    }

    async fn send(&self, builder: axum::http::request::Builder, body: Body) -> TestResponse {
        let mut builder = builder.header(header::HOST, TEST_HOST);
        for (name, value) in &self.headers {
            builder = builder.header(name, value);
        }
        let cookie_header = {
            let cookies = self.cookies.lock().await;
            cookies.iter().map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>().join("; ")
        };
        if !cookie_header.is_empty() {
            builder = builder.header(header::COOKIE, cookie_header);
        }
        let mut request = builder.body(body).expect("the test request is well formed");
        request.extensions_mut().insert(ConnectInfo(self.address));
        let response = self.router.clone().oneshot(request).await.expect("the router always answers");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), 16 * 1024 * 1024).await.expect("the body is readable");
        let body = String::from_utf8_lossy(&bytes).into_owned();
        let mut cookies = self.cookies.lock().await;
        for set_cookie in headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()) {
            let pair = set_cookie.split(';').next().unwrap_or("");
            let Some((name, value)) = pair.split_once('=') else { continue };
            cookies.retain(|(n, _)| n != name);
            let expired = set_cookie.contains("Max-Age=0");
            if !expired {
                cookies.push((name.to_owned(), value.to_owned()));
            }
        }
        TestResponse { status, headers, body, bytes: bytes.to_vec() }
    }
}

pub fn encode_form(fields: &[(&str, &str)]) -> String {
    fields.iter().map(|(name, value)| format!("{}={}", encode(name), encode(value))).collect::<Vec<_>>().join("&")
}

fn encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}
