#pragma once

#include "BeneficiaryUpserter.h"
#include "RegistryImportParams.h"
#include "RegistryImportResult.h"

#include <QObject>

#include <atomic>

class BeneficiaryRowValidator;
class CsvReader;
class CsvWriter;
class Database;
class PayeeColumnDetector;
struct ParsedBatch;
struct ParsedRow;
template <typename T> class BoundedQueue;

// Imports a registry CSV file: streams it, validates every row, upserts the accepted rows in one
// transaction (all or nothing), writes the rejected rows with their reasons to a file the officer
// can fix and import again, and reports payee accounts shared by several registry ids.
// run() works in the calling thread on its own database connection, so it can run in a worker
// thread; cancel() may be called from any thread. It reads and validates the file in a second
// thread while the calling thread writes, so both cores work.
class RegistryImporter : public QObject
{
    Q_OBJECT

public:
    explicit RegistryImporter(QObject* parent = nullptr);

    RegistryImportResult run(const RegistryImportParams& params);
    void cancel() { m_cancelled.store(true); }

Q_SIGNALS:
    void progressChanged(qint64 bytesRead, qint64 bytesTotal, qint64 rowsRead);
    void finished(const RegistryImportResult& result);

private:
    struct Run;

    RegistryImportResult import(const RegistryImportParams& params);
    // The steps of an import; each returns false with the result's error set when it must stop.
    bool openFile(Run& run);
    bool openDatabase(Run& run);
    bool openRejects(Run& run);
    bool writeRows(Run& run);
    bool writeBatch(Run& run, const ParsedBatch& batch);
    bool account(Run& run, const ParsedRow& row, BeneficiaryUpserter::Outcome outcome);
    bool finish(Run& run);
    // The reader thread's work: parse and validate every row, in batches, until the end, an error
    // (left in the reader) or a cancel. A record whose quoting is broken within itself is rejected
    // alone; the detector looks at the first rows for payee accounts left out.
    void readRows(CsvReader& reader, const BeneficiaryRowValidator& validator, PayeeColumnDetector& detector,
                  BoundedQueue<ParsedBatch>& queue);
    void reject(RegistryImportResult& result, CsvWriter* rejects, const QList<QByteArray>& record, qint64 line,
                const QList<FieldIssue>& issues);

    std::atomic_bool m_cancelled{false};
};
