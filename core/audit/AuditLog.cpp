#include "AuditLog.h"

#include "batching/SigningKey.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "trust/OfficerKeyring.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kColumns =
    QStringLiteral("sequence, occurred_at, officer, action, subject_type, subject_id, before_state, "
                   "after_state, previous_hash, hash, signer_certificate, signature");

AuditEntry fromQuery(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.occurredAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.officer = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.subjectType = query.value(4).toString();
    entry.subjectId = query.value(5).toString();
    entry.before = query.value(6).toString();
    entry.after = query.value(7).toString();
    entry.previousHash = query.value(8).toString();
    entry.hash = query.value(9).toString();
    entry.signerCertificate = query.value(10).toString();
    entry.signature = query.value(11).toString();
    return entry;
}

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AuditLog::AuditLog(Database& database) : m_database(database) {}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::hashOf(const AuditEntry& entry)
{
    // Length-prefixed fields: no choice of text can make two different entries hash alike.
    QByteArray data;
    auto add = [&data](const QString& field) {
        const QByteArray utf8 = field.toUtf8();
        data += QByteArray::number(utf8.size()) + ':' + utf8;
    };
    add(entry.previousHash);
    add(QString::number(entry.sequence));
    add(timestamp(entry.occurredAt));
    add(entry.officer);
    add(entry.action);
    add(entry.subjectType);
    add(entry.subjectId);
    add(entry.before);
    add(entry.after);
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray AuditLog::signedMessage(const QString& hash)
{
    return QByteArrayLiteral("paydesk-audit-v1\n") + hash.toLatin1();
}

bool AuditLog::append(AuditEntry& entry, QString* error)
{
    const OfficerCredential* signer = m_database.keyring().find(entry.officer);
    if (!signer) {
        *error =
            tr("%1 has not signed in with their key: PayDesk records an act only when the officer who does it signs it")
                .arg(entry.officer);
        return false;
    }
    // Two officers appending at once would both read the same last entry: the second waits here for
    // the first to commit. (Outside a transaction the lock is refused, and not needed.)
    if (const QString lock = m_database.dialect().serializeWriters(QStringLiteral("audit_entry")); !lock.isEmpty()) {
        QSqlQuery(m_database.connection()).exec(lock);
    }
    QSqlQuery last(m_database.connection());
    if (!last.exec(QStringLiteral("SELECT sequence, hash FROM audit_entry ORDER BY sequence DESC LIMIT 1"))) {
        *error = tr("cannot read the audit log: %1").arg(last.lastError().text());
        return false;
    }
    entry.sequence = last.next() ? last.value(0).toLongLong() + 1 : 1;
    entry.previousHash = entry.sequence == 1 ? genesisHash() : last.value(1).toString();
    last.finish();
    entry.occurredAt = QDateTime::fromString(timestamp(entry.occurredAt), Qt::ISODateWithMs); // as stored
    entry.hash = hashOf(entry);
    entry.signerCertificate = signer->certificate.fingerprint();
    entry.signature = QString::fromLatin1(signer->key->signMessage(signedMessage(entry.hash), error));
    if (entry.signature.isEmpty()) {
        return false;
    }

    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO audit_entry (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    for (const QVariant& value :
         {QVariant(entry.sequence), sqlText(timestamp(entry.occurredAt)), sqlText(entry.officer), sqlText(entry.action),
          sqlText(entry.subjectType), sqlText(entry.subjectId), sqlText(entry.before), sqlText(entry.after),
          sqlText(entry.previousHash), sqlText(entry.hash), sqlText(entry.signerCertificate),
          sqlText(entry.signature)}) {
        insert.addBindValue(value);
    }
    if (!insert.exec()) {
        *error = tr("cannot append to the audit log: %1").arg(insert.lastError().text());
        return false;
    }
    return true;
}

QList<AuditEntry> AuditLog::latest(int limit, const QString& subjectType, const QString& subjectId)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const bool bySubject = !subjectType.isEmpty();
    query.prepare(
        QStringLiteral("SELECT %1 FROM audit_entry %2 ORDER BY sequence DESC LIMIT %3")
            .arg(kColumns, bySubject ? QStringLiteral("WHERE subject_type = ? AND subject_id = ?") : QString())
            .arg(limit));
    if (bySubject) {
        query.addBindValue(subjectType);
        query.addBindValue(subjectId);
    }
    QList<AuditEntry> entries;
    if (query.exec()) {
        while (query.next()) {
            entries.append(fromQuery(query));
        }
    }
    return entries;
}

QList<AuditEntry> AuditLog::ofActions(const QString& prefix, const QStringList& actions)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_entry WHERE action LIKE ? OR action IN (%2) ORDER BY sequence")
                      .arg(kColumns, QStringList(qMax(1, actions.size()), QStringLiteral("?")).join(u',')));
    query.addBindValue(QString(prefix + u'%'));
    for (const QString& action : actions) {
        query.addBindValue(action);
    }
    if (actions.isEmpty()) {
        query.addBindValue(QString());
    }
    QList<AuditEntry> entries;
    if (query.exec()) {
        while (query.next()) {
            entries.append(fromQuery(query));
        }
    }
    return entries;
}

QList<AuditEntry> AuditLog::about(const QString& subjectType, const QStringList& subjectIds)
{
    QList<AuditEntry> entries;
    if (subjectIds.isEmpty()) {
        return entries;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM audit_entry WHERE subject_type = ? AND subject_id IN (%2) ORDER BY sequence")
            .arg(kColumns, QStringList(subjectIds.size(), QStringLiteral("?")).join(u',')));
    query.addBindValue(subjectType);
    for (const QString& id : subjectIds) {
        query.addBindValue(id);
    }
    if (query.exec()) {
        while (query.next()) {
            entries.append(fromQuery(query));
        }
    }
    return entries;
}

AuditVerification AuditLog::verify(const std::function<QString(const AuditEntry&)>& checkEntry)
{
    AuditVerification result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_entry ORDER BY sequence").arg(kColumns))) {
        result.problem = tr("cannot read the audit log: %1").arg(query.lastError().text());
        return result;
    }
    QString previousHash = genesisHash();
    qint64 expectedSequence = 1;
    while (query.next()) {
        const AuditEntry entry = fromQuery(query);
        if (entry.sequence != expectedSequence) {
            result.brokenAtSequence = expectedSequence;
            result.problem = tr("entry %1 is missing (the next entry is %2)").arg(expectedSequence).arg(entry.sequence);
            return result;
        }
        if (entry.previousHash != previousHash) {
            result.brokenAtSequence = entry.sequence;
            result.problem = tr("entry %1 does not follow the entry before it (an entry was removed or replaced)")
                                 .arg(entry.sequence);
            return result;
        }
        if (hashOf(entry) != entry.hash) {
            result.brokenAtSequence = entry.sequence;
            result.problem = tr("entry %1 was changed after it was written (%2 by %3 on %4)")
                                 .arg(entry.sequence)
                                 .arg(entry.action, entry.officer, timestamp(entry.occurredAt));
            return result;
        }
        if (checkEntry) {
            if (const QString problem = checkEntry(entry); !problem.isEmpty()) {
                result.brokenAtSequence = entry.sequence;
                result.problem = problem;
                return result;
            }
        }
        result.headHash = entry.hash;
        previousHash = entry.hash;
        ++expectedSequence;
        ++result.entriesChecked;
    }
    result.intact = true;
    return result;
}
