#pragma once

#include "programs/Program.h"

#include <QComboBox>

#include <optional>

class Database;

// The cycles whose money can move or has moved (approved, distributed, ended), each named with its
// program and state; the one shown stays shown when the list is read again.
class PaidCycleCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit PaidCycleCombo(QWidget* parent = nullptr);

    void reload(Database& database);
    qint64 cycleId() const { return currentData().toLongLong(); }
    // The program of the cycle shown; nothing when no cycle is shown (error left empty) or when
    // it cannot be read (error says why).
    std::optional<Program> chosenProgram(Database& database, QString* error) const;
};
