//! The `piazza` command as an operator runs it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use piazza_store::Db;
use piazza_testkit::{TempDir, TestDb, postgres_admin_url};

const BINARY: &str = env!("CARGO_BIN_EXE_piazza");

fn piazza(data_dir: &std::path::Path) -> Command {
    let mut command = Command::new(BINARY);
    command.env("PIAZZA_DATA_DIR", data_dir).env_remove("PIAZZA_DATABASE_URL").env_remove("PIAZZA_CONFIG");
    command
}

#[test]
fn migrate_creates_the_embedded_database_in_the_data_directory() {
    let dir = TempDir::new("migrate");
    let output = piazza(dir.path()).arg("migrate").output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(dir.path().join("piazza.db").exists());
    assert!(output.stdout.is_empty(), "quiet when not on a terminal");
}

#[tokio::test]
async fn admin_create_reads_the_password_from_standard_input() {
    let dir = TempDir::new("admin");
    let mut child = piazza(dir.path())
        .args(["admin", "create", "--username", "root", "--display-name", "Operator"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"a very secret phrase\n").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let db = Db::open_sqlite(&dir.path().join("piazza.db")).await.unwrap();
    let account = db.account_by_username("root").await.unwrap().unwrap();
    assert!(account.is_instance_admin);
    assert_eq!(account.display_name, "Operator");
    assert!(!account.password_hash.contains("secret"), "only a hash is stored");
    db.close().await;

    let short = piazza(dir.path())
        .args(["admin", "create", "--username", "root2"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let output = {
        let mut child = short;
        child.stdin.take().unwrap().write_all(b"short\n").unwrap();
        child.wait_with_output().unwrap()
    };
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("at least 10 characters"));
}

#[tokio::test]
async fn backup_writes_a_consistent_copy_of_the_database() {
    let dir = TempDir::new("backup");
    let db = Db::open_sqlite(&dir.path().join("piazza.db")).await.unwrap();
    db.migrate().await.unwrap();
    piazza_app::demo::seed(&db).await.unwrap();
    // The database stays open and in use while the backup runs.
    let destination = dir.path().join("copy.db");
    let output = piazza(dir.path()).arg("backup").arg(&destination).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let copy = Db::open_sqlite(&destination).await.unwrap();
    assert_eq!(copy.count_accounts().await.unwrap(), db.count_accounts().await.unwrap());
    assert_eq!(copy.communities().await.unwrap().len(), 4);
    let again = piazza(dir.path()).arg("backup").arg(&destination).output().unwrap();
    assert!(!again.status.success(), "an existing file is never overwritten");
    db.close().await;
    copy.close().await;
}

/// Row counts of every table, to compare two databases.
async fn census(db: &Db) -> Vec<(String, i64)> {
    let mut counts = Vec::new();
    for table in db.table_names().await.unwrap() {
        if table != "schema_migrations" {
            counts.push((table.clone(), db.row_count(&table).await.unwrap()));
        }
    }
    counts
}

#[tokio::test]
async fn db_copy_moves_everything_to_postgresql_and_back_keeping_ids() {
    let source = TestDb::sqlite().await;
    piazza_app::demo::seed(&source.db).await.unwrap();
    piazza_app::accounts::create_instance_admin(&source.db, "operator", "Operator", "a long enough password")
        .await
        .unwrap();
    let middle = match postgres_admin_url() {
        Some(admin) => TestDb::postgres(&admin).await,
        None => TestDb::sqlite().await,
    };
    let back = TestDb::sqlite().await;

    for (from, to) in [(&source, &middle), (&middle, &back)] {
        let dir = TempDir::new("copy");
        let output = piazza(dir.path()).args(["db", "copy", "--from", &from.url, "--to", &to.url]).output().unwrap();
        assert!(
            output.status.success(),
            "{} -> {}: {}",
            from.backend,
            to.backend,
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(output.stderr.is_empty() && output.stdout.is_empty(), "quiet when not on a terminal");
    }
    for copy in [&middle, &back] {
        assert_eq!(census(&copy.db).await, census(&source.db).await, "on {}", copy.backend);
        let original = source.db.account_by_username("amina").await.unwrap().unwrap();
        let copied = copy.db.account_by_username("amina").await.unwrap().unwrap();
        assert_eq!(copied.id, original.id, "ids are preserved on {}", copy.backend);
        assert_eq!(copied.created_at, original.created_at);
        assert_eq!(copied.is_instance_admin, original.is_instance_admin);
        let lorenza = copy.db.community_by_slug("lorenza").await.unwrap().unwrap();
        assert_eq!(copy.db.community_texts(lorenza.id).await.unwrap().len(), 3);
        assert_eq!(copy.db.role_history(lorenza.id).await.unwrap().len(), 4);
        assert!(copy.db.account_by_username("operator").await.unwrap().unwrap().is_instance_admin);
        // New rows continue after the copied ids instead of colliding with them.
        let newcomer =
            piazza_app::accounts::create_instance_admin(&copy.db, "newcomer", "New", "a long enough password")
                .await
                .unwrap();
        let highest = source.db.all_accounts().await.unwrap().iter().map(|a| a.id).max().unwrap();
        assert!(newcomer > highest, "on {}", copy.backend);
    }

    // A target that already holds data is refused rather than mixed.
    let dir = TempDir::new("copy");
    let output = piazza(dir.path()).args(["db", "copy", "--from", &source.url, "--to", &back.url]).output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("already holds data"));
}

struct Server {
    child: Child,
    address: String,
}

impl Server {
    fn start(data_dir: &std::path::Path, database: Option<&str>) -> Server {
        Server::start_with(data_dir, database, &[])
    }

    fn start_with(data_dir: &std::path::Path, database: Option<&str>, extra: &[&str]) -> Server {
        let mut command = piazza(data_dir);
        command
            .args(["serve", "--demo", "--listen", "127.0.0.1:0"])
            .args(extra)
            .stderr(Stdio::piped())
            .stdout(Stdio::null());
        if let Some(url) = database {
            command.args(["--database", url]);
        }
        let mut child = command.spawn().unwrap();
        let stderr = child.stderr.take().unwrap();
        let mut lines = BufReader::new(stderr).lines();
        let deadline = Instant::now() + Duration::from_secs(60);
        let address = loop {
            assert!(Instant::now() < deadline, "the server did not start");
            let line = lines.next().expect("the server printed its address").unwrap();
            if let Some(address) = line.strip_prefix("Piazza is listening on http://") {
                break address.to_owned();
            }
        };
        // Keep draining the log so that the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines.by_ref() {});
        Server { child, address }
    }

    fn request(&self, request: &str) -> String {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    }

    fn get(&self, path: &str, cookie: &str) -> String {
        self.request(&format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n",
            self.address
        ))
    }

    fn stop(mut self) -> std::process::ExitStatus {
        Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().unwrap();
        self.child.wait().unwrap()
    }
}

#[tokio::test]
async fn two_servers_share_one_postgresql_database() {
    let Some(admin) = postgres_admin_url() else {
        eprintln!("PIAZZA_TEST_DATABASE_URL is not set: two servers on PostgreSQL were not tried");
        return;
    };
    let database = TestDb::postgres(&admin).await;
    let (one_dir, two_dir) = (TempDir::new("serve-one"), TempDir::new("serve-two"));
    // Both seed at once; exactly one of them does.
    let url = database.url.clone();
    let url_two = url.clone();
    let one_path = one_dir.path().to_owned();
    let two_path = two_dir.path().to_owned();
    let first = std::thread::spawn(move || Server::start(&one_path, Some(&url)));
    let second = std::thread::spawn(move || Server::start(&two_path, Some(&url_two)));
    let (one, two) = (first.join().unwrap(), second.join().unwrap());
    assert_eq!(database.db.count_accounts().await.unwrap() as usize, piazza_app::demo::demo_accounts().len());

    let front_one = one.get("/", "");
    let front_two = two.get("/", "");
    for town in ["Lorenza", "San Vito al Lora", "Pietrabuona"] {
        assert!(front_one.contains(town) && front_two.contains(town), "{town} on both servers");
    }
    // A session begun on one server is known to the other.
    let form = "username=amina&password=piazza-demo&next=%2F";
    let signed_in = one.request(&format!(
        "POST /signin HTTP/1.1\r\nHost: {}\r\nOrigin: http://{}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
        one.address,
        one.address,
        form.len()
    ));
    let cookie = signed_in
        .lines()
        .find_map(|line| line.strip_prefix("set-cookie: "))
        .and_then(|value| value.split(';').next())
        .expect("signing in sets a cookie")
        .to_owned();
    let account = two.get("/account", &cookie);
    assert!(account.starts_with("HTTP/1.1 200"), "{account}");
    assert!(account.contains("amina"));

    for server in [one, two] {
        assert!(server.stop().success(), "a terminated server shuts down cleanly");
    }
}

#[test]
fn serve_on_sqlite_prints_the_demo_accounts_logs_requests_and_stops_cleanly() {
    let dir = TempDir::new("serve");
    let server = Server::start_with(dir.path(), None, &["--log-file"]);
    let listing = std::fs::read_to_string(dir.path().join("demo-accounts.json")).unwrap();
    for role in ["instance-admin", "administrator", "official", "facilitator", "moderator", "resident"] {
        assert!(listing.contains(&format!("\"role\": \"{role}\"")), "{role} in the demo accounts");
    }
    let ready = server.get("/readyz", "");
    assert!(ready.starts_with("HTTP/1.1 200") && ready.contains("sqlite"), "{ready}");
    let request_id = ready
        .lines()
        .find_map(|line| line.strip_prefix("x-request-id: "))
        .expect("every response names its request")
        .to_owned();
    assert!(server.stop().success());
    let log = std::fs::read_to_string(dir.path().join("logs/piazza.log")).unwrap();
    let line = log.lines().find(|line| line.contains(&request_id)).expect("the request is in the log file");
    assert!(line.starts_with('{') && line.contains("\"status\":200"), "{line}");
}

#[test]
fn flags_override_the_environment_which_overrides_the_configuration_file() {
    let dir = TempDir::new("config");
    let (from_file, from_env, from_flag) = (dir.path().join("file"), dir.path().join("env"), dir.path().join("flag"));
    let config = dir.path().join("piazza.toml");
    std::fs::write(&config, format!("data_dir = {:?}\n", from_file.display().to_string())).unwrap();

    let run = |with_env: bool, with_flag: bool| {
        let mut command = Command::new(BINARY);
        command.env_remove("PIAZZA_DATA_DIR").env_remove("PIAZZA_DATABASE_URL").arg("--config").arg(&config);
        if with_env {
            command.env("PIAZZA_DATA_DIR", &from_env);
        }
        if with_flag {
            command.arg("--data-dir").arg(&from_flag);
        }
        let output = command.arg("migrate").output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    };
    run(false, false);
    assert!(from_file.join("piazza.db").exists());
    run(true, false);
    assert!(from_env.join("piazza.db").exists());
    run(true, true);
    assert!(from_flag.join("piazza.db").exists());

    std::fs::write(&config, "colour = \"blue\"\n").unwrap();
    let output = Command::new(BINARY).arg("--config").arg(&config).arg("migrate").output().unwrap();
    assert!(!output.status.success(), "an unknown setting is an error, not ignored");
    assert!(String::from_utf8_lossy(&output.stderr).contains("colour"));
}

fn pabulib(instance: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../piazza-pb/pabulib/instances")
        .join(format!("{instance}.pb"))
}

#[test]
fn pb_tally_prints_the_official_winners_and_recounts_with_any_rule() {
    // Assen counted with the Method of Equal Shares and the add-one completion.
    let output = Command::new(BINARY).args(["pb", "tally"]).arg(pabulib("Netherlands_Assen_2024")).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let winners = String::from_utf8(output.stdout).unwrap();
    assert_eq!(winners, "11\n12\n13\n14\n2\n3\n5\n6\n9\n");

    let output = Command::new(BINARY)
        .args(["pb", "tally", "--rule", "greedy_cost", "--explain"])
        .arg(pabulib("Netherlands_Assen_2024"))
        .output()
        .unwrap();
    let explained = String::from_utf8(output.stdout).unwrap();
    assert!(explained.starts_with("3\t7200\twon: place 1, 100000 left when its turn came\n"), "{explained}");
    assert!(explained.contains("spent "), "{explained}");
}

#[test]
fn pb_tally_names_the_line_of_a_malformed_file_and_the_known_rules() {
    let dir = TempDir::new("pb-tally");
    let file = dir.path().join("broken.pb");
    std::fs::write(
        &file,
        "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\na;50\nVOTES\nvoter_id;vote\n1;a,zz\n",
    )
    .unwrap();
    let output = Command::new(BINARY).args(["pb", "tally"]).arg(&file).arg("--rule=mes_cost").output().unwrap();
    assert!(!output.status.success());
    let message = String::from_utf8(output.stderr).unwrap();
    assert!(message.contains("line 9: the vote names project `zz`"), "{message}");

    let output = Command::new(BINARY)
        .args(["pb", "tally", "--rule", "borda"])
        .arg(pabulib("Netherlands_Assen_2024"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8(output.stderr).unwrap().contains("unknown rule `borda`"));
}

/// Prints `count` voting codes for Lorenza's open demo budget, as its official would.
async fn codes_for_lorenza(db: &Db, count: usize) -> (i64, i64, Vec<String>) {
    let community = db.community_by_slug("lorenza").await.unwrap().unwrap();
    let mut open = None;
    for process in db.processes_in(community.id).await.unwrap() {
        for budget in db.budgets_of(process.id).await.unwrap() {
            if budget.is_open() && open.is_none() {
                open = Some(budget);
            }
        }
    }
    let budget = open.expect("the demo has an open budget in Lorenza");
    let project = db.budget_projects(budget.id).await.unwrap().into_iter().find(|p| p.is_feasible()).unwrap().id;
    let account = db.account_by_username("lorenza-official").await.unwrap().unwrap();
    let roles = db.active_roles_of(account.id).await.unwrap();
    let official = piazza_app::accounts::Actor { account, roles, co_runs: Vec::new(), session_hash: String::new() };
    let codes = piazza_app::budgets::print_codes(db, &official, &community, &budget, &count.to_string()).await.unwrap();
    (budget.id, project, codes)
}

/// Casts one ballot per code from sixteen concurrent clients spread over `servers`, then tries
/// a tenth of the codes again. Returns how many ballots were accepted and how many of the
/// repeats were refused.
fn cast_concurrently(servers: &[&Server], budget: i64, project: i64, codes: &[String]) -> (usize, usize) {
    let addresses: Vec<String> = servers.iter().map(|server| server.address.clone()).collect();
    // Every code once, then a tenth of them again; popped from the end, so reversed. Each code
    // must be accepted exactly once, whichever of its attempts wins a race.
    let mut attempts: Vec<(usize, String)> =
        codes.iter().cloned().chain(codes.iter().step_by(10).cloned()).enumerate().collect();
    attempts.reverse();
    let queue = std::sync::Arc::new(std::sync::Mutex::new(attempts));
    let workers: Vec<_> = (0..16)
        .map(|_| {
            let queue = queue.clone();
            let addresses = addresses.clone();
            std::thread::spawn(move || {
                let (mut accepted, mut refused) = (0, 0);
                loop {
                    let Some((index, code)) = queue.lock().unwrap().pop() else { break };
                    let address = &addresses[index % addresses.len()];
                    let form = format!("code={code}&project={project}&action=cast");
                    let mut stream = TcpStream::connect(address).unwrap();
                    write!(
                        stream,
                        "POST /budgets/{budget}/vote HTTP/1.1\r\nHost: {address}\r\nOrigin: http://{address}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
                        form.len()
                    )
                    .unwrap();
                    let mut response = String::new();
                    stream.read_to_string(&mut response).unwrap();
                    if response.starts_with("HTTP/1.1 200") && response.contains("exactly what was recorded") {
                        accepted += 1;
                    } else if response.contains("already been used") {
                        refused += 1;
                    } else {
                        panic!("ballot {index} got an unexpected answer: {}", &response[..response.len().min(300)]);
                    }
                }
                (accepted, refused)
            })
        })
        .collect();
    workers.into_iter().map(|worker| worker.join().unwrap()).fold((0, 0), |sum, one| (sum.0 + one.0, sum.1 + one.1))
}

#[tokio::test]
async fn a_thousand_concurrent_ballots_are_each_counted_once_on_sqlite_and_on_two_postgresql_servers() {
    // SQLite: one server, its embedded database.
    let dir = TempDir::new("load-sqlite");
    let server = Server::start(dir.path(), None);
    let db = Db::open_sqlite(&dir.path().join("piazza.db")).await.unwrap();
    let (budget, project, codes) = codes_for_lorenza(&db, 1000).await;
    let ballots_before = db.ballots_in(budget).await.unwrap().len();
    let (accepted, refused) = cast_concurrently(&[&server], budget, project, &codes);
    assert_eq!((accepted, refused), (1000, 100), "on sqlite");
    assert_eq!(db.ballots_in(budget).await.unwrap().len(), ballots_before + 1000, "none lost, none twice");
    assert!(db.voters_by_channel(budget).await.unwrap().contains(&("code".to_owned(), 1000)));
    assert!(server.stop().success());

    // PostgreSQL: two servers share the database, and the clients alternate between them.
    let Some(admin) = postgres_admin_url() else {
        eprintln!("PIAZZA_TEST_DATABASE_URL is not set: the load test ran on SQLite only");
        return;
    };
    let database = TestDb::postgres(&admin).await;
    let (one_dir, two_dir) = (TempDir::new("load-one"), TempDir::new("load-two"));
    let one = Server::start(one_dir.path(), Some(&database.url));
    let two = Server::start(two_dir.path(), Some(&database.url));
    let (budget, project, codes) = codes_for_lorenza(&database.db, 1000).await;
    let ballots_before = database.db.ballots_in(budget).await.unwrap().len();
    let (accepted, refused) = cast_concurrently(&[&one, &two], budget, project, &codes);
    assert_eq!((accepted, refused), (1000, 100), "on postgres");
    assert_eq!(database.db.ballots_in(budget).await.unwrap().len(), ballots_before + 1000);
    assert_eq!(database.db.budget(budget).await.unwrap().unwrap().ballot_count as usize, ballots_before + 1000);
    for server in [one, two] {
        assert!(server.stop().success());
    }
}
