#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;

// How far a database is on the way to its first payment, for the first-run guide: an
// administrator, officers to make and check, a registry, a program, a cycle, a batch sent.
struct SetupProgress
{
    Q_DECLARE_TR_FUNCTIONS(SetupProgress)

public:
    bool administered = false; // an administrator installed the trust anchor
    qint64 makers = 0;
    qint64 checkers = 0;
    qint64 beneficiaries = 0;
    qint64 programs = 0;
    qint64 cycles = 0;
    qint64 sentBatches = 0;

    bool officersReady() const { return makers > 0 && checkers > 0; }
    bool complete() const
    {
        return administered && officersReady() && beneficiaries > 0 && programs > 0 && cycles > 0 && sentBatches > 0;
    }

    // Nothing when it cannot be read (error says why).
    static std::optional<SetupProgress> of(Database& database, QString* error);
};
