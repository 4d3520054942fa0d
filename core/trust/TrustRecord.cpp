#include "TrustRecord.h"

#include "TrustStore.h"

#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"

#include <QJsonArray>

#include <algorithm>

QJsonObject TrustRecord::of(Database& database)
{
    QJsonArray grants;
    for (const AuditEntry& entry :
         AuditLog(database).ofActions(QStringLiteral("officer."), {QStringLiteral("trust.anchor_installed")})) {
        grants.append(entry.toJson());
    }
    QJsonArray certificates;
    for (const Certificate& certificate : TrustStore(database).certificates()) {
        certificates.append(QString::fromLatin1(certificate.pem()));
    }
    return QJsonObject{{QStringLiteral("certificates"), certificates}, {QStringLiteral("grants"), grants}};
}

OfficerStandings TrustRecord::standingsAt(const QJsonObject& record, const Certificate& anchor, const QDateTime& at,
                                          QStringList* problems)
{
    QHash<QString, Certificate> certificates;
    for (const QJsonValue& value : record.value(QStringLiteral("certificates")).toArray()) {
        QString unreadable;
        if (const auto certificate = Certificate::fromPem(value.toString().toLatin1(), &unreadable)) {
            certificates.insert(certificate->fingerprint(), *certificate);
        } else {
            problems->append(unreadable);
        }
    }
    QList<AuditEntry> grants;
    for (const QJsonValue& value : record.value(QStringLiteral("grants")).toArray()) {
        grants.append(AuditEntry::fromJson(value.toObject()));
    }
    std::sort(grants.begin(), grants.end(),
              [](const AuditEntry& a, const AuditEntry& b) { return a.sequence < b.sequence; });
    OfficerStandings standings(anchor, certificates);
    for (const AuditEntry& grant : std::as_const(grants)) {
        if (grant.occurredAt > at) {
            break;
        }
        if (const QString problem = standings.check(grant); !problem.isEmpty()) {
            problems->append(problem);
        }
    }
    return standings;
}
