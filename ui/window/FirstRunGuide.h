#pragma once

#include <QDialog>

class Database;
class QCheckBox;
class QGridLayout;

// Getting started: the steps from an empty database to a first payment (the administrator, officers, registry,
// program, cycle, sending), each marked done or not from the database, with a button to the
// page that does it. Shown at start until a program exists, unless the officer said not to
// (LocalSettings); always at hand from the toolbar (F1).
class FirstRunGuide : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunGuide(Database& database, QWidget* parent = nullptr);

    // Whether the guide opens by itself at start: no program yet, and not turned off.
    static bool wantedAtStart(Database& database);
    // Reads the database again and marks the steps.
    void refresh();

Q_SIGNALS:
    // The officer chose a step: the page (navigation row) that does it; importRegistry for step 2.
    void pageWanted(int row);
    void importWanted();

private:
    Database& m_database;
    QGridLayout* m_steps;
    QCheckBox* m_atStart;
};
