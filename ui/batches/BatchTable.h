#pragma once

#include "batching/PaymentBatch.h"

#include <QHash>
#include <QTableWidget>

#include <optional>
#include <utility>

struct Cycle;
struct Program;

// The batches of one cycle, a row each: named by program, cycle and number in the cycle (the
// audit log's way; the correlation id the hub knows it by is in the tooltip), state in words, the
// channel, rows, total, file hash, release (pilot, sign-offs), and what to do with an uncertain or
// refused one, which stands out in colour.
class BatchTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit BatchTable(QWidget* parent = nullptr);

    // signers: each batch's maker who signed it off and checker who countersigned it.
    void showBatches(const QList<PaymentBatch>& batches, const std::optional<Program>& program,
                     const std::optional<Cycle>& cycle, const QHash<qint64, std::pair<QString, QString>>& signers);

private:
    void showNote(int row, const PaymentBatch& batch);
};
