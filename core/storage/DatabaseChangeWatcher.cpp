#include "DatabaseChangeWatcher.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace {

const QString kChannel = QStringLiteral("paydesk_changes");
constexpr int kGatherMs = 250;
constexpr int kPollMs = 500;

} // namespace

DatabaseChangeWatcher::DatabaseChangeWatcher(const QString& location, QObject* parent)
    : QObject(parent), m_gather(new QTimer(this))
{
    m_gather->setSingleShot(true);
    m_gather->setInterval(kGatherMs);
    connect(m_gather, &QTimer::timeout, this, &DatabaseChangeWatcher::tell);
    m_database = Database::open(location, &m_error);
    if (!m_database) {
        return;
    }
    if (m_database->dialect().kind() == SqlDialect::Kind::PostgreSql) {
        QSqlDriver* driver = m_database->connection().driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                    notified(name, payload);
                });
        m_watching = driver->subscribeToNotification(kChannel);
        if (!m_watching) {
            m_error = driver->lastError().text();
        }
        return;
    }
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &DatabaseChangeWatcher::readDataVersion);
    readDataVersion();
    m_watching = m_dataVersion >= 0;
    m_poll->start();
}

DatabaseChangeWatcher::~DatabaseChangeWatcher() = default;

void DatabaseChangeWatcher::notified(const QString& channel, const QVariant& payload)
{
    if (channel != kChannel) {
        return;
    }
    m_tables.insert(payload.toString());
    m_gather->start();
}

void DatabaseChangeWatcher::readDataVersion()
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        m_error = query.lastError().text();
        return;
    }
    const qint64 version = query.value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion) {
        m_unknownTables = true;
        m_gather->start();
    }
    m_dataVersion = version;
}

void DatabaseChangeWatcher::tell()
{
    QStringList tables;
    if (!m_unknownTables) {
        tables = QStringList(m_tables.cbegin(), m_tables.cend());
        tables.sort();
    }
    m_tables.clear();
    m_unknownTables = false;
    Q_EMIT changed(tables);
}
