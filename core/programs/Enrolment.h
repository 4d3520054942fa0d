#pragma once

#include "EnrolmentResult.h"

#include <QCoreApplication>
#include <QDate>

class Database;
struct Officer;

// Applies a program's eligibility to the whole registry: beneficiaries who now qualify join, those
// who no longer do leave; everyone else keeps their enrolment. One transaction, audited, maker only.
class Enrolment
{
    Q_DECLARE_TR_FUNCTIONS(Enrolment)

public:
    explicit Enrolment(Database& database);

    EnrolmentResult run(qint64 programId, const QDate& today, const Officer& officer);

private:
    bool applyChanges(qint64 programId, const QList<qint64>& leaving, const QList<qint64>& joining, QString* error);
    Database& m_database;
};
