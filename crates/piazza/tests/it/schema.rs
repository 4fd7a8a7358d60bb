use piazza_store::migrations::{POSTGRES, SQLITE};
use piazza_testkit::{TestDb, postgres_admin_url};

#[test]
fn both_backends_have_the_same_migrations() {
    let names =
        |set: &[piazza_store::migrations::Migration]| set.iter().map(|m| (m.version, m.name)).collect::<Vec<_>>();
    assert_eq!(names(SQLITE), names(POSTGRES));
    for pair in SQLITE.windows(2) {
        assert!(pair[0].version < pair[1].version, "migrations are numbered in order");
    }
}

/// Migrates a database of each backend and compares what they hold: the same tables, the same
/// columns in the same order with the same nullability, keys and compatible types, and the
/// same indexes. A migration written for one backend only fails here.
#[tokio::test]
async fn the_two_migration_sets_build_the_same_schema() {
    let Some(admin) = postgres_admin_url() else {
        eprintln!("PIAZZA_TEST_DATABASE_URL is not set: the schema parity needs PostgreSQL and was not compared");
        return;
    };
    let sqlite = TestDb::sqlite().await;
    let postgres = TestDb::postgres(&admin).await;
    let tables = sqlite.db.table_names().await.unwrap();
    assert_eq!(tables, postgres.db.table_names().await.unwrap(), "the same tables");
    for table in &tables {
        let left = sqlite.db.columns(table).await.unwrap();
        let right = postgres.db.columns(table).await.unwrap();
        let names =
            |columns: &[piazza_store::schema::Column]| columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&left), names(&right), "columns of {table}");
        for (l, r) in left.iter().zip(&right) {
            assert_eq!(l.nullable, r.nullable, "nullability of {table}.{}", l.name);
            assert_eq!(l.is_primary_key, r.is_primary_key, "primary key of {table}.{}", l.name);
            assert!(
                l.kind().sqlite_can_hold(r.kind()),
                "{table}.{}: {} on SQLite, {} on PostgreSQL",
                l.name,
                l.declared_type,
                r.declared_type
            );
        }
    }
    assert_eq!(sqlite.db.index_names().await.unwrap(), postgres.db.index_names().await.unwrap(), "the same indexes");
}
