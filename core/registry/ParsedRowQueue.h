#pragma once

#include "FieldIssue.h"

#include "domain/Beneficiary.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <vector>

// One row of a registry file after parsing and validation: accepted when issues is empty.
struct ParsedRow
{
    QList<QByteArray> record;
    qint64 line = 0;
    Beneficiary beneficiary;
    QList<FieldIssue> issues;
};

// A batch of consecutive rows, with how far into the file the reader has got.
struct ParsedBatch
{
    std::vector<ParsedRow> rows;
    qint64 bytesRead = 0;
};

// Hands batches of parsed rows from the thread that reads and validates a registry file to the
// thread that writes them to the database. Bounded, so the reader never runs far ahead; either
// side can close it to stop the other.
class ParsedRowQueue
{
public:
    explicit ParsedRowQueue(int capacity);

    // Blocks while full. Returns false once the queue is closed (the writer gave up).
    bool push(ParsedBatch&& batch);
    // Blocks while empty. Returns false when the queue is closed and drained.
    bool pop(ParsedBatch& batch);
    // No more batches will come (end of file, error, or the other side stopped).
    void close();

private:
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<ParsedBatch> m_batches;
    int m_capacity;
    bool m_closed = false;
};
