#pragma once

#include "CycleState.h"

#include <QDate>
#include <QString>

// One payment round of a program.
struct Cycle
{
    qint64 id = 0;
    qint64 programId = 0;
    QString name;
    QDate start;
    QDate end;
    CycleState state = CycleState::Draft;
    QString createdBy;
    QString submittedBy; // who sent it for approval: the one officer who may not approve it
    QString approvedBy;
};
