#include "TrustStore.h"

#include "storage/Database.h"
#include "storage/SqlText.h"

#include <QSqlError>
#include <QSqlQuery>

TrustStore::TrustStore(Database& database) : m_database(database) {}

bool TrustStore::installAnchor(const Certificate& anchor, QString* error)
{
    if (this->anchor()) {
        *error = tr("this database already has its trust anchor");
        return false;
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO trust_anchor (id, certificate_pem, fingerprint, installed_at) VALUES (1, ?, ?, ?)"));
    insert.addBindValue(sqlText(QString::fromLatin1(anchor.pem())));
    insert.addBindValue(anchor.fingerprint());
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec()) {
        *error = tr("cannot keep the trust anchor: %1").arg(insert.lastError().text());
        return false;
    }
    return true;
}

std::optional<Certificate> TrustStore::anchor(QString* error)
{
    QString ignored;
    QString* problem = error ? error : &ignored;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT certificate_pem FROM trust_anchor WHERE id = 1"))) {
        *problem = tr("cannot read the trust anchor: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *problem =
            tr("this database has no administrator yet: set one up first (Set up the administrator… at PayDesk's "
               "sign-in)");
        return std::nullopt;
    }
    return Certificate::fromPem(query.value(0).toString().toLatin1(), problem);
}

bool TrustStore::addCertificate(const QString& officerId, const Certificate& certificate, QString* error)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO officer_certificate (fingerprint, officer_id, certificate_pem) VALUES (?, ?, ?) "
                       "ON CONFLICT (fingerprint) DO NOTHING"));
    insert.addBindValue(certificate.fingerprint());
    insert.addBindValue(officerId);
    insert.addBindValue(sqlText(QString::fromLatin1(certificate.pem())));
    if (!insert.exec()) {
        *error = tr("cannot keep the certificate of %1: %2").arg(officerId, insert.lastError().text());
        return false;
    }
    return true;
}

QHash<QString, Certificate> TrustStore::certificates()
{
    QHash<QString, Certificate> byFingerprint;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT certificate_pem FROM officer_certificate"))) {
        while (query.next()) {
            QString error;
            if (auto certificate = Certificate::fromPem(query.value(0).toString().toLatin1(), &error)) {
                byFingerprint.insert(certificate->fingerprint(), *certificate);
            }
        }
    }
    return byFingerprint;
}

QList<Certificate> TrustStore::certificatesOf(const QString& officerId)
{
    QList<Certificate> found;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT certificate_pem FROM officer_certificate WHERE officer_id = ? ORDER BY fingerprint"));
    query.addBindValue(officerId);
    if (query.exec()) {
        while (query.next()) {
            QString error;
            if (auto certificate = Certificate::fromPem(query.value(0).toString().toLatin1(), &error)) {
                found.append(*certificate);
            }
        }
    }
    return found;
}
