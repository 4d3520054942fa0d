#pragma once

#include "OfficerStandings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

class Database;

// What a verifier needs, besides the anchor they bring, to tell who could sign what: every
// officer's certificate and the administrators' signed acts (the grants) that made officers what
// they were. Evidence packs (trust.json) and batch bundles (BASE.trust.json) carry it as JSON:
// {"certificates": [PEM, ...], "grants": [audit entry, ...]}.
class TrustRecord
{
    Q_DECLARE_TR_FUNCTIONS(TrustRecord)

public:
    static QJsonObject of(Database& database);

    // The officers as the record's grants made them by `at` (later grants do not count yet), each
    // grant checked against the anchor; a grant that does not stand is left out and said in
    // problems (translated).
    static OfficerStandings standingsAt(const QJsonObject& record, const Certificate& anchor, const QDateTime& at,
                                        QStringList* problems);
};
