#include "TestDatabases.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace {

bool execAdmin(const QString& sql)
{
    const QString name = QStringLiteral("paydesk-test-admin");
    bool ok = false;
    {
        const QUrl url(TestDatabases::postgresServerUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok) {
                qWarning("admin SQL failed: %s", qPrintable(query.lastError().text()));
            }
        } else {
            qWarning("cannot reach the test PostgreSQL server: %s", qPrintable(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

TestDatabases::TestDatabases() = default;

TestDatabases::~TestDatabases()
{
    for (const QString& name : std::as_const(m_createdPostgresDatabases)) {
        execAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
}

QString TestDatabases::postgresServerUrl()
{
    return qEnvironmentVariable("PAYDESK_TEST_POSTGRES_URL");
}

bool TestDatabases::postgresRequired()
{
    return qEnvironmentVariable("CI") == u"true";
}

QStringList TestDatabases::backends()
{
    if (!postgresServerUrl().isEmpty() || postgresRequired()) {
        return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    }
    qInfo("PAYDESK_TEST_POSTGRES_URL is not set: the PostgreSQL rows are skipped (scripts/run-tests.sh sets it)");
    return {QStringLiteral("sqlite")};
}

void TestDatabases::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString& backend : backends()) {
        QTest::newRow(qPrintable(backend)) << backend;
    }
}

QString TestDatabases::freshLocation(const QString& backend)
{
    ++m_counter;
    if (backend == u"sqlite") {
        return m_dir.filePath(QStringLiteral("test-%1.sqlite").arg(m_counter));
    }
    if (postgresServerUrl().isEmpty()) {
        return {};
    }
    const QString name = QStringLiteral("paydesk_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!execAdmin(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        return {};
    }
    m_createdPostgresDatabases.append(name);
    QUrl url(postgresServerUrl());
    url.setPath(u'/' + name);
    return url.toString();
}
