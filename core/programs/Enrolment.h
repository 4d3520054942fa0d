#pragma once

#include "EnrolmentResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantList>

class Database;
class ProgramRuleSql;
struct Officer;

// Applies a program's eligibility to the whole registry: beneficiaries who now qualify join, those
// who no longer do leave; everyone else keeps their enrolment. One transaction, audited, maker only;
// by set (ProgramRuleSql), a statement for those who leave and one for those who join.
class Enrolment
{
    Q_DECLARE_TR_FUNCTIONS(Enrolment)

public:
    explicit Enrolment(Database& database);

    EnrolmentResult run(qint64 programId, const QDate& today, const Officer& officer);

private:
    qint64 count(qint64 programId, QString* error);
    bool applyChanges(qint64 programId, const ProgramRuleSql& rule, EnrolmentResult* result, QString* error);
    bool readSample(const QString& sql, const QVariantList& arguments, QStringList* sample, QString* error);
    bool change(const QString& sql, const QVariantList& arguments, qint64* rows, QString* error);
    Database& m_database;
};
