#include "TestDatabases.h"
#include "TestOfficers.h"

#include "registry/BeneficiaryRepository.h"
#include "registry/RegistryImporter.h"
#include "storage/Database.h"
#include "storage/DatabaseMigrator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestBeneficiaryRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationsRunOnceAndRecordVersion_data() { TestDatabases::addBackendRows(); }
    void migrationsRunOnceAndRecordVersion();
    void filtersAndSorts_data() { TestDatabases::addBackendRows(); }
    void filtersAndSorts();
    void hostileFilterText_data() { TestDatabases::addBackendRows(); }
    void hostileFilterText();
    void fetchByIdsKeepsOrder_data() { TestDatabases::addBackendRows(); }
    void fetchByIdsKeepsOrder();
    void sqliteUsesWal();
    void migrationScriptSplitting();
    void refusesBadLocations();
    void encryptionKeyNeverFallsBackToPlain();
    void databaseFileIsTheOwnersAlone();

private:
    std::unique_ptr<Database> seeded();
    QStringList registryIds(BeneficiaryRepository& repository, const BeneficiaryQuery& query);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

std::unique_ptr<Database> TestBeneficiaryRepository::seeded()
{
    QFETCH(QString, backend);
    const QString location = m_databases.freshLocation(backend);
    if (location.isEmpty()) {
        return nullptr;
    }
    const QString path = m_dir.filePath(QStringLiteral("seed.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return nullptr;
    }
    file.write("registry_id,given_name,family_name,region,phone,payee_type,payee_address\n"
               "B-3,Amina,Diallo,Northern,0712000003,msisdn,0712000003\n"
               "B-1,Baraka,mwangi,Coastal,0712000001,msisdn,0712000001\n"
               "B-2,Chiamaka,Okafor,northern,0799000002,iban,DE89370400440532013000\n"
               "A-9,Daniel,Banda,Lake,,,\n"
               "B-10,Esther,Diallo,Coastal,0712000010,msisdn,0712000001\n");
    file.close();
    RegistryImportParams params;
    params.filePath = path;
    params.databaseLocation = location;
    params.today = QDate(2026, 1, 1);
    if (QString signError; !TestOfficers::signImport(params, TestOfficers::importer, &signError)) {
        qWarning("%s", qPrintable(signError));
    }
    RegistryImporter importer;
    if (!importer.run(params).succeeded) {
        return nullptr;
    }
    QString error;
    return Database::open(location, &error);
}

QStringList TestBeneficiaryRepository::registryIds(BeneficiaryRepository& repository, const BeneficiaryQuery& query)
{
    QStringList ids;
    const auto rowIds = repository.orderedIds(query);
    if (!rowIds) {
        return {QStringLiteral("error: ") + repository.lastError()};
    }
    for (const Beneficiary& b : repository.fetchByIds(*rowIds)) {
        ids.append(b.registryId);
    }
    return ids;
}

void TestBeneficiaryRepository::migrationsRunOnceAndRecordVersion()
{
    QFETCH(QString, backend);
    const QString location = m_databases.freshLocation(backend);
    QVERIFY(!location.isEmpty());
    QString error;
    {
        const auto first = Database::open(location, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->schemaVersion(), DatabaseMigrator::latestVersion());
        QVERIFY(DatabaseMigrator::latestVersion() >= 1);
    }
    const auto second = Database::open(location, &error);
    QVERIFY2(second, qPrintable(error));
    QSqlQuery query(second->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), DatabaseMigrator::latestVersion());

    // A database from a newer PayDesk is refused, not damaged.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 'x')")));
    QVERIFY(!Database::open(location, &error));
    QVERIFY2(error.contains(QStringLiteral("schema version 999")), qPrintable(error));
}

void TestBeneficiaryRepository::encryptionKeyNeverFallsBackToPlain()
{
    const QString fresh = m_databases.freshLocation(QStringLiteral("sqlite"));
    const QString existing = m_databases.freshLocation(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(Database::open(existing, &error), qPrintable(error));
    const QByteArray before = [&existing] {
        QFile file(existing);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    qputenv("PAYDESK_DATABASE_KEY", "correct horse battery staple");
    const auto encrypted = Database::open(fresh, &error);
    const auto reopened = Database::open(existing, &error);
    qunsetenv("PAYDESK_DATABASE_KEY");
    {
        // This machine's Qt SQLite driver is plain SQLite (Debian builds it so): the key is refused
        // and nothing is written. A build with SQLCipher opens it encrypted instead.
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cipher-probe"));
        probe.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(probe.open());
        QSqlQuery query(probe);
        const bool sqlcipher =
            query.exec(QStringLiteral("PRAGMA cipher_version")) && query.next() && !query.value(0).toString().isEmpty();
        query.finish();
        probe.close();
        if (sqlcipher) {
            QVERIFY2(encrypted, qPrintable(error));
            return;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cipher-probe"));
    QVERIFY(!encrypted);
    QVERIFY(!reopened);
    QVERIFY2(error.contains(QStringLiteral("has no SQLCipher")), qPrintable(error));
    QVERIFY(!QFile::exists(fresh));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestBeneficiaryRepository::databaseFileIsTheOwnersAlone()
{
    const QString location = m_databases.freshLocation(QStringLiteral("sqlite"));
    QString error;
    const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    {
        const auto database = Database::open(location, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(QFile::exists(location + QStringLiteral("-wal")));
        for (const QString& file :
             QStringList{location, location + QStringLiteral("-wal"), location + QStringLiteral("-shm")}) {
            QVERIFY2(!(QFile::permissions(file) & others), qPrintable(file));
            QVERIFY(QFile::permissions(file) & QFile::ReadOwner);
        }
    }
    // A file someone left readable by all is closed to others when PayDesk opens it.
    QVERIFY(QFile::setPermissions(location, QFile::permissions(location) | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::permissions(location) & QFile::ReadOther);
    QVERIFY2(Database::open(location, &error), qPrintable(error));
    QVERIFY(!(QFile::permissions(location) & others));
}

void TestBeneficiaryRepository::filtersAndSorts()
{
    const auto database = seeded();
    QVERIFY(database);
    BeneficiaryRepository repository(*database);
    QCOMPARE(repository.count(), 5);

    BeneficiaryQuery query;
    QCOMPARE(registryIds(repository, query), (QStringList{"A-9", "B-1", "B-10", "B-2", "B-3"}));
    query.descending = true;
    QCOMPARE(registryIds(repository, query).first(), QStringLiteral("B-3"));

    query = BeneficiaryQuery();
    query.sort = BeneficiaryQuery::Sort::Name; // family name, then given name, case-insensitive
    QCOMPARE(registryIds(repository, query), (QStringList{"A-9", "B-3", "B-10", "B-1", "B-2"}));

    query.filter = BeneficiaryQuery::Filter::Name;
    query.text = QStringLiteral("iall"); // substring, any case
    QCOMPARE(registryIds(repository, query), (QStringList{"B-3", "B-10"}));
    query.text = QStringLiteral("a dia"); // across given and family name
    QCOMPARE(registryIds(repository, query), (QStringList{"B-3"}));
    query.text = QStringLiteral("ka O");
    QCOMPARE(registryIds(repository, query), (QStringList{"B-2"}));
    query.text = QStringLiteral("mw"); // short: family-name prefix
    QCOMPARE(registryIds(repository, query), (QStringList{"B-1"}));

    query = BeneficiaryQuery();
    query.filter = BeneficiaryQuery::Filter::Region;
    query.text = QStringLiteral("nor");
    QCOMPARE(registryIds(repository, query), (QStringList{"B-2", "B-3"}));
    query.sort = BeneficiaryQuery::Sort::Region;
    query.text = QStringLiteral("co");
    QCOMPARE(registryIds(repository, query), (QStringList{"B-1", "B-10"}));

    query = BeneficiaryQuery();
    query.filter = BeneficiaryQuery::Filter::RegistryId;
    query.text = QStringLiteral("B-1");
    QCOMPARE(registryIds(repository, query), (QStringList{"B-1", "B-10"}));

    query = BeneficiaryQuery();
    query.sharedPayeeOnly = true; // B-1 and B-10 share one account
    QCOMPARE(registryIds(repository, query), (QStringList{"B-1", "B-10"}));
    query.text = QStringLiteral("esth"); // combined with a name filter
    QCOMPARE(registryIds(repository, query), (QStringList{"B-10"}));
    QCOMPARE(repository.registryIdsWithPayee(PartyId::create(PartyIdType::Msisdn, u"0712000001"), 10),
             (QStringList{"B-1", "B-10"}));

    query = BeneficiaryQuery();
    query.filter = BeneficiaryQuery::Filter::Phone;
    query.text = QStringLiteral("0712 000");
    query.sort = BeneficiaryQuery::Sort::Phone;
    QCOMPARE(registryIds(repository, query), (QStringList{"B-1", "B-3", "B-10"}));
}

void TestBeneficiaryRepository::hostileFilterText()
{
    const auto database = seeded();
    QVERIFY(database);
    BeneficiaryRepository repository(*database);
    const QStringList hostile = {QStringLiteral("'; DROP TABLE beneficiary; --"),
                                 QStringLiteral("\"unbalanced"),
                                 QStringLiteral("%%%"),
                                 QStringLiteral("__"),
                                 QStringLiteral("a\\b"),
                                 QStringLiteral("NEAR(x y)"),
                                 QStringLiteral("*"),
                                 QStringLiteral("a\"b\"c")};
    for (const auto filter : {BeneficiaryQuery::Filter::Name, BeneficiaryQuery::Filter::RegistryId,
                              BeneficiaryQuery::Filter::Region, BeneficiaryQuery::Filter::Phone}) {
        for (const QString& text : hostile) {
            BeneficiaryQuery query;
            query.filter = filter;
            query.text = text;
            const auto ids = repository.orderedIds(query);
            QVERIFY2(ids.has_value(), qPrintable(text + QStringLiteral(": ") + repository.lastError()));
            if (filter != BeneficiaryQuery::Filter::Phone) {
                QCOMPARE(ids->size(), 0);
            }
        }
    }
    QCOMPARE(repository.count(), 5);
}

void TestBeneficiaryRepository::fetchByIdsKeepsOrder()
{
    const auto database = seeded();
    QVERIFY(database);
    BeneficiaryRepository repository(*database);
    const auto ids = repository.orderedIds(BeneficiaryQuery());
    QVERIFY(ids);
    QList<qint64> reversed(ids->rbegin(), ids->rend());
    reversed.insert(2, 999999); // unknown ids are skipped
    const QList<Beneficiary> rows = repository.fetchByIds(reversed);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first().registryId, QStringLiteral("B-3"));
    QCOMPARE(rows.last().registryId, QStringLiteral("A-9"));
}

void TestBeneficiaryRepository::sqliteUsesWal()
{
    TestDatabases databases;
    QString error;
    const auto database = Database::open(databases.freshLocation(QStringLiteral("sqlite")), &error);
    QVERIFY2(database, qPrintable(error));
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
}

void TestBeneficiaryRepository::migrationScriptSplitting()
{
    const QString script = QStringLiteral("-- comment\nCREATE TABLE a (x INTEGER);\n"
                                          "-- dialect: sqlite\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                          "  SELECT 1;\n  SELECT 2;\nEND;\n"
                                          "-- dialect: postgresql\nCREATE INDEX p ON a (x);\n"
                                          "CREATE TRIGGER q BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f();\n");
    const QStringList sqlite = DatabaseMigrator::statementsFor(script, QStringLiteral("sqlite"));
    QCOMPARE(sqlite.size(), 2);
    QVERIFY(sqlite.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    QVERIFY(sqlite.at(1).endsWith(QStringLiteral("END;")));
    const QStringList postgres = DatabaseMigrator::statementsFor(script, QStringLiteral("postgresql"));
    QCOMPARE(postgres,
             (QStringList{QStringLiteral("CREATE TABLE a (x INTEGER);"), QStringLiteral("CREATE INDEX p ON a (x);"),
                          QStringLiteral("CREATE TRIGGER q BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f();")}));
}

void TestBeneficiaryRepository::refusesBadLocations()
{
    QString error;
    QVERIFY(!Database::open(QStringLiteral("postgresql://"), &error));
    QVERIFY2(error.contains(QStringLiteral("not a PostgreSQL URL")), qPrintable(error));
    QVERIFY(!Database::open(QStringLiteral("postgresql://nobody:secret@127.0.0.1:1/none"), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot open the database")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error)); // no password in messages
}

QTEST_GUILESS_MAIN(TestBeneficiaryRepository)
#include "tst_beneficiaryrepository.moc"
